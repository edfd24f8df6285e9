package com.starlightdesk.app.chart.immunizations;

import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.Delays;
import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.data.codes.ImmunizationCodes;
import com.starlightdesk.data.codes.VaccineCode;
import com.starlightdesk.data.domain.DoseErrorReason;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.ImmunizationObservation;
import com.starlightdesk.data.domain.ImmunizationRecord;
import com.starlightdesk.data.domain.ImmunizationSource;
import com.starlightdesk.data.domain.InjectionSite;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.domain.VaccineRoute;
import com.starlightdesk.data.repo.Immunizations;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The chart's Immunizations section: the patient's doses newest first (those entered in error struck through, with
 * why), the refusals and schedule observations, and one form that records a dose given today (the practice's last
 * lot of the vaccine not expired filled in, with its manufacturer, expiry, route, site and volume), corrects a dose,
 * marks one entered in error with a reason, or takes historical doses as rows of vaccine and date typed one after the
 * other with the source's name, saved all or none. Vaccines are picked from a list ({@link VaccinePickerViewModel}).
 * Whether the dose would count is shown as the vaccine and day are chosen ({@link DoseValidity}); a dose given here
 * (or its correction) that would not count is saved only once the warning with the schedule's reasons is confirmed,
 * while a historical row that would not count is flagged in its row and saved. The rules are the data layer's
 * ({@link Immunizations}); a broken one is shown at its field (a history row's at that row). The record is read in the background when the chart opens
 * or changes. Confined to the FX thread; needs no toolkit.
 */
public final class ImmunizationsViewModel {
    /** What the form is doing. */
    public enum Mode { CLOSED, GIVE, EDIT, ERROR, HISTORY }

    /**
     * One historical dose as typed: the vaccine picked from its pick list (its CVX code), the day (M/D/YYYY), and
     * what the schedule makes of it (flagged when it would not count; it is saved all the same).
     */
    public static final class HistoryRow {
        private final StringProperty cvx = new SimpleStringProperty("");
        private final StringProperty givenOn = new SimpleStringProperty("");
        private final ObjectProperty<DoseValidity.Verdict> verdict = new SimpleObjectProperty<>();
        private final VaccinePickerViewModel picker;

        HistoryRow(ImmunizationCodes codes, TaskExecutor executor) {
            picker = new VaccinePickerViewModel(codes, executor, code -> cvx.set(code.cvx()));
        }

        public StringProperty cvxProperty() { return cvx; }
        public StringProperty givenOnProperty() { return givenOn; }
        /** The vaccine's pick list (a pick sets the CVX code). */
        public VaccinePickerViewModel picker() { return picker; }
        /** The schedule's answer for the row as typed; null while it has none. */
        public ReadOnlyObjectProperty<DoseValidity.Verdict> verdictProperty() { return verdict; }
    }

    /** How a day is typed in the history rows. */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US);
    /** How a day is shown, as in the chart's other sections. */
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);
    private static final Pattern ROW_FIELD = Pattern.compile("^doses\\[(\\d+)]\\.(\\w+)$");
    /** The form's fields by the domain's names. */
    private static final Map<String, String> FIELDS = Map.of("lotNumber", "lot", "visGivenOn", "visEdition");
    private static final java.util.Set<String> FORM_FIELDS = java.util.Set.of("cvx", "givenOn", "lot", "mvx", "expiresOn", "site", "route",
            "doseMl", "visEdition", "sourceName", "errorReason", "errorNote");

    private final OpenChart chart;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ImmunizationCodes codes = ImmunizationCodes.bundled();
    private final DoseValidity validity;
    private final VaccinePickerViewModel picker;

    private final ObservableList<Immunization> doses = FXCollections.observableArrayList();
    private final ObservableList<ImmunizationObservation> observations = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.CLOSED);
    private final ObjectProperty<Immunization> editing = new SimpleObjectProperty<>();
    private final StringProperty formTitle = new SimpleStringProperty("");
    private final StringProperty cvx = new SimpleStringProperty("");
    private final StringProperty vaccineName = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> givenOn = new SimpleObjectProperty<>();
    private final StringProperty lot = new SimpleStringProperty("");
    private final StringProperty mvx = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> expiresOn = new SimpleObjectProperty<>();
    private final ObjectProperty<InjectionSite> site = new SimpleObjectProperty<>();
    private final ObjectProperty<VaccineRoute> route = new SimpleObjectProperty<>();
    private final StringProperty doseMl = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> visEdition = new SimpleObjectProperty<>();
    private final StringProperty sourceName = new SimpleStringProperty("");
    private final ObjectProperty<DoseErrorReason> errorReason = new SimpleObjectProperty<>();
    private final StringProperty errorNote = new SimpleStringProperty("");
    private final ObservableList<HistoryRow> historyRows = FXCollections.observableArrayList();
    private final StringProperty done = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty confirming = new SimpleBooleanProperty(false);
    private final ObservableList<String> warning = FXCollections.observableArrayList();
    private final ObservableList<String> shownWarning = FXCollections.unmodifiableObservableList(warning);
    private final FieldErrors errors = new FieldErrors();
    private Runnable confirmed = () -> { };
    private long reading;

    public ImmunizationsViewModel(OpenChart chart, TaskExecutor executor, Delays delays, Clock clock) {
        this.chart = chart;
        this.executor = executor;
        this.clock = clock;
        this.validity = new DoseValidity(chart, executor, delays, clock);
        this.picker = new VaccinePickerViewModel(codes, executor, code -> {
            errors.set("cvx", "");
            cvx.set(code.cvx());
        });
        chart.revisionProperty().addListener((obs, old, now) -> read());
        chart.patientProperty().addListener((obs, old, now) -> {
            cancel();
            done.set("");
            failure.set("");
            doses.clear();
            observations.clear();
            read();
        });
        cvx.addListener((obs, old, now) -> vaccineChosen(now));
        cvx.addListener((obs, old, now) -> watchDose());
        givenOn.addListener((obs, old, now) -> watchDose());
        read();
    }

    /** The form's vaccine or day changed: the schedule's answer for the dose follows (a moment later). */
    private void watchDose() {
        Mode now = mode.get();
        if (now == Mode.GIVE || now == Mode.EDIT) {
            leaveWarning();
            validity.watch(cvx.get(), givenOn.get(), editing.get() == null ? null : editing.get().id());
        }
    }

    /** A historical row changed: the schedule's answer for each row follows (a moment later). */
    private void watchRows() {
        List<HistoryRow> rows = List.copyOf(historyRows);
        List<DoseValidity.Row> typed = new ArrayList<>();
        for (HistoryRow row : rows) {
            LocalDate day = null;
            try {
                day = LocalDate.parse(row.givenOn.get().strip(), DAY);
            } catch (DateTimeParseException e) {
                // not a day yet: the row has no answer
            }
            typed.add(new DoseValidity.Row(row.cvx.get().strip(), day));
        }
        rows.forEach(r -> r.verdict.set(null));
        validity.watchRows(typed, verdicts -> {
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).verdict.set(verdicts.get(i));
            }
        });
    }

    private void read() {
        UUID patientId = chart.patientProperty().get();
        if (patientId == null) {
            summary.set("");
            return;
        }
        long ticket = ++reading;
        executor.submit(() -> chart.session().data().immunizations().of(patientId), record -> {
            if (ticket == reading && patientId.equals(chart.patientProperty().get())) {
                show(record);
            }
        }, e -> failure.set(SafeMessages.of(e)));
    }

    private void show(ImmunizationRecord record) {
        doses.setAll(record.doses());
        observations.setAll(record.observations());
        int valid = record.validDoses().size();
        summary.set(valid == 0 ? "No doses recorded" : valid == 1 ? "1 dose recorded" : valid + " doses recorded");
    }

    /** Opens the form for a dose given today. */
    public void startGive() {
        clearNews();
        editing.set(null);
        formTitle.set("Record a dose given today");
        mode.set(Mode.GIVE);
        fill(null);
        givenOn.set(today());
        route.set(VaccineRoute.INTRAMUSCULAR);
    }

    /** Fills the form with a dose (not entered in error) to correct it. */
    public void startEdit(Immunization dose) {
        if (dose == null || dose.isEnteredInError()) {
            return;
        }
        clearNews();
        editing.set(dose);
        formTitle.set("Correct " + vaccineLabel(dose.cvx()) + " of " + SHOWN.format(dose.givenOn()));
        mode.set(Mode.EDIT);
        fill(dose);
        watchDose();
    }

    /** Opens the form to mark a dose entered in error: a reason, and a note for 'other'. */
    public void startEnteredInError(Immunization dose) {
        if (dose == null || dose.isEnteredInError()) {
            return;
        }
        clearNews();
        editing.set(dose);
        formTitle.set("Entered in error: " + vaccineLabel(dose.cvx()) + " of " + SHOWN.format(dose.givenOn()));
        errorReason.set(null);
        errorNote.set("");
        mode.set(Mode.ERROR);
    }

    /** Opens the historical doses' rows (one empty row to start), for a record from a prior clinic or a registry. */
    public void startHistory() {
        clearNews();
        editing.set(null);
        formTitle.set("Historical doses");
        sourceName.set("");
        historyRows.setAll(newRow());
        mode.set(Mode.HISTORY);
    }

    /** Another row for the next historical dose. */
    public HistoryRow addHistoryRow() {
        HistoryRow row = newRow();
        historyRows.add(row);
        return row;
    }

    private HistoryRow newRow() {
        HistoryRow row = new HistoryRow(codes, executor);
        row.cvx.addListener((obs, old, now) -> watchRows());
        row.givenOn.addListener((obs, old, now) -> watchRows());
        return row;
    }

    /** Closes the form without saving. */
    public void cancel() {
        errors.clear();
        leaveWarning();
        validity.clear();
        picker.clear();
        editing.set(null);
        mode.set(Mode.CLOSED);
    }

    /** The warning's "Save anyway": saves the dose that would not count, as the nurse confirmed. */
    public void saveAnyway() {
        if (confirming.get()) {
            Runnable save = confirmed;
            leaveWarning();
            save.run();
        }
    }

    /** The warning's "Go back": the form stays as it is, unsaved. */
    public void goBack() {
        leaveWarning();
    }

    private void leaveWarning() {
        confirming.set(false);
        warning.clear();
        confirmed = () -> { };
    }

    /** Saves what the form holds. */
    public void save() {
        UUID patientId = chart.patientProperty().get();
        Mode now = mode.get();
        if (patientId == null || now == Mode.CLOSED || busy.get() || confirming.get()) {
            return;
        }
        clearNews();
        switch (now) {
            case ERROR -> saveEnteredInError();
            case HISTORY -> saveHistory(patientId);
            default -> saveDose(patientId, now);
        }
    }

    private void saveEnteredInError() {
        Immunization dose = editing.get();
        if (errorReason.get() == null) {
            errors.set("errorReason", "Choose why the dose was entered in error");
            return;
        }
        DoseErrorReason why = errorReason.get();
        String note = errorNote.get();
        write(list -> list.markEnteredInError(dose.id(), why, note),
                saved -> vaccineLabel(saved.cvx()) + " of " + SHOWN.format(saved.givenOn()) + " is marked entered in error; it stays on the chart.");
    }

    private void saveDose(UUID patientId, Mode now) {
        Immunization open = editing.get();
        boolean historical = open != null && open.source() == ImmunizationSource.HISTORICAL;
        BigDecimal volume = null;
        if (doseMl.get() != null && !doseMl.get().isBlank()) {
            try {
                volume = new BigDecimal(doseMl.get().strip());
            } catch (NumberFormatException e) {
                errors.set("doseMl", "Enter the volume in mL, e.g. 0.5");
                return;
            }
        }
        if (givenOn.get() == null) {
            errors.set("givenOn", "Enter the day it was given (M/D/YYYY)");
            return;
        }
        if (cvx.get().isBlank() && !picker.queryProperty().get().isBlank()) {
            errors.set("cvx", "Pick one of the listed vaccines (Enter picks the highlighted one)");
            return;
        }
        Immunization dose;
        try {
            dose = new Immunization(open == null ? Ids.next() : open.id(), patientId, cvx.get(), givenOn.get(),
                    historical ? ImmunizationSource.HISTORICAL : ImmunizationSource.GIVEN_HERE, historical ? sourceName.get() : null,
                    lot.get(), mvx.get(), expiresOn.get(), site.get(), route.get(), volume, visEdition.get(),
                    visEdition.get() == null ? null : open == null ? givenOn.get() : open.visGivenOn() == null ? givenOn.get() : open.visGivenOn(),
                    open == null ? chart.session().user().id() : open.administeredBy(), open == null ? null : open.appointmentId(),
                    null, null, null);
        } catch (ValidationException e) {
            failed(e);
            return;
        }
        Runnable save = now == Mode.GIVE
                ? () -> write(list -> list.give(dose), saved -> vaccineLabel(saved.cvx()) + " is recorded, lot " + saved.lotNumber() + ".")
                : () -> write(list -> list.correct(dose), saved -> "Saved " + vaccineLabel(saved.cvx()) + " of " + SHOWN.format(saved.givenOn()) + ".");
        if (historical) {
            save.run(); // a paper record holds what happened: its answer is shown, not asked about
            return;
        }
        busy.set(true);
        validity.decide(dose.cvx(), dose.givenOn(), open == null ? null : open.id(), verdict -> {
            busy.set(false);
            if (mode.get() != now) {
                return;
            }
            if (verdict.counts()) {
                save.run();
            } else {
                warning.setAll(verdict.reasons());
                confirmed = save;
                confirming.set(true);
            }
        });
    }

    private void saveHistory(UUID patientId) {
        List<Immunization> batch = new ArrayList<>();
        List<HistoryRow> rows = historyRows.stream()
                .filter(r -> !r.cvx.get().isBlank() || !r.givenOn.get().isBlank() || !r.picker.queryProperty().get().isBlank()).toList();
        if (rows.isEmpty()) {
            errors.set("history-0-cvx", "Pick a vaccine and enter the day it was given");
            return;
        }
        if (sourceName.get() == null || sourceName.get().isBlank()) {
            errors.set("sourceName", "Name where these doses were recorded: a prior clinic, the state registry…");
        }
        for (int i = 0; i < rows.size(); i++) {
            HistoryRow row = rows.get(i);
            int at = historyRows.indexOf(row);
            if (row.cvx.get().isBlank() && !row.picker.queryProperty().get().isBlank()) {
                errors.set("history-" + at + "-cvx", "Pick one of the listed vaccines (Enter picks the highlighted one)");
            }
            LocalDate day = null;
            try {
                day = LocalDate.parse(row.givenOn.get().strip(), DAY);
            } catch (DateTimeParseException e) {
                errors.set("history-" + at + "-givenOn", "Enter the day as M/D/YYYY");
            }
            try {
                if (day != null && !row.cvx.get().isBlank()) {
                    batch.add(new Immunization(Ids.next(), patientId, row.cvx.get(), day, ImmunizationSource.HISTORICAL,
                            sourceName.get() == null || sourceName.get().isBlank() ? "-" : sourceName.get(), null, null, null, null, null,
                            null, null, null, null, null, null, null, null));
                } else if (!row.cvx.get().isBlank() || row.picker.queryProperty().get().isBlank()) {
                    Immunization.cvx("cvx", row.cvx.get());
                }
            } catch (ValidationException e) {
                errors.set("history-" + at + "-" + e.field(), capitalize(rule(e)));
            }
        }
        if (!errors.isEmpty()) {
            return;
        }
        List<HistoryRow> typed = rows;
        busy.set(true);
        executor.submit(() -> chart.session().data().immunizations().recordHistory(patientId, batch), saved -> {
            busy.set(false);
            cancel();
            done.set(saved.size() == 1 ? "1 historical dose is recorded." : saved.size() + " historical doses are recorded.");
            chart.changed();
        }, e -> {
            busy.set(false);
            Matcher m = e instanceof ValidationException v ? ROW_FIELD.matcher(v.field()) : null;
            if (m != null && m.matches()) {
                int at = historyRows.indexOf(typed.get(Integer.parseInt(m.group(1))));
                String field = m.group(2).equals("cvx") ? "cvx" : m.group(2).equals("sourceName") ? null : "givenOn";
                String rule = capitalize(((ValidationException) e).getMessage().substring(m.group(0).length() + 2));
                if (field == null) {
                    errors.set("sourceName", rule);
                } else {
                    errors.set("history-" + at + "-" + field, rule);
                }
            } else {
                failed(e);
            }
        });
    }

    private void write(Function<Immunizations, Immunization> work, Function<Immunization, String> news) {
        busy.set(true);
        executor.submit(() -> work.apply(chart.session().data().immunizations()), saved -> {
            busy.set(false);
            cancel();
            done.set(news.apply(saved));
            chart.changed();
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (e instanceof ValidationException v && mode.get() != Mode.CLOSED && FORM_FIELDS.contains(FIELDS.getOrDefault(v.field(), v.field()))) {
            errors.set(v, FIELDS);
        } else {
            failure.set(SafeMessages.of(e));
        }
    }

    /** A vaccine typed in the form: its name, and for a dose given today the practice's last lot of it not expired. */
    private void vaccineChosen(String typed) {
        String code = typed == null ? "" : typed.strip();
        Optional<VaccineCode> known = codes.vaccine(code);
        vaccineName.set(known.map(VaccineCode::shortDescription).orElse(code.isEmpty() ? "" : "Not a CVX code of CDC's list"));
        if (mode.get() != Mode.GIVE || known.isEmpty()) {
            return;
        }
        codes.usualDoseMl(code).ifPresent(ml -> doseMl.set(ml.toPlainString()));
        executor.submit(() -> chart.session().data().immunizations().lastLot(code), last -> {
            if (mode.get() != Mode.GIVE || !code.equals(cvx.get().strip()) || last.isEmpty()) {
                return;
            }
            Immunization previous = last.get();
            lot.set(previous.lotNumber());
            mvx.set(previous.mvx());
            expiresOn.set(previous.expiresOn());
            route.set(previous.route());
            site.set(previous.site());
            doseMl.set(previous.doseMl().stripTrailingZeros().toPlainString());
            visEdition.set(previous.visEdition());
        }, e -> { });
    }

    private void fill(Immunization dose) {
        picker.clear();
        cvx.set(dose == null ? "" : dose.cvx());
        givenOn.set(dose == null ? null : dose.givenOn());
        lot.set(dose == null || dose.lotNumber() == null ? "" : dose.lotNumber());
        mvx.set(dose == null || dose.mvx() == null ? "" : dose.mvx());
        expiresOn.set(dose == null ? null : dose.expiresOn());
        site.set(dose == null ? null : dose.site());
        route.set(dose == null ? null : dose.route());
        doseMl.set(dose == null || dose.doseMl() == null ? "" : dose.doseMl().stripTrailingZeros().toPlainString());
        visEdition.set(dose == null ? null : dose.visEdition());
        sourceName.set(dose == null || dose.sourceName() == null ? "" : dose.sourceName());
    }

    private void clearNews() {
        errors.clear();
        done.set("");
        failure.set("");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(chart.session().zone()));
    }

    private static String rule(ValidationException e) {
        return e.getMessage().startsWith(e.field() + ": ") ? e.getMessage().substring(e.field().length() + 2) : e.getMessage();
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** {@code 20 DTaP}: the code and CDC's short description (the code alone if the list does not have it). */
    public String vaccineLabel(String code) {
        return codes.vaccine(code).map(VaccineCode::label).orElse(code);
    }

    /** Where a dose comes from, in words: "Given here" or the source's name. */
    public static String sourceLabel(Immunization dose) {
        return dose.source() == ImmunizationSource.GIVEN_HERE ? "Given here" : dose.sourceName();
    }

    /** A dose's state: empty when it counts, else "Entered in error (wrong patient): note". */
    public static String statusLabel(Immunization dose) {
        if (!dose.isEnteredInError()) {
            return "";
        }
        return "Entered in error (" + dose.errorReason().label().toLowerCase(Locale.ROOT) + ")" + (dose.errorNote() == null ? "" : ": " + dose.errorNote());
    }

    /** An observation in words: "Refusal · Influenza · 11/14/2026: note", "Immunity · 024 … · 10/2/2018". */
    public String describe(ImmunizationObservation o) {
        StringBuilder text = new StringBuilder(o.kind().label());
        if (o.observationCode() != null) {
            text.append(" · ").append(codes.observation(o.observationCode()).map(c -> c.label()).orElse(o.observationCode()));
        }
        if (o.vaccineGroup() != null) {
            text.append(" · ").append(o.vaccineGroup());
        }
        text.append(" · ").append(SHOWN.format(o.observedOn()));
        if (o.note() != null) {
            text.append(": ").append(o.note());
        }
        if (o.isRemoved()) {
            text.append(" — removed (").append(o.removalReason().label().toLowerCase(Locale.ROOT)).append(')');
        }
        return text.toString();
    }

    /** The vaccines a dose given today may be (CDC status Active), for the form's list. */
    public List<String> activeVaccines() {
        return codes.activeVaccines().stream().map(VaccineCode::label).toList();
    }

    /** The form's vaccine pick list (a pick sets {@link #cvxProperty}). */
    public VaccinePickerViewModel picker() { return picker; }
    /** The schedule's answer for the form's dose as it stands (shown at once, a moment after it changes). */
    public DoseValidity validity() { return validity; }
    /** Whether the form asks to confirm a dose that would not count ("Save anyway" / "Go back"). */
    public ReadOnlyBooleanProperty confirmingProperty() { return confirming; }
    /** Why the dose would not count, in the schedule's words, while {@link #confirmingProperty} is set. */
    public ObservableList<String> warning() { return shownWarning; }
    public ObservableList<Immunization> doses() { return doses; }
    public ObservableList<ImmunizationObservation> observations() { return observations; }
    /** How many doses count: "12 doses recorded", or "No doses recorded". */
    public ReadOnlyStringProperty summaryProperty() { return summary; }
    public ReadOnlyObjectProperty<Mode> modeProperty() { return mode; }
    public ReadOnlyObjectProperty<Immunization> editingProperty() { return editing; }
    public ReadOnlyStringProperty formTitleProperty() { return formTitle; }
    public StringProperty cvxProperty() { return cvx; }
    /** CDC's short description of the vaccine typed, or that the code is not on the list. */
    public ReadOnlyStringProperty vaccineNameProperty() { return vaccineName; }
    public ObjectProperty<LocalDate> givenOnProperty() { return givenOn; }
    public StringProperty lotProperty() { return lot; }
    public StringProperty mvxProperty() { return mvx; }
    public ObjectProperty<LocalDate> expiresOnProperty() { return expiresOn; }
    public ObjectProperty<InjectionSite> siteProperty() { return site; }
    public ObjectProperty<VaccineRoute> routeProperty() { return route; }
    public StringProperty doseMlProperty() { return doseMl; }
    public ObjectProperty<LocalDate> visEditionProperty() { return visEdition; }
    public StringProperty sourceNameProperty() { return sourceName; }
    public ObjectProperty<DoseErrorReason> errorReasonProperty() { return errorReason; }
    public StringProperty errorNoteProperty() { return errorNote; }
    /** The historical doses' rows, in the order typed. */
    public ObservableList<HistoryRow> historyRows() { return historyRows; }
    public ReadOnlyStringProperty doneProperty() { return done; }
    public ReadOnlyStringProperty failureProperty() { return failure; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    /**
     * Messages at the fields: cvx, givenOn, lot, mvx, expiresOn, site, route, doseMl, visEdition, sourceName,
     * errorReason, errorNote, and history-i-cvx / history-i-givenOn for the i-th history row.
     */
    public FieldErrors errors() { return errors; }
}
