package com.starlightdesk.app.chart.notes;

import com.starlightdesk.app.chart.ChartSection;
import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.BackgroundTaskExecutor;
import com.starlightdesk.app.concurrent.Delays;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.MedicalRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The child process of {@link DraftKillTest}: signs in as a provider, opens a patient's Notes with the real
 * view-model (its own screen thread stands in for the FX thread, the autosave's timer on it, saves in the
 * background), starts a note and types into it, one character every 100 ms, until it is killed. Prints
 * {@code note <id>} once the note exists and {@code typed <length>} after each keystroke.
 */
public final class DraftTypist {
    /** What the provider types, over and over. */
    static final String TEXT = "Cough and runny nose for three days, no fever, drinking well. ";

    private DraftTypist() {
    }

    public static void main(String[] args) throws Exception {
        PracticeStores stores = TestStores.in(Path.of(args[0]), Clock.systemUTC());
        Session session = stores.signIn(UUID.fromString(args[1]), args[2], args[3].toCharArray());
        UUID patientId = UUID.fromString(args[4]);
        ScheduledExecutorService screen = Executors.newSingleThreadScheduledExecutor();
        BackgroundTaskExecutor executor = new BackgroundTaskExecutor(1, screen::execute);
        Delays schedule = Delays.on((delay, action) -> {
            ScheduledFuture<?> due = screen.schedule(action, delay.toMillis(), TimeUnit.MILLISECONDS);
            return () -> due.cancel(false);
        });
        NotesViewModel notes = on(screen, () -> {
            OpenChart chart = new OpenChart(session, executor);
            NotesViewModel vm = new NotesViewModel(chart, executor, schedule, Clock.systemUTC());
            chart.open(patientId, ChartSection.NOTES);
            return vm;
        });
        on(screen, () -> {
            notes.newNote();
            return null;
        });
        MedicalRecord note = null;
        while (note == null) {
            Thread.sleep(50);
            note = on(screen, () -> notes.recordProperty().get());
        }
        System.out.println("note " + note.id());
        System.out.flush();
        StringBuilder typed = new StringBuilder();
        for (int i = 0; ; i++) {
            typed.append(TEXT.charAt(i % TEXT.length()));
            String now = typed.toString();
            on(screen, () -> {
                notes.subjectiveProperty().set(now);
                return null;
            });
            System.out.println("typed " + now.length());
            System.out.flush();
            Thread.sleep(100);
        }
    }

    private static <T> T on(ScheduledExecutorService screen, Callable<T> work) throws Exception {
        return screen.submit(work).get();
    }
}
