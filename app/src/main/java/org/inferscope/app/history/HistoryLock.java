package org.inferscope.app.history;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on the history folder, held while a store is open. H2 alone does not refuse a
 * second store in the same JVM (it shares the open database), and two windows writing one history
 * would interleave their comparisons; this lock makes the second one unavailable instead.
 */
final class HistoryLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private HistoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or null when another store (in this JVM or another process) holds it. */
    static HistoryLock tryAcquire(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new HistoryLock(channel, lock);
            }
        } catch (OverlappingFileLockException e) {
            // held by another store in this JVM: the same answer as another process
        }
        channel.close();
        return null;
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the lock goes with the channel or the process; nothing to save here
        }
    }
}
