package com.starlightdesk.sync.engine;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The one helper thread a push or a bootstrap runs beside its remote calls (reading and acknowledging the
 * outbox, fetching the next page), and waiting for its results. Stateless.
 */
final class SideThread {
    private SideThread() {
    }

    /** A single daemon thread named {@code name}; the caller shuts it down. */
    static ExecutorService start(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** The result of {@code work}; its own runtime failure is rethrown as it was. */
    static <T> T result(Future<T> work, String what) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(what + " failed", e.getCause());
        }
    }
}
