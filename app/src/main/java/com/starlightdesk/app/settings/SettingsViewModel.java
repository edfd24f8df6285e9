package com.starlightdesk.app.settings;

import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.preferences.DesktopPreferences;
import com.starlightdesk.app.preferences.PracticeSetup;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.domain.WorkingHours;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings an admin manages: the idle time before the desk locks itself (1–30 minutes) and the practice's
 * working hours (synced to every desk; the calendar lights them). Pages with more to them (providers,
 * users, membership plans) have their own view-models. Confined to the FX thread; needs no toolkit.
 */
public final class SettingsViewModel {
    private final PracticeStores stores;
    private final Session session;
    private final TaskExecutor executor;

    private final IntegerProperty idleLockMinutes = new SimpleIntegerProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final List<DayHours> week = new ArrayList<>();
    private final StringProperty hoursMessage = new SimpleStringProperty("");

    public SettingsViewModel(PracticeStores stores, Session session, TaskExecutor executor) {
        this.stores = stores;
        this.session = session;
        this.executor = executor;
        idleLockMinutes.set(stores.preferences().idleLockMinutes());
        for (DayOfWeek day : DayOfWeek.values()) {
            week.add(new DayHours(day));
        }
        showHours(session.practice().hours());
    }

    /** Reads the practice's working hours as stored now (another desk may have changed them). */
    public void loadHours() {
        executor.submit(() -> session.data().office().practice().orElseThrow().hours(), this::showHours,
                e -> hoursMessage.set(SafeMessages.of(e)));
    }

    private void showHours(WorkingHours hours) {
        for (DayHours row : week) {
            Optional<WorkingHours.Span> span = hours.on(row.day());
            row.openProperty().set(span.isPresent());
            span.ifPresent(s -> {
                row.opensProperty().set(s.opens());
                row.closesProperty().set(s.closes());
            });
        }
    }

    /**
     * Saves the working hours of the form: every desk of the practice gets them with its next sync, and
     * the calendar here shows them at once. A day that closes before it opens, or a week without an open
     * day, is refused with the reason and nothing is saved.
     */
    public void saveHours() {
        hoursMessage.set("");
        if (!canManage()) {
            hoursMessage.set("Only an admin can change the working hours");
            return;
        }
        WorkingHours hours;
        try {
            Map<DayOfWeek, WorkingHours.Span> open = new EnumMap<>(DayOfWeek.class);
            for (DayHours row : week) {
                if (row.openProperty().get()) {
                    if (row.opensProperty().get() == null || row.closesProperty().get() == null) {
                        hoursMessage.set(dayName(row.day()) + ": choose when the practice opens and closes");
                        return;
                    }
                    if (!row.closesProperty().get().isAfter(row.opensProperty().get())) {
                        hoursMessage.set(dayName(row.day()) + ": the practice must close after it opens");
                        return;
                    }
                    open.put(row.day(), new WorkingHours.Span(row.opensProperty().get(), row.closesProperty().get()));
                }
            }
            if (open.isEmpty()) {
                hoursMessage.set("Mark at least one day open");
                return;
            }
            hours = WorkingHours.of(open);
        } catch (ValidationException e) {
            hoursMessage.set(e.getMessage());
            return;
        }
        executor.submit(() -> {
            session.data().writeAll(changes -> {
                Practice practice = session.data().office().practice().orElseThrow();
                if (!practice.hours().equals(hours)) {
                    changes.update(practice.withHours(hours));
                }
            });
            // The setup checklist ticks the working hours once an admin has saved them here.
            stores.updatePreferences(p -> p.withSetup(session.practice().id(), PracticeSetup::withWorkingHoursSaved));
            return hours;
        }, saved -> {
            hoursMessage.set("Saved. The calendar shows these hours on every desk of the practice.");
            session.changes().changed();
        }, e -> hoursMessage.set(SafeMessages.of(e)));
    }

    private static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.US);
    }

    public boolean canManage() {
        return session.permissions().canManageSettings();
    }

    public void save() {
        if (!canManage()) {
            message.set("Only an admin can change settings");
            return;
        }
        int minutes = idleLockMinutes.get();
        if (minutes < 1 || minutes > DesktopPreferences.MAX_IDLE_LOCK_MINUTES) {
            message.set("Choose between 1 and " + DesktopPreferences.MAX_IDLE_LOCK_MINUTES + " minutes");
            return;
        }
        executor.submit(() -> {
            stores.savePreferences(stores.preferences().withIdleLockMinutes(minutes));
            return minutes;
        }, saved -> message.set("Saved: the desk locks after " + saved + " idle minutes."), e -> message.set(SafeMessages.of(e)));
    }

    public IntegerProperty idleLockMinutesProperty() { return idleLockMinutes; }
    public ReadOnlyStringProperty messageProperty() { return message; }
    /** The working-hours form, Monday to Sunday. */
    public List<DayHours> week() { return week; }
    public ReadOnlyStringProperty hoursMessageProperty() { return hoursMessage; }
}
