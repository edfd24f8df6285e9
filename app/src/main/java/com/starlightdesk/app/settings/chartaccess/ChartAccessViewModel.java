package com.starlightdesk.app.settings.chartaccess;

import com.starlightdesk.app.chart.ChartSection;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.parts.FormNews;
import com.starlightdesk.app.parts.PatientPickerViewModel;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.ChartAccessFilter;
import com.starlightdesk.data.domain.ChartOpening;
import com.starlightdesk.data.domain.ChartPart;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.repo.ChartAccessLog;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Chart access page of Settings: who opened which patient's chart, which part of it and when, newest first,
 * from the audit log this desk holds (every desk's openings once they have synced here), a page of
 * {@link #PAGE} at a time. Filters: one patient (picked with the patient type-ahead), one user, a range of days in
 * the practice's time zone (each bad date named at its field). Shows no clinical content. Admins only: for anyone
 * else it reads nothing, and the data layer refuses too. Reads run on the task executor. Confined to the FX
 * thread; needs no toolkit.
 */
public final class ChartAccessViewModel {
    /** Entries read per page ("Show older" reads the next). */
    public static final int PAGE = 100;
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("MMM d, uuuu h:mm a", Locale.US);

    /** One line of the list, as shown. */
    public record Row(String time, String user, String patient, String opened) {
    }

    private final Session session;
    private final TaskExecutor executor;
    private final PatientPickerViewModel patientPicker;
    private final ObjectProperty<Patient> patient = new SimpleObjectProperty<>();
    private final ObservableList<User> users = FXCollections.observableArrayList();
    private final ObjectProperty<User> user = new SimpleObjectProperty<>();
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final BooleanProperty more = new SimpleBooleanProperty(false);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final StringProperty count = new SimpleStringProperty("");
    private final FormNews news = new FormNews(Map.of("until", "to"));
    private final FieldErrors errors = news.errors();
    /** The filter the rows were read with, and the last entry read (where "Show older" goes on). */
    private ChartAccessFilter shownFilter = ChartAccessFilter.EVERYTHING;
    private ChartOpening last;
    /** Counts reads; an answer whose number is not the latest is for an older search. */
    private long asked;

    public ChartAccessViewModel(Session session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
        this.patientPicker = new PatientPickerViewModel(session.data(), executor, picked -> {
            patient.set(picked);
            search();
        });
    }

    /** Whether the signed-in user may see this page (admins). */
    public boolean allowed() {
        return session.permissions().canManageSettings();
    }

    /** The practice's time zone, in which times are shown and days are read. */
    public ZoneId zone() {
        return session.zone();
    }

    /** Reads the practice's users (for the user filter) and the newest entries with the filters as they are. */
    public void load() {
        if (!refusedUnlessAdmin()) {
            return;
        }
        executor.submit(() -> session.data().office().users(), users::setAll, news::failed);
        search();
    }

    /**
     * Reads the first page for the filters: a bad date is named at its field (From, To) and nothing is read;
     * To is the last day listed, whole.
     */
    public void search() {
        errors.clear();
        news.clear();
        if (!refusedUnlessAdmin()) {
            return;
        }
        LocalDate first = day("from", from.get());
        LocalDate lastDay = day("to", to.get());
        if (first != null && lastDay != null && lastDay.isBefore(first)) {
            errors.set("to", "Must be on or after the From day");
        }
        if (!errors.isEmpty()) {
            return;
        }
        ZoneId zone = session.zone();
        ChartAccessFilter filter = new ChartAccessFilter(patient.get() == null ? null : patient.get().id(),
                user.get() == null ? null : user.get().id(), first == null ? null : first.atStartOfDay(zone).toInstant(),
                lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(zone).toInstant());
        read(filter, null);
    }

    /** Reads the next page of the same search, older entries below the ones listed. */
    public void showOlder() {
        if (more.get() && last != null && refusedUnlessAdmin()) {
            read(shownFilter, last);
        }
    }

    /** Lists every patient again (the patient filter is cleared) and searches. */
    public void anyPatient() {
        patient.set(null);
        search();
    }

    private void read(ChartAccessFilter filter, ChartOpening after) {
        long ticket = ++asked;
        news.working();
        executor.submit(() -> session.data().chartAccess().page(filter, after, PAGE), page -> {
            if (ticket != asked) {
                return;
            }
            news.done("");
            shownFilter = filter;
            List<Row> read = page.openings().stream().map(this::row).toList();
            if (after == null) {
                rows.setAll(read);
            } else {
                rows.addAll(read);
            }
            last = page.openings().isEmpty() ? after : page.openings().get(page.openings().size() - 1);
            more.set(page.more());
            loaded.set(true);
            count.set(rows.isEmpty() ? "No chart was opened" + (filter.equals(ChartAccessFilter.EVERYTHING) ? " yet." : " that matches.")
                    : rows.size() + (rows.size() == 1 ? " opening" : " openings") + (page.more() ? " listed; older ones follow." : "."));
        }, e -> {
            if (ticket == asked) {
                news.failed(e);
            }
        });
    }

    private boolean refusedUnlessAdmin() {
        if (allowed()) {
            return true;
        }
        news.refused("Only an admin can see who opened the practice's charts");
        return false;
    }

    private LocalDate day(String field, String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(t, TYPED);
        } catch (DateTimeParseException e) {
            errors.set(field, "Enter the day as M/D/YYYY");
            return null;
        }
    }

    private Row row(ChartOpening o) {
        return new Row(SHOWN.format(o.occurredAt().atZone(session.zone())),
                o.userName() == null ? "A user not on this desk" : o.userName(),
                o.patientName() == null ? "A patient not on this desk" : o.patientName(), opened(o));
    }

    /** What was opened, in the chart's words: "Chart (summary)", a section's name, a printed document. */
    static String opened(ChartOpening o) {
        ChartPart part = o.part();
        if (part == null) {
            return "A section (" + (o.tableName() == null ? "unrecorded" : o.tableName().replace('_', ' ')) + ")";
        }
        return switch (part) {
            case CHART -> "Chart (summary)";
            case VISIT_SUMMARY -> "Visit summary, printed";
            case GROWTH_CHART -> "Growth chart, printed";
            default -> ChartSection.of(part).map(ChartSection::label).orElse(part.code());
        };
    }

    public PatientPickerViewModel patientPicker() {
        return patientPicker;
    }

    public ReadOnlyObjectProperty<Patient> patientProperty() {
        return patient;
    }

    public ObservableList<User> users() {
        return users;
    }

    /** The user whose openings are listed (null: anyone's). */
    public ObjectProperty<User> userProperty() {
        return user;
    }

    /** Lists one user's openings ({@code null}: anyone's) and searches. */
    public void chooseUser(User chosen) {
        user.set(chosen);
        search();
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty moreProperty() {
        return more;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public ReadOnlyStringProperty countProperty() {
        return count;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return news.busyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return news.failureProperty();
    }

    public FieldErrors errors() {
        return errors;
    }
}
