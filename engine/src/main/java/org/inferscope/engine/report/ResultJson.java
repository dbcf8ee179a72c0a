package org.inferscope.engine.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.RunResult;

/**
 * Run results as JSON. Records are written by their component names, nulls left out, paths as plain
 * strings. Reading checks {@code schemaVersion} first, so a file from a newer InferScope is refused
 * with a sentence rather than misread; unknown fields from compatible additions are ignored.
 */
public final class ResultJson {
    private final ObjectMapper mapper;
    private final boolean pretty;

    /** Pretty-printed JSON. */
    public ResultJson() {
        this(true);
    }

    public ResultJson(boolean pretty) {
        this.mapper = newMapper();
        this.pretty = pretty;
    }

    /** The mapper this class uses, configured as described above; build once and share. */
    public static ObjectMapper newMapper() {
        SimpleModule paths = new SimpleModule("inferscope-paths");
        paths.addSerializer(Path.class, ToStringSerializer.instance);
        paths.addDeserializer(Path.class, new PathDeserializer());
        return JsonMapper.builder()
                .addModule(paths)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
    }

    public String toJson(Object value) {
        try {
            return pretty ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value)
                    : mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Writes the result to {@code file} through a temporary file, so the file is never half-written. */
    public void write(RunResult result, Path file) {
        byte[] json = toJson(result).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(json));
    }

    public RunResult read(Path file) {
        try {
            return fromJson(Files.readString(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new BadInputException("The result file " + file + " does not exist: check the path.", e);
        } catch (IOException e) {
            throw new BadInputException("Could not read the result file " + file + ": " + e.getMessage() + ".", e);
        }
    }

    /** Parses a result; {@code source} names it in error messages. */
    public RunResult fromJson(String json, String source) {
        try {
            JsonNode tree = mapper.readTree(json);
            JsonNode version = tree == null ? null : tree.get("schemaVersion");
            if (version == null || !version.canConvertToInt()) {
                throw new BadInputException(source + " is not an InferScope result: it has no schemaVersion.");
            }
            if (version.asInt() > RunResult.SCHEMA_VERSION) {
                throw new BadInputException(source + " was written by a newer InferScope (result schema "
                        + version.asInt() + "; this version reads up to " + RunResult.SCHEMA_VERSION
                        + "): update InferScope to open it.");
            }
            return mapper.treeToValue(tree, RunResult.class);
        } catch (JsonProcessingException e) {
            throw new BadInputException(source + " is not a valid InferScope result: "
                    + e.getOriginalMessage() + ".", e);
        }
    }

    private static final class PathDeserializer extends StdScalarDeserializer<Path> {
        PathDeserializer() {
            super(Path.class);
        }

        @Override
        public Path deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return Path.of(p.getValueAsString());
        }
    }
}
