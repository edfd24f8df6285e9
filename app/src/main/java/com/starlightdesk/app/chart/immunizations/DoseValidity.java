package com.starlightdesk.app.chart.immunizations;

import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.Delays;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.data.codes.ImmunizationCodes;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.ImmunizationRecord;
import com.starlightdesk.data.domain.ImmunizationSource;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.immunization.ImmunizationStatus;
import com.starlightdesk.data.immunization.ImmunizationStatus.DoseCheck;
import com.starlightdesk.data.immunization.forecast.Forecaster;
import com.starlightdesk.data.repo.PracticeData;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Whether a dose being entered would count, as the schedule evaluates it
 * ({@link ImmunizationStatus#check}): for the form, once the vaccine and the day have stopped changing for a
 * moment ({@link #QUIET}); before saving, at once if the answer is not already there; for historical rows, each row
 * against the chart's doses and the other rows. The patient, the record and the forecaster are read in the
 * background; an answer for a vaccine or day changed since is dropped. Confined to the screen's thread; needs no
 * toolkit (tests hand in their own {@link Delays}).
 */
public final class DoseValidity {
    /** How long the vaccine and day stay unchanged before the form's dose is checked. */
    static final Duration QUIET = Duration.ofMillis(300);

    /** What the schedule makes of a dose. */
    public enum Outcome {
        /** Every antigen of the vaccine counts the dose. */
        VALID,
        /** At least one antigen does not count it: the reasons say why. */
        NOT_VALID,
        /** The schedule does not evaluate it (a vaccine it does not know, a day the chart refuses anyway). */
        NOT_EVALUATED
    }

    /** The answer for one dose: the vaccine and day it is for, the dose it replaces, and the schedule's reasons. */
    public record Verdict(String cvx, LocalDate givenOn, UUID replacing, Outcome outcome, List<String> reasons) {
        public Verdict {
            reasons = List.copyOf(reasons);
        }

        boolean isFor(String cvx, LocalDate givenOn, UUID replacing) {
            return this.cvx.equals(cvx) && this.givenOn.equals(givenOn) && Objects.equals(this.replacing, replacing);
        }

        /** Whether the dose may be saved without a question: it counts, or the schedule does not evaluate it. */
        public boolean counts() {
            return outcome != Outcome.NOT_VALID;
        }
    }

    /** A historical row as typed and read: its vaccine and day (either null when not usable yet). */
    public record Row(String cvx, LocalDate givenOn) {
    }

    private final OpenChart chart;
    private final TaskExecutor executor;
    private final Delays delays;
    private final Clock clock;
    private final ImmunizationCodes codes = ImmunizationCodes.bundled();

    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty checking = new SimpleBooleanProperty(false);
    private Runnable pending = () -> { };
    private long asked;
    private Runnable pendingRows = () -> { };
    private long askedRows;

    public DoseValidity(OpenChart chart, TaskExecutor executor, Delays delays, Clock clock) {
        this.chart = chart;
        this.executor = executor;
        this.delays = delays;
        this.clock = clock;
    }

    /**
     * The form's vaccine or day changed: checks the dose once they have stayed put for {@link #QUIET}. A code not
     * on CDC's list or no day clears the answer.
     */
    public void watch(String cvx, LocalDate givenOn, UUID replacing) {
        pending.run();
        asked++;
        verdict.set(null);
        if (!checkable(cvx, givenOn)) {
            checking.set(false);
            return;
        }
        checking.set(true);
        String code = cvx.strip();
        pending = delays.schedule(QUIET, () -> check(code, givenOn, replacing, v -> { }));
    }

    /**
     * The answer for the dose now, to decide whether to ask before saving: the one shown if it is for this dose,
     * else checked at once (a check that fails answers {@link Outcome#NOT_EVALUATED}: the chart's own rules still apply).
     */
    public void decide(String cvx, LocalDate givenOn, UUID replacing, Consumer<Verdict> then) {
        Verdict shown = verdict.get();
        if (!checkable(cvx, givenOn)) {
            then.accept(new Verdict(cvx == null ? "" : cvx, givenOn == null ? LocalDate.MIN : givenOn, replacing, Outcome.NOT_EVALUATED, List.of()));
            return;
        }
        if (shown != null && shown.isFor(cvx.strip(), givenOn, replacing)) {
            then.accept(shown);
            return;
        }
        pending.run();
        check(cvx.strip(), givenOn, replacing, then);
    }

    /** Stops any check on its way and forgets the answer (the form closed). */
    public void clear() {
        pending.run();
        pendingRows.run();
        asked++;
        askedRows++;
        checking.set(false);
        verdict.set(null);
    }

    /**
     * Checks historical rows once they have stayed put for {@link #QUIET}: each row as if added to the chart with the
     * other rows; {@code then} gets one verdict a row (null for a row without a known vaccine and a day).
     */
    public void watchRows(List<Row> rows, Consumer<List<Verdict>> then) {
        pendingRows.run();
        long ticket = ++askedRows;
        UUID patientId = chart.patientProperty().get();
        if (patientId == null) {
            return;
        }
        List<Row> typed = List.copyOf(rows);
        pendingRows = delays.schedule(QUIET, () -> executor.submit(() -> rowVerdicts(patientId, typed), found -> {
            if (ticket == askedRows) {
                then.accept(found);
            }
        }, e -> { }));
    }

    private void check(String cvx, LocalDate givenOn, UUID replacing, Consumer<Verdict> then) {
        long ticket = ++asked;
        UUID patientId = chart.patientProperty().get();
        if (patientId == null) {
            return;
        }
        checking.set(true);
        executor.submit(() -> {
            Situation at = situation(patientId);
            return verdict(at, at.record(), cvx, givenOn, replacing);
        }, found -> {
            if (ticket == asked) {
                checking.set(false);
                verdict.set(found);
            }
            then.accept(found);
        }, e -> {
            if (ticket == asked) {
                checking.set(false);
            }
            then.accept(new Verdict(cvx, givenOn, replacing, Outcome.NOT_EVALUATED, List.of()));
        });
    }

    /** The child, the chart's record and today, read together (in the background). */
    private record Situation(Patient patient, ImmunizationRecord record, LocalDate today, Forecaster forecaster) {
    }

    private Situation situation(UUID patientId) {
        PracticeData data = chart.session().data();
        Patient patient = data.patients().findById(patientId).orElseThrow(() -> new IllegalStateException("The patient is not on this desk"));
        return new Situation(patient, data.immunizations().of(patientId), LocalDate.now(clock.withZone(chart.session().zone())),
                Forecaster.shipped());
    }

    private static Verdict verdict(Situation at, ImmunizationRecord record, String cvx, LocalDate givenOn, UUID replacing) {
        if (givenOn.isBefore(at.patient().dateOfBirth()) || givenOn.isAfter(at.today())) {
            return new Verdict(cvx, givenOn, replacing, Outcome.NOT_EVALUATED, List.of());
        }
        DoseCheck check = ImmunizationStatus.check(at.forecaster(), at.patient().dateOfBirth(), at.patient().gender(), record, cvx,
                givenOn, replacing, at.today());
        if (check.evaluations().isEmpty()) {
            return new Verdict(cvx, givenOn, replacing, Outcome.NOT_EVALUATED, List.of());
        }
        return new Verdict(cvx, givenOn, replacing, check.isValid() ? Outcome.VALID : Outcome.NOT_VALID, check.problems());
    }

    private List<Verdict> rowVerdicts(UUID patientId, List<Row> rows) {
        Situation at = situation(patientId);
        List<Immunization> typed = new ArrayList<>();
        for (Row row : rows) {
            typed.add(usable(row) ? new Immunization(Ids.next(), patientId, row.cvx(), row.givenOn(), ImmunizationSource.HISTORICAL, "-",
                    null, null, null, null, null, null, null, null, null, null, null, null, null) : null);
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Immunization row = typed.get(i);
            if (row == null) {
                verdicts.add(null);
                continue;
            }
            List<Immunization> doses = new ArrayList<>(at.record().doses());
            for (Immunization other : typed) {
                if (other != null && other != row) {
                    doses.add(other);
                }
            }
            ImmunizationRecord with = new ImmunizationRecord(doses, at.record().observations());
            verdicts.add(verdict(at, with, row.cvx(), row.givenOn(), null));
        }
        return verdicts;
    }

    private boolean usable(Row row) {
        return checkable(row.cvx(), row.givenOn()) && !row.givenOn().isAfter(LocalDate.now(clock.withZone(chart.session().zone())));
    }

    private boolean checkable(String cvx, LocalDate givenOn) {
        return cvx != null && givenOn != null && codes.vaccine(cvx.strip()).isPresent();
    }

    /** The answer in words, for the line under the form's vaccine and day ("" for none). */
    public static String describe(Verdict verdict) {
        if (verdict == null) {
            return "";
        }
        return switch (verdict.outcome()) {
            case VALID -> "Valid: the dose counts on the schedule.";
            case NOT_VALID -> "Would not count: " + String.join("; ", verdict.reasons());
            case NOT_EVALUATED -> "The schedule does not evaluate this dose.";
        };
    }

    /** The answer for the form's dose as it now stands; null while there is none (nothing to check, or checking). */
    public ReadOnlyObjectProperty<Verdict> verdictProperty() { return verdict; }
    /** Whether a check of the form's dose is waiting or on its way. */
    public ReadOnlyBooleanProperty checkingProperty() { return checking; }
}
