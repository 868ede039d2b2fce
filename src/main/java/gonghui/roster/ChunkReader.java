package gonghui.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads the next chunks of rows on its own thread while the current chunk is checked and written, keeping at most two
 * chunks in memory. Blank rows and rows up to the checkpoint are skipped.
 */
final class ChunkReader implements AutoCloseable {

    /** A chunk of rows with how much of the file had been read when it was complete. */
    record Batch(List<SourceRow> rows, double progress, RuntimeException failure) {
        boolean isEnd() {
            return rows == null && failure == null;
        }
    }

    private static final Batch END = new Batch(null, 1.0, null);

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(2);
    private final Thread thread;
    private volatile boolean closed;

    ChunkReader(RosterRows rows, long checkpointRow, int chunkSize, String name) {
        this.thread = new Thread(() -> read(rows, checkpointRow, chunkSize), name);
        thread.setDaemon(true);
        thread.start();
    }

    private void read(RosterRows rows, long checkpointRow, int chunkSize) {
        try {
            List<SourceRow> chunk = new ArrayList<>(chunkSize);
            SourceRow row;
            while (!closed && (row = rows.next()) != null) {
                if (row.number() <= checkpointRow || row.isBlank()) {
                    continue;
                }
                chunk.add(row);
                if (chunk.size() == chunkSize) {
                    put(new Batch(chunk, rows.progress(), null));
                    chunk = new ArrayList<>(chunkSize);
                }
            }
            if (!chunk.isEmpty()) {
                put(new Batch(chunk, rows.progress(), null));
            }
            put(END);
        } catch (RuntimeException e) {
            put(new Batch(null, rows.progress(), e));
        } catch (StackOverflowError e) {
            put(new Batch(null, 0, new RosterFileException("文件结构异常，无法读取", e)));
        }
    }

    private void put(Batch batch) {
        try {
            while (!closed && !queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                // wait for the writer to take a chunk
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next chunk, or an end batch; a failure of the reader is thrown here. */
    Batch next() throws InterruptedException {
        Batch batch = queue.take();
        if (batch.failure() != null) {
            throw batch.failure();
        }
        return batch;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        queue.clear();
    }
}
