package com.starlightdesk.app.firstrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.testing.QueuedTaskExecutor;
import com.starlightdesk.sync.api.PracticeJoin;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the first-run screen says while it works, and a join's progress handed over from its thread. */
final class FirstRunProgressTest {

    @Test
    void workStartsEndsAndFails() {
        FirstRunProgress progress = new FirstRunProgress();
        progress.start("Creating the encrypted practice store…");
        assertTrue(progress.busyProperty().get());
        assertEquals("Creating the encrypted practice store…", progress.stepProperty().get());
        progress.failed("The practice files could not be read or written (IOException).");
        assertFalse(progress.busyProperty().get());
        assertEquals("", progress.stepProperty().get());
        assertEquals("The practice files could not be read or written (IOException).", progress.failureProperty().get());
        progress.clearFailure();
        assertEquals("", progress.failureProperty().get());
    }

    @Test
    void aJoinsBarMovesOnThisThreadAtMostOncePerTenthOfAPercent() throws Exception {
        FirstRunProgress progress = new FirstRunProgress();
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        progress.startJoin();
        assertTrue(progress.joiningProperty().get());
        assertTrue(progress.joinProgressProperty().get() < 0, "not known yet");
        List<Double> bar = new ArrayList<>();
        progress.joinProgressProperty().addListener((obs, old, now) -> bar.add(now.doubleValue()));

        PracticeJoin.Progress listener = progress.joinListener(executor);
        Thread joining = new Thread(() -> {
            listener.stage(PracticeJoin.Stage.DOWNLOADING);
            for (long done = 0; done <= 10_000; done++) {
                listener.rows(done, 10_000);
            }
        });
        joining.start();
        joining.join();
        assertTrue(bar.isEmpty(), "nothing changes until this thread runs what was handed over");
        assertTrue(executor.runUntil(() -> !bar.isEmpty() && bar.get(bar.size() - 1) == 1.0, Duration.ofSeconds(5)));
        assertEquals(1001, bar.size(), "0.0 to 1.0 by tenths of a percent");
        assertEquals("Downloading the practice: 10,000 of 10,000 rows", progress.stepProperty().get());
        progress.finished();
        assertFalse(progress.joiningProperty().get() || progress.busyProperty().get());
    }
}
