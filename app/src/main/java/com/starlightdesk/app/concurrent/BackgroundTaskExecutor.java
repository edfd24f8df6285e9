package com.starlightdesk.app.concurrent;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The app's executor: a bounded pool of named daemon threads ({@code starlight-db-N}) for the work and
 * a {@code deliver} hand-off (Platform::runLater in the app) for the callbacks. Work never runs on the
 * thread that submits it: when the queue is full the work is refused and its failure callback gets a
 * {@link DeskBusyException}. Thread-safe.
 */
public final class BackgroundTaskExecutor implements TaskExecutor {
    private static final Logger LOG = Logger.getLogger(BackgroundTaskExecutor.class.getName());
    /** How much work may wait for a thread before more is refused. */
    static final int QUEUE_CAPACITY = 256;

    private final ThreadPoolExecutor pool;
    private final Consumer<Runnable> deliver;

    public BackgroundTaskExecutor(int threads, Consumer<Runnable> deliver) {
        this(threads, QUEUE_CAPACITY, deliver);
    }

    BackgroundTaskExecutor(int threads, int queueCapacity, Consumer<Runnable> deliver) {
        AtomicInteger counter = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queueCapacity), r -> {
            Thread t = new Thread(r, "starlight-db-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
        this.pool.allowCoreThreadTimeOut(true);
        this.deliver = deliver;
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Runnable task = () -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable e) {
                // Only the type is logged: messages of database errors may quote values.
                LOG.log(Level.FINE, "Background work failed: {0}", e.getClass().getName());
                deliver.accept(() -> onFailure.accept(e));
                return;
            }
            deliver.accept(() -> onSuccess.accept(result));
        };
        try {
            pool.execute(task);
        } catch (RejectedExecutionException refused) {
            // A full queue (or a pool shutting down) refuses the work: it must not run on the caller,
            // which is the FX thread in the app.
            LOG.log(Level.WARNING, "Background work refused: {0}", pool.isShutdown() ? "shutting down" : "queue full");
            DeskBusyException busy = new DeskBusyException();
            deliver.accept(() -> onFailure.accept(busy));
        }
    }

    @Override
    public void deliver(Runnable callback) {
        deliver.accept(callback);
    }

    @Override
    public void shutdown() {
        pool.shutdown();
    }
}
