package org.inferscope.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.DatasetFormat;
import org.inferscope.engine.api.MissingValuePolicy;
import org.inferscope.engine.api.Precision;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.api.RunSpec;
import org.inferscope.engine.api.TransformSpec;
import org.inferscope.engine.api.VariantSidecar;
import org.inferscope.engine.bench.FileDigest;
import org.inferscope.engine.bench.MemoryProbe;
import org.inferscope.engine.bench.VariantMaker;
import org.inferscope.engine.binding.Binding;
import org.inferscope.engine.binding.BindingOptions;
import org.inferscope.engine.plugins.ProviderRegistry;
import org.inferscope.engine.spi.BackendProvider;
import org.inferscope.engine.spi.LoadedModel;

/**
 * The engine's evaluation on Spark, run from the driver: read the table, decide the target's class order
 * in one pass over the target column, check on a few rows that the dataset fits the model (the same
 * one-sentence errors as a single machine), make the variant once if one is asked for, ship the model
 * files, score every partition, and merge the partitions' tallies into one {@link RunResult}.
 */
public final class ClusterEvaluation {
    /** Rows read on the driver to check the binding before any partition is scored. */
    static final int PROBE_ROWS = 64;

    private final SparkSession spark;
    private final ProviderRegistry registry;

    public ClusterEvaluation(SparkSession spark, ProviderRegistry registry) {
        this.spark = spark;
        this.registry = registry;
    }

    /** Runs the spec; expected failures are {@link BadInputException}s of one sentence. */
    public RunResult run(ClusterRunSpec spec) {
        Instant startedAt = Instant.now();
        MemoryProbe.resetPeaks();
        RunSpec run = spec.run();
        if (run.dataOptions().missing() != MissingValuePolicy.REJECT) {
            throw new BadInputException("spark-eval does not impute missing values: fill them in or drop those rows"
                    + " first, and run without --missing.");
        }
        BackendProvider provider = registry.providerFor(run.model());
        TableSource source = TableSource.of(spark, spec.data(), spec.format(), spec.header());
        Dataset<Row> read = SparkErrors.translate(() -> source.read(spark), spec.data());
        Dataset<Row> table = spec.partitions() > 0 ? read.repartition(spec.partitions()) : read;
        String name = displayName(spec.data());
        TableColumns columns = TableColumns.of(table.schema(), run.dataOptions().targetColumn(), name);
        TargetPlan target = SparkErrors.translate(() -> TargetSurvey.plan(table, columns, run.dataOptions().task(),
                name), spec.data());
        DatasetFormat format = source.format() == DataFormat.PARQUET ? null
                : DatasetFormat.valueOf(source.format().name());
        try (LoadedModel loaded = provider.load(run.model())) {
            ScoringPlan draft = new ScoringPlan(name, format, columns, target, null, null,
                    ScoringPlan.scalingOf(run.scaling()), run.classOrder(), null, null, run.threads(), spec.batchRows());
            org.inferscope.engine.api.Dataset probe = rows(table, draft, PROBE_ROWS);
            Binding binding = Binding.create(loaded.info(), probe,
                    new BindingOptions(run.scaling(), run.classOrder(), null, null));
            ShippedModel original = ship(run.model(), "original");
            Path variantFile = null;
            try {
                VariantSidecar variant = null;
                ShippedModel shippedVariant = null;
                if (!run.transform().isIdentity()) {
                    variantFile = tempVariantFile(run.model());
                    variant = makeVariant(run, table, draft, variantFile);
                    shippedVariant = ship(variantFile, describe(run.transform()));
                }
                ScoringPlan plan = new ScoringPlan(name, format, columns, target, original, shippedVariant,
                        ScoringPlan.scalingOf(run.scaling()), run.classOrder(), binding.input().name(),
                        binding.output().name(), run.threads(), spec.batchRows());
                long start = System.nanoTime();
                List<PartitionTally> parts = SparkErrors.translate(
                        () -> table.javaRDD().mapPartitions(new PartitionScorer(plan)).collect(), spec.data());
                long wallNanos = System.nanoTime() - start;
                PartitionTally merged = new PartitionTally(target.task(), target.classNames().size(), variant != null);
                parts.forEach(merged::merge);
                ClusterShape shape = ClusterShape.of(spark, parts.size());
                return new ClusterResults(spec, provider, registry.resolveDevice(provider, run.device()), binding,
                        loaded.info(), original.sha256(), source.formatName(), target, shape)
                        .assemble(merged, variant, wallNanos, startedAt);
            } finally {
                deleteQuietly(variantFile);
            }
        }
    }

    /** The first {@code n} rows of the table as the engine's dataset, read on the driver. */
    private org.inferscope.engine.api.Dataset rows(Dataset<Row> table, ScoringPlan plan, int n) {
        List<Row> first = SparkErrors.translate(() -> table.limit(n).collectAsList(), plan.table());
        if (first.isEmpty()) {
            throw new BadInputException(plan.table() + " has no data rows: give a dataset with at least one row.");
        }
        RowBatch batch = new RowBatch(plan, first.size());
        first.forEach(batch::add);
        return batch.dataset();
    }

    /** Makes the variant once, on the driver, so that every executor measures the very same file. */
    private VariantSidecar makeVariant(RunSpec run, Dataset<Row> table, ScoringPlan draft, Path out) {
        TransformSpec t = run.transform();
        org.inferscope.engine.api.Dataset calibration = t.precision() == Precision.INT8_STATIC
                ? rows(table, draft, t.calibrationRows()) : null;
        return new VariantMaker(registry).make(run.model(), t, calibration, run.scaling(), run.seed(), out);
    }

    private ShippedModel ship(Path file, String transform) {
        String sha = FileDigest.sha256(file);
        spark.sparkContext().addFile(file.toAbsolutePath().toString());
        return new ShippedModel(String.valueOf(file.getFileName()), sha, transform);
    }

    static String describe(TransformSpec t) {
        return t.precision().cliName() + (t.perChannel() ? " per-channel" : "") + " sparsity " + t.sparsity()
                + (t.structured() ? " structured" : " " + t.scope()) + " calibration " + t.calibration() + " "
                + t.percentile() + " " + t.calibrationRows();
    }

    private static Path tempVariantFile(Path model) {
        String name = String.valueOf(model.getFileName());
        int dot = name.lastIndexOf('.');
        try {
            return Files.createTempFile("inferscope-spark-variant-", dot >= 0 ? name.substring(dot) : ".model");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a temporary file for the variant", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temporary file; the OS cleans its temp folder
        }
    }

    /** The last path segment of a location ("digits.csv"), as the engine names datasets. */
    static String displayName(String location) {
        String trimmed = location.replaceAll("/+$", "");
        int slash = trimmed.lastIndexOf('/');
        return slash < 0 ? trimmed : trimmed.substring(slash + 1);
    }
}
