package com.starlightdesk.app.shell;

import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.repo.PracticeData;
import java.util.List;
import java.util.function.Consumer;

/**
 * The type-ahead behind the global search: each keystroke asks the store in the background; only the
 * answer to the newest query is shown. Confined to the FX thread.
 */
public final class PatientFinder {
    /** How many patients the suggestion list shows. */
    public static final int LIMIT = 8;

    private final PracticeData data;
    private final TaskExecutor executor;
    private long asked;

    public PatientFinder(PracticeData data, TaskExecutor executor) {
        this.data = data;
        this.executor = executor;
    }

    /** Looks up {@code query}; {@code show} gets the result unless a newer query was asked meanwhile. */
    public void find(String query, Consumer<List<Patient>> show) {
        long ticket = ++asked;
        if (query == null || query.isBlank()) {
            show.accept(List.of());
            return;
        }
        executor.submit(() -> data.patientSearch().find(query, LIMIT), found -> {
            if (ticket == asked) {
                show.accept(found);
            }
        }, e -> {
            if (ticket == asked) {
                show.accept(List.of());
            }
        });
    }
}
