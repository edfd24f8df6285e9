package com.starlightdesk.app.settings.visittypes;

import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.parts.FormNews;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.domain.VisitType;
import com.starlightdesk.data.domain.VisitTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The Visit types page of Settings: for each kind of visit, the length a new visit of that kind gets on the
 * booking form (5 to 240 minutes, in steps of 5) and the colour that marks it on the calendar. Saved to the
 * practice row, so every desk books with them after its next sync. Every bad value is named at its field.
 * Confined to the FX thread; needs no toolkit.
 */
public final class VisitTypesViewModel {
    private final Session session;
    private final TaskExecutor executor;
    private final List<VisitTypeRow> rows = new ArrayList<>();
    private final FormNews news;

    public VisitTypesViewModel(Session session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
        Map<String, String> fields = new HashMap<>();
        for (AppointmentType type : AppointmentType.values()) {
            VisitTypeRow row = new VisitTypeRow(type);
            rows.add(row);
            fields.put(type.code() + ".minutes", row.minutesField());
            fields.put(type.code() + ".colour", row.colourField());
        }
        news = new FormNews(fields);
        show(session.practice().visitTypeDefaults());
        session.changes().addListener(this::load);
    }

    public boolean canManage() {
        return session.permissions().canManageSettings();
    }

    /** Reads the visit types as stored now (another desk may have changed them). */
    public void load() {
        executor.submit(() -> session.data().office().practice().orElseThrow().visitTypeDefaults(), this::show, news::failed);
    }

    private void show(VisitTypes types) {
        for (VisitTypeRow row : rows) {
            row.show(types.of(row.type()));
        }
    }

    /** Saves every row, or names each bad value at its field and saves nothing. */
    public void save() {
        news.clear();
        FieldErrors errors = news.errors();
        errors.clear();
        if (!canManage()) {
            news.refused("Only an admin can change the visit types");
            return;
        }
        VisitTypes types = VisitTypes.DEFAULTS;
        for (VisitTypeRow row : rows) {
            try {
                types = types.with(new VisitType(row.type(), minutes(row), row.colourProperty().get()));
            } catch (ValidationException e) {
                news.failed(e);
            }
        }
        if (!errors.isEmpty()) {
            return;
        }
        VisitTypes chosen = types;
        news.working();
        executor.submit(() -> session.data().write(changes -> {
            Practice practice = session.data().office().practice().orElseThrow();
            return practice.visitTypeDefaults().equals(chosen) ? practice : changes.update(practice.withVisitTypes(chosen));
        }), saved -> {
            show(saved.visitTypeDefaults());
            news.done("Saved. New visits take these lengths, and the calendar marks visits with these colours.");
            session.changes().changed();
        }, news::failed);
    }

    private static int minutes(VisitTypeRow row) {
        String typed = row.minutesProperty().get() == null ? "" : row.minutesProperty().get().strip();
        try {
            return Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            throw new ValidationException(row.type().code() + ".minutes", "minutes are a whole number, e.g. 30");
        }
    }

    /** One row per kind of visit, in the booking form's order. */
    public List<VisitTypeRow> rows() { return rows; }
    public ReadOnlyStringProperty doneProperty() { return news.doneProperty(); }
    public ReadOnlyStringProperty failureProperty() { return news.failureProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return news.busyProperty(); }
    public FieldErrors errors() { return news.errors(); }
}
