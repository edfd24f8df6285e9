package com.starlightdesk.app.tasks;

import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.session.Session;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;

/**
 * The top bar's My tasks: how many of the signed-in user's tasks are overdue on the practice's day, counted in the
 * background when the session starts and whenever its store changes (an edit here, a sync bringing other desks'
 * changes); choosing it opens Tasks narrowed to them. Confined to the FX thread; needs no toolkit.
 */
public final class MyTasks {
    private static final Logger LOG = Logger.getLogger(MyTasks.class.getName());

    private final Session session;
    private final TaskExecutor executor;
    private final TasksViewModel tasks;
    private final SimpleLongProperty overdue = new SimpleLongProperty(0);
    private final SimpleStringProperty label = new SimpleStringProperty("My tasks");

    public MyTasks(Session session, TaskExecutor executor, TasksViewModel tasks) {
        this.session = session;
        this.executor = executor;
        this.tasks = tasks;
        session.changes().addListener(this::count);
        count();
    }

    /** Counts the user's overdue tasks again, off the FX thread. */
    public void count() {
        executor.submit(() -> session.data().tasks().overdueCount(session.user().id()), n -> {
            overdue.set(n);
            label.set(n == 0 ? "My tasks" : "My tasks · " + n + " overdue");
        }, e -> LOG.log(Level.WARNING, "The overdue tasks could not be counted: {0}", e.getClass().getName()));
    }

    /** Opens Tasks narrowed to the signed-in user's. */
    public void open() {
        tasks.showMine();
    }

    /** {@code listener} runs when My tasks is chosen (the shell then shows Tasks). */
    public void addOpenListener(Runnable listener) {
        tasks.addOpenListener(listener);
    }

    public ReadOnlyLongProperty overdueProperty() { return overdue; }
    /** "My tasks", or "My tasks · 2 overdue". */
    public ReadOnlyStringProperty labelProperty() { return label; }
}
