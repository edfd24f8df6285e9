package com.starlightdesk.app.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class BackgroundTaskExecutorTest {
    private static final int QUEUE = 4;

    /** Callbacks handed over by the executor, run by the test's thread (standing in for the FX thread). */
    private final BlockingQueue<Runnable> delivered = new LinkedBlockingQueue<>();
    private final BackgroundTaskExecutor executor = new BackgroundTaskExecutor(1, QUEUE, delivered::add);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        executor.shutdown();
    }

    @Test
    void runsWorkOnItsOwnThreadAndDeliversTheResult() throws Exception {
        AtomicReference<String> ranOn = new AtomicReference<>();
        AtomicReference<Integer> got = new AtomicReference<>();
        executor.submit(() -> {
            ranOn.set(Thread.currentThread().getName());
            return 42;
        }, got::set, failure -> { throw new AssertionError(failure); });
        runNextDelivered();
        assertEquals(42, got.get());
        assertTrue(ranOn.get().startsWith("starlight-db-"), ranOn.get());
    }

    @Test
    void aFullQueueRefusesWorkWithDeskBusyInsteadOfRunningItOnTheCaller() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        executor.submit(() -> {
            busy.countDown();
            release.await();
            return null;
        }, ignored -> { }, failure -> { });
        assertTrue(busy.await(10, TimeUnit.SECONDS), "the one thread is taken");
        for (int i = 0; i < QUEUE; i++) {
            executor.submit(() -> null, ignored -> { }, failure -> { });
        }

        List<String> refusedRanOn = new CopyOnWriteArrayList<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        executor.submit(() -> {
            refusedRanOn.add(Thread.currentThread().getName());
            return null;
        }, ignored -> { throw new AssertionError("refused work cannot succeed"); }, failed::set);

        assertTrue(refusedRanOn.isEmpty(), "the refused work did not run on the caller");
        assertNull(failed.get(), "the failure is handed over, not called from submit");
        runNextDelivered();
        assertInstanceOf(DeskBusyException.class, failed.get());
        assertEquals(failed.get().getMessage(), SafeMessages.of(failed.get()), "its message is shown as it is");
        assertFalse(failed.get().getMessage().isBlank());

        release.countDown();
        executor.shutdown();
        assertTrue(executorIdle(), "the queued work still ran");
        assertTrue(refusedRanOn.isEmpty(), "the refused work never ran at all");
    }

    @Test
    void aDeliveryIsNeverLostWhenTheQueueIsFull() throws Exception {
        TaskExecutor viaSubmit = new TaskExecutor() {
            @Override
            public <T> void submit(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> onSuccess,
                    java.util.function.Consumer<Throwable> onFailure) {
                onFailure.accept(new DeskBusyException());
            }
        };
        AtomicReference<String> ran = new AtomicReference<>();
        viaSubmit.deliver(() -> ran.set(Thread.currentThread().getName()));
        assertNotNull(ran.get(), "the callback ran even though its empty work was refused");
    }

    private void runNextDelivered() throws InterruptedException {
        Runnable next = delivered.poll(10, TimeUnit.SECONDS);
        assertNotNull(next, "a callback was delivered");
        next.run();
    }

    private boolean executorIdle() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        // one callback from the blocking work and one from each queued task
        int expected = 1 + QUEUE;
        int seen = 0;
        while (seen < expected && System.nanoTime() < deadline) {
            Runnable next = delivered.poll(100, TimeUnit.MILLISECONDS);
            if (next != null) {
                next.run();
                seen++;
            }
        }
        return seen == expected;
    }
}
