package com.starlightdesk.app.testing;

import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.concurrent.TaskExecutor;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * For view-model tests of events from other threads: work runs at once on the caller, and callbacks
 * handed over with {@link #deliver} wait in a queue until the test's thread (standing in for the FX
 * thread) runs them with {@link #runUntil}. Thread-safe.
 */
public final class QueuedTaskExecutor implements TaskExecutor {
    private final TaskExecutor worker = new CurrentThreadTaskExecutor();
    private final BlockingQueue<Runnable> delivered = new LinkedBlockingQueue<>();

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        worker.submit(work, onSuccess, onFailure);
    }

    @Override
    public void deliver(Runnable callback) {
        delivered.add(callback);
    }

    /** Runs delivered callbacks on the calling thread until {@code condition} holds; false after {@code timeout}. */
    public boolean runUntil(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            Runnable next = delivered.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)), TimeUnit.NANOSECONDS);
            if (next != null) {
                next.run();
            }
        }
        return true;
    }
}
