package org.inferscope.app.history;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.h2.api.ErrorCode;
import org.h2.jdbc.JdbcException;

/**
 * Opens the history database and turns every way that can fail into a store that still works: a
 * history held by another InferScope window or unreadable for another reason becomes
 * {@link RunStore#unavailable(String)}; a damaged file is moved aside (never deleted) and a new one
 * started.
 */
final class HistoryOpener {
    static final String FILE_NAME = "history.mv.db";
    private static final String NOT_SAVED = "; results of this session will not be saved.";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private HistoryOpener() {
    }

    static RunStore open(Path home) {
        Path file = home.resolve(FILE_NAME);
        HistoryLock lock;
        try {
            Files.createDirectories(home);
            lock = HistoryLock.tryAcquire(home.resolve("history.lock"));
        } catch (IOException e) {
            return RunStore.unavailable("Run history is unavailable: the folder " + home
                    + " cannot be used (" + e.getMessage() + ")" + NOT_SAVED);
        }
        if (lock == null) {
            return RunStore.unavailable(locked(file));
        }
        RunStore store = openLocked(home, file, lock);
        if (!(store instanceof RunHistory)) {
            lock.close();
        }
        return store;
    }

    private static RunStore openLocked(Path home, Path file, HistoryLock lock) {
        try {
            return new RunHistory(connect(home), lock, null);
        } catch (HistorySchema.NewerSchemaException e) {
            return RunStore.unavailable("Run history is unavailable: " + file
                    + " was written by a newer InferScope; update InferScope to use it" + NOT_SAVED);
        } catch (SQLException | RuntimeException e) {
            if (isLocked(e)) {
                return RunStore.unavailable(locked(file));
            }
            if (!isDamaged(e) || !Files.exists(file)) {
                return unreadable(file, e);
            }
            return startAfresh(home, file, lock, e);
        }
    }

    private static RunStore startAfresh(Path home, Path file, HistoryLock lock, Exception damage) {
        Path aside;
        try {
            aside = moveAside(file);
        } catch (IOException e) {
            return unreadable(file, damage);
        }
        try {
            return new RunHistory(connect(home), lock, "Run history " + file + " is damaged; it was moved aside to "
                    + aside.getFileName() + " in the same folder and a new one started.");
        } catch (SQLException | RuntimeException e) {
            return unreadable(file, e);
        }
    }

    private static Connection connect(Path home) throws SQLException {
        String url = "jdbc:h2:file:" + home.toAbsolutePath().resolve("history") + ";AUTO_SERVER=FALSE";
        Connection connection = DriverManager.getConnection(url, "sa", "");
        try {
            HistorySchema.migrate(connection);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static Path moveAside(Path file) throws IOException {
        String stamp = STAMP.format(LocalDateTime.now());
        for (int n = 1; ; n++) {
            String suffix = n == 1 ? "" : "-" + n;
            Path aside = file.resolveSibling("history-broken-" + stamp + suffix + ".mv.db");
            try {
                return Files.move(file, aside);
            } catch (FileAlreadyExistsException e) {
                // two damaged files in one second: try the next name
            }
        }
    }

    private static boolean isLocked(Exception e) {
        return e instanceof SQLException sql && (sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1
                || sql.getErrorCode() == ErrorCode.LOCK_TIMEOUT_1);
    }

    private static boolean isDamaged(Exception e) {
        if (!(e instanceof SQLException sql)) {
            return false;
        }
        int code = sql.getErrorCode();
        return code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1
                || code == ErrorCode.GENERAL_ERROR_1;
    }

    private static String locked(Path file) {
        return "Run history is unavailable: " + file + " is locked by another InferScope window" + NOT_SAVED;
    }

    private static RunStore unreadable(Path file, Exception e) {
        return RunStore.unavailable("Run history is unavailable: " + file + " could not be opened ("
                + reason(e) + ")" + NOT_SAVED);
    }

    /** The database's own message without the SQL statement and codes H2 appends. */
    static String reason(Exception e) {
        String message = e instanceof JdbcException j ? j.getOriginalMessage() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("").strip();
    }
}
