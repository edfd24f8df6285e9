package com.starlightdesk.app.billing.agebands;

import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.Dollars;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.repo.Memberships.AgeBandChange;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Billing, Age-band changes: the members whose birthday in the next {@value #DAYS} days moves them into another plan's
 * age band ({@code Memberships.ageBandChanges}), soonest first, so the front desk can tell the families: the patient,
 * the birthday and the age it brings, the plan now and the plan next, and the first month billed at the new plan's fee.
 * Read in the background each time the page is shown; a line opens the patient's chart. Confined to the FX thread;
 * needs no toolkit.
 */
public final class AgeBandChangesViewModel {
    /** How far ahead the list looks. */
    public static final int DAYS = 60;

    /** One change as the table shows it. */
    public record Row(UUID patientId, String patient, LocalDate birthday, String turns, String fromPlan, String toPlan, LocalDate billedFrom,
                      String firstMonth) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

    private final Session session;
    private final TaskExecutor executor;
    private final OpenChart chart;
    private final Clock clock;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final BooleanProperty reading = new SimpleBooleanProperty(false);
    private final StringProperty count = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private long ticket;

    public AgeBandChangesViewModel(Session session, TaskExecutor executor, OpenChart chart, Clock clock) {
        this.session = session;
        this.executor = executor;
        this.chart = chart;
        this.clock = clock;
    }

    /** Reads the changes coming from today, in the background. */
    public void load() {
        long mine = ++ticket;
        LocalDate today = LocalDate.now(clock.withZone(session.zone()));
        reading.set(true);
        failure.set("");
        executor.submit(() -> {
            List<AgeBandChange> changes = session.data().memberships().ageBandChanges(today, DAYS);
            Map<UUID, String> names = session.data().patients().displayNames(changes.stream().map(AgeBandChange::patientId).toList());
            return changes.stream().map(c -> row(c, names.getOrDefault(c.patientId(), "(patient not on this PC)"))).toList();
        }, read -> {
            if (mine != ticket) {
                return;
            }
            reading.set(false);
            rows.setAll(read);
            count.set(read.isEmpty() ? "" : read.size() == 1 ? "1 member changes plan in the next " + DAYS + " days"
                    : read.size() + " members change plan in the next " + DAYS + " days");
        }, e -> {
            if (mine != ticket) {
                return;
            }
            reading.set(false);
            failure.set("The age-band changes could not be read: " + SafeMessages.of(e));
        });
    }

    private static Row row(AgeBandChange c, String name) {
        int months = c.to().lowestMonth();
        String turns = months % 12 == 0 ? "turns " + months / 12 : "turns " + months + " months";
        String fromPlan = c.from() == null ? "No plan" : c.from().name();
        return new Row(c.patientId(), name, c.birthday(), turns, fromPlan, c.to().name(), c.billedFrom(),
                MONTH.format(c.billedFrom()) + ", " + Dollars.format(fee(c.to())) + "/month");
    }

    private static java.math.BigDecimal fee(MembershipPlan plan) {
        return plan.monthlyFee();
    }

    /** "Jan 14, 2027 (turns 2)". */
    public static String birthdayWords(Row row) {
        return DAY.format(row.birthday()) + " (" + row.turns() + ")";
    }

    /** Opens {@code row}'s patient's chart. */
    public void open(Row row) {
        if (row != null) {
            chart.open(row.patientId());
        }
    }

    public ObservableList<Row> rows() { return rows; }
    public ReadOnlyBooleanProperty readingProperty() { return reading; }
    public ReadOnlyStringProperty countProperty() { return count; }
    public ReadOnlyStringProperty failureProperty() { return failure; }
}
