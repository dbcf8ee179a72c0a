package org.inferscope.app.history;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.inferscope.engine.api.BadInputException;
import org.inferscope.engine.api.RunResult;
import org.inferscope.engine.report.ResultJson;
import org.inferscope.engine.sweep.SampledRun;

/**
 * The run history in an embedded H2 database, {@code <home>/history.mv.db}. Each run is written
 * and flushed as soon as it is saved; results are stored as the engine's versioned JSON, raw samples
 * beside them as the engine writes a sweep point's.
 * Open one with {@link #open(Path)}, which never fails: a locked or damaged file gives a store that
 * says so.
 */
public final class RunHistory implements RunStore {
    private final Connection connection;
    private final HistoryLock lock;
    private final String problem;
    private final ResultJson json = new ResultJson(false);
    private final SamplesJson samplesJson = new SamplesJson();

    RunHistory(Connection connection, HistoryLock lock, String problem) {
        this.connection = connection;
        this.lock = lock;
        this.problem = problem;
    }

    /** Opens the history in {@code home}, creating it; see {@link HistoryOpener} for what happens on failure. */
    public static RunStore open(Path home) {
        return HistoryOpener.open(home);
    }

    /** The folder given by the {@code inferscope.home} system property, else {@code ~/.inferscope}. */
    public static Path defaultHome() {
        String configured = System.getProperty("inferscope.home");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".inferscope");
    }

    @Override
    public synchronized Comparison current() {
        List<Comparison> all = comparisons();
        return all.isEmpty() ? newComparison(null) : all.get(0);
    }

    @Override
    public synchronized List<Comparison> comparisons() {
        String sql = "SELECT c.id, c.name, c.created_at, (SELECT COUNT(*) FROM runs r WHERE r.comparison_id = c.id) "
                + "FROM comparisons c ORDER BY c.id DESC";
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<Comparison> all = new ArrayList<>();
            while (rs.next()) {
                all.add(new Comparison(rs.getLong(1), rs.getString(2), instant(rs, 3), rs.getInt(4)));
            }
            return all;
        } catch (SQLException e) {
            throw failure("read the saved comparisons", e);
        }
    }

    @Override
    public synchronized SavedRun save(long comparisonId, String label, int colourIndex, RunResult result,
                                      SampledRun samples) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // what the column keeps
        String sql = "INSERT INTO runs (comparison_id, label, colour_index, created_at, result_json, samples_json)"
                + " VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement s = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, comparisonId);
            s.setString(2, label);
            s.setInt(3, colourIndex);
            s.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            s.setString(5, json.toJson(result));
            s.setString(6, samplesJson.toJson(samples));
            s.executeUpdate();
            long id = generatedId(s);
            flush();
            return new SavedRun(id, comparisonId, label, colourIndex, now, result, true, samples);
        } catch (SQLException e) {
            throw failure("save the run " + label, e);
        }
    }

    @Override
    public synchronized SavedRuns runs(long comparisonId) {
        String sql = "SELECT id, label, colour_index, created_at, result_json, included, samples_json FROM runs"
                + " WHERE comparison_id = ? ORDER BY id";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, comparisonId);
            List<SavedRun> runs = new ArrayList<>();
            List<String> unreadable = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    read(rs, comparisonId, runs, unreadable);
                }
            }
            return new SavedRuns(runs, unreadable, baselineOf(comparisonId));
        } catch (SQLException e) {
            throw failure("read the saved runs", e);
        }
    }

    private OptionalLong baselineOf(long comparisonId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT baseline_run_id FROM comparisons WHERE id = ?")) {
            s.setLong(1, comparisonId);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    long id = rs.getLong(1);
                    return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(id);
                }
                return OptionalLong.empty();
            }
        }
    }

    private void read(ResultSet rs, long comparisonId, List<SavedRun> runs, List<String> unreadable) throws SQLException {
        long id = rs.getLong(1);
        String label = rs.getString(2);
        try {
            RunResult result = json.fromJson(rs.getString(5), "The saved run \"" + label + "\" (" + id + ")");
            runs.add(new SavedRun(id, comparisonId, label, rs.getInt(3), instant(rs, 4), result, rs.getBoolean(6),
                    samplesJson.fromJson(rs.getString(7), result)));
        } catch (BadInputException | IllegalArgumentException e) {
            unreadable.add(e.getMessage());
        }
    }

    @Override
    public synchronized void setIncluded(long runId, boolean included) {
        try (PreparedStatement s = connection.prepareStatement("UPDATE runs SET included = ? WHERE id = ?")) {
            s.setBoolean(1, included);
            s.setLong(2, runId);
            s.executeUpdate();
            flush();
        } catch (SQLException e) {
            throw failure(included ? "include the run" : "leave out the run", e);
        }
    }

    @Override
    public synchronized void setBaseline(long comparisonId, long runId) {
        try (PreparedStatement s = connection.prepareStatement("UPDATE comparisons SET baseline_run_id = ? WHERE id = ?")) {
            s.setLong(1, runId);
            s.setLong(2, comparisonId);
            s.executeUpdate();
            flush();
        } catch (SQLException e) {
            throw failure("keep the chosen baseline", e);
        }
    }

    @Override
    public synchronized void rename(long comparisonId, String name) {
        try (PreparedStatement s = connection.prepareStatement("UPDATE comparisons SET name = ? WHERE id = ?")) {
            s.setString(1, ComparisonNames.orDefault(name, Instant.now()));
            s.setLong(2, comparisonId);
            s.executeUpdate();
            flush();
        } catch (SQLException e) {
            throw failure("rename the comparison", e);
        }
    }

    @Override
    public synchronized void delete(long comparisonId) {
        try (PreparedStatement s = connection.prepareStatement("DELETE FROM comparisons WHERE id = ?")) {
            s.setLong(1, comparisonId);
            s.executeUpdate();
            flush();
        } catch (SQLException e) {
            throw failure("delete the comparison", e);
        }
    }

    @Override
    public synchronized Comparison newComparison(String name) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // what the column keeps
        String chosen = ComparisonNames.orDefault(name, now);
        String sql = "INSERT INTO comparisons (name, created_at) VALUES (?, ?)";
        try (PreparedStatement s = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, chosen);
            s.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            s.executeUpdate();
            long id = generatedId(s);
            flush();
            return new Comparison(id, chosen, now, 0);
        } catch (SQLException e) {
            throw failure("start a new comparison", e);
        }
    }

    @Override
    public Optional<String> openingProblem() {
        return Optional.ofNullable(problem);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing at exit: every run was flushed when it was saved
        } finally {
            lock.close();
        }
    }

    /** Writes the store to disk now: the engine's native code can take the JVM down with it. */
    private void flush() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CHECKPOINT");
        }
    }

    private static long generatedId(PreparedStatement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static HistoryException failure(String what, SQLException e) {
        return new HistoryException("Could not " + what + " in the run history: " + HistoryOpener.reason(e) + ".", e);
    }
}
