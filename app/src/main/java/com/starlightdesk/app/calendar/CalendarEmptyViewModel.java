package com.starlightdesk.app.calendar;

import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.settings.SettingsPage;
import com.starlightdesk.app.settings.SettingsPlace;
import com.starlightdesk.data.domain.WorkingHours;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the calendar says when it has nothing to show: with no active provider, that visits are booked
 * against one and (for admins) "Add a provider", which opens Settings at Providers; with no visit in the
 * day, week or month on screen, "New visit" at the range's first open working slot and, when a visit
 * is booked later, a way to it. Nothing is said until the providers and the range have been read. (A
 * new practice's setup checklist, when it shows, takes this place.) Confined to the FX thread; needs no toolkit.
 */
public final class CalendarEmptyViewModel {

    /** Which empty state applies. */
    public enum Kind { NONE, NO_PROVIDERS, NO_VISITS }

    private final CalendarViewModel calendar;
    private final Session session;
    private final TaskExecutor executor;
    private final SettingsPlace settings;

    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.NONE);
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty laterLabel = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> laterVisit = new SimpleObjectProperty<>();
    private final BooleanProperty canAddProvider = new SimpleBooleanProperty();
    private final BooleanProperty canBook = new SimpleBooleanProperty();
    /** The range whose next visit was last asked for; an answer for another range is dropped. */
    private CalendarRange askedAfter;

    public CalendarEmptyViewModel(CalendarViewModel calendar, Session session, TaskExecutor executor, SettingsPlace settings) {
        this.calendar = calendar;
        this.session = session;
        this.executor = executor;
        this.settings = settings;
        Observable[] inputs = {calendar.providersReadProperty(), calendar.providers(), calendar.loadingProperty(),
                calendar.bookedProperty(), calendar.rangeProperty(), calendar.modeProperty()};
        for (Observable input : inputs) {
            input.addListener(o -> update());
        }
        update();
    }

    private void update() {
        CalendarRange range = calendar.rangeProperty().get();
        if (!calendar.providersReadProperty().get() || range == null) {
            show(Kind.NONE);
        } else if (calendar.providers().isEmpty()) {
            boolean admin = session.permissions().canManageSettings();
            boolean anyEver = !calendar.everyProvider().isEmpty();
            title.set(anyEver ? "No active providers" : "No providers yet");
            text.set((anyEver ? "Every provider is deactivated. " : "") + "Visits are booked against a provider."
                    + (admin ? "" : " Ask an admin to add one in Settings › Providers."));
            canAddProvider.set(admin);
            canBook.set(false);
            show(Kind.NO_PROVIDERS);
        } else if (!calendar.loadingProperty().get() && calendar.bookedProperty().get() == 0) {
            CalendarMode mode = calendar.modeProperty().get();
            title.set(mode == CalendarMode.DAY ? "No visits on this day" : "No visits this " + unit(mode));
            text.set(calendar.canSchedule() ? "Click an empty time to book a visit there, or press N." : "");
            laterLabel.set("Go to the next " + unit(mode) + " with visits");
            canAddProvider.set(false);
            canBook.set(calendar.canSchedule());
            show(Kind.NO_VISITS);
            findLaterVisit(range);
        } else {
            show(Kind.NONE);
        }
    }

    private void show(Kind now) {
        if (now != Kind.NO_VISITS) {
            askedAfter = null;
            laterVisit.set(null);
        }
        kind.set(now);
    }

    /** Asks in the background for the first visit after {@code range} (once per range shown empty). */
    private void findLaterVisit(CalendarRange range) {
        if (range.equals(askedAfter)) {
            return;
        }
        askedAfter = range;
        laterVisit.set(null);
        executor.submit(() -> session.data().appointments().firstFrom(range.to(calendar.zone())), found -> {
            if (range.equals(askedAfter)) {
                laterVisit.set(found.map(a -> a.startTime().atZone(calendar.zone()).toLocalDate()).orElse(null));
            }
        }, failure -> laterVisit.set(null));
    }

    /** "Add a provider": Settings at the Providers page. */
    public void addProvider() {
        settings.open(SettingsPage.PROVIDERS);
    }

    /** "Go to the next week with visits": the calendar moves to the day of the first visit after the range. */
    public void showLaterVisits() {
        LocalDate day = laterVisit.get();
        if (day != null) {
            calendar.anchorProperty().set(day);
        }
    }

    /**
     * "New visit": the booking form at the range's first open working slot from now on (the next quarter
     * hour today while the practice is open), or as N books when the range holds none.
     */
    public void newVisit() {
        Optional<ZonedDateTime> slot = firstOpenSlot();
        if (slot.isPresent()) {
            calendar.book(slot.get().toLocalDate(), slot.get().toLocalTime(), null);
        } else {
            calendar.bookNext();
        }
    }

    private Optional<ZonedDateTime> firstOpenSlot() {
        CalendarRange range = calendar.rangeProperty().get();
        WorkingHours hours = calendar.hoursProperty().get();
        if (range == null || hours == null) {
            return Optional.empty();
        }
        LocalDate today = calendar.today();
        for (LocalDate day : range.days()) {
            Optional<WorkingHours.Span> open = hours.on(day.getDayOfWeek());
            if (day.isBefore(today) || open.isEmpty()) {
                continue;
            }
            LocalTime at = open.get().opens();
            if (day.equals(today)) {
                Optional<LocalTime> next = calendar.nextQuarterHour();
                if (next.isEmpty() || next.get().isAfter(at) && !open.get().contains(next.get())) {
                    continue; // closed for today already
                }
                at = next.get().isAfter(at) ? next.get() : at;
            }
            return Optional.of(ZonedDateTime.of(day, at, calendar.zone()));
        }
        return Optional.empty();
    }

    private static String unit(CalendarMode mode) {
        return switch (mode) {
            case DAY -> "day";
            case WEEK -> "week";
            case MONTH -> "month";
        };
    }

    public ReadOnlyObjectProperty<Kind> kindProperty() { return kind; }
    public ReadOnlyStringProperty titleProperty() { return title; }
    public ReadOnlyStringProperty textProperty() { return text; }
    /** "Go to the next week with visits" (day, month): the label of {@link #showLaterVisits}. */
    public ReadOnlyStringProperty laterLabelProperty() { return laterLabel; }
    /** The day of the first visit after the range shown empty; null while none is known. */
    public ReadOnlyObjectProperty<LocalDate> laterVisitProperty() { return laterVisit; }
    /** Whether "Add a provider" is offered (admins, who may open Settings). */
    public ReadOnlyBooleanProperty canAddProviderProperty() { return canAddProvider; }
    /** Whether "New visit" is offered (those who may book). */
    public ReadOnlyBooleanProperty canBookProperty() { return canBook; }
}
