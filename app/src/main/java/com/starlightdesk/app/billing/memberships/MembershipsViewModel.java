package com.starlightdesk.app.billing.memberships;

import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.Dollars;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.parts.FormNews;
import com.starlightdesk.app.parts.PatientPickerViewModel;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.billing.BillablePatient;
import com.starlightdesk.data.domain.Fields;
import com.starlightdesk.data.domain.MembershipChange;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Subscription;
import com.starlightdesk.data.domain.SubscriptionStatus;
import com.starlightdesk.data.domain.ValidationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import javafx.collections.transformation.FilteredList;

/**
 * Billing, Memberships: every membership of the practice (patient, plan, status, started, ended, monthly fee, the
 * patient's own fee marked), narrowed by status, plan and a name; the chosen one's history; and the forms that change
 * memberships through {@code Memberships}: enrol a patient (picked with the patient picker; the plan the child's age
 * calls for on the start day is proposed, another plan needs a reason), pause from a day, resume on a day, cancel
 * with the last day billed and a reason, and the patient's own monthly fee from a day. Each bad value is named at its
 * field and nothing is written; every read and write runs in the background. Confined to the FX thread; needs no
 * toolkit.
 */
public final class MembershipsViewModel {
    /** The form open beside the list, if any. */
    public enum Form { NONE, ENROL, PAUSE, RESUME, CANCEL, FEE }

    /** A status to filter by; null status: any. */
    public record StatusChoice(SubscriptionStatus status, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A plan to filter by; null id: any. */
    public record PlanChoice(UUID id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** One membership as the list shows it. */
    public record Row(Subscription membership, String patient, String plan, BigDecimal fee, boolean ownFee) {
        public UUID patientId() {
            return membership.patientId();
        }

        public SubscriptionStatus status() {
            return membership.status();
        }
    }

    public static final StatusChoice ANY_STATUS = new StatusChoice(null, "Any status");
    public static final PlanChoice ANY_PLAN = new PlanChoice(null, "Any plan");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
    /** The data layer's names of the forms' fields, mapped to the form's. */
    private static final Map<String, String> FIELDS = Map.of("startedAt", "day", "pausedFrom", "day", "resumedOn", "day",
            "endedAt", "day", "from", "day", "feeOverride", "amount", "planId", "plan");

    private final Session session;
    private final TaskExecutor executor;
    private final Clock clock;

    private final ObservableList<Row> all = FXCollections.observableArrayList();
    private final FilteredList<Row> shown = new FilteredList<>(all);
    private final ObservableList<StatusChoice> statuses = FXCollections.observableArrayList(ANY_STATUS,
            new StatusChoice(SubscriptionStatus.ACTIVE, "Active"), new StatusChoice(SubscriptionStatus.PAUSED, "Paused"),
            new StatusChoice(SubscriptionStatus.CANCELLED, "Cancelled"));
    private final ObjectProperty<StatusChoice> status = new SimpleObjectProperty<>(ANY_STATUS);
    private final ObservableList<PlanChoice> planChoices = FXCollections.observableArrayList(ANY_PLAN);
    private final ObjectProperty<PlanChoice> planFilter = new SimpleObjectProperty<>(ANY_PLAN);
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty count = new SimpleStringProperty("");
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);

    private final ObjectProperty<Row> chosen = new SimpleObjectProperty<>();
    private final ObservableList<String> history = FXCollections.observableArrayList();

    private final ObjectProperty<Form> form = new SimpleObjectProperty<>(Form.NONE);
    private final ObservableList<MembershipPlan> activePlans = FXCollections.observableArrayList();
    private final PatientPickerViewModel patientPicker;
    private final ObjectProperty<Patient> patient = new SimpleObjectProperty<>();
    private final ObjectProperty<MembershipPlan> plan = new SimpleObjectProperty<>();
    private final ObjectProperty<MembershipPlan> proposed = new SimpleObjectProperty<>();
    private final StringProperty proposal = new SimpleStringProperty("");
    private final StringProperty planReason = new SimpleStringProperty("");
    private final StringProperty day = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final FormNews news = new FormNews(FIELDS);
    private final FieldErrors errors = news.errors();
    private final BooleanBinding otherPlan = Bindings.createBooleanBinding(
            () -> plan.get() != null && (proposed.get() == null || !proposed.get().id().equals(plan.get().id())), plan, proposed);
    private List<MembershipPlan> plans = List.of();
    private long proposing;
    private long reading;

    public MembershipsViewModel(Session session, TaskExecutor executor, Clock clock) {
        this.session = session;
        this.executor = executor;
        this.clock = clock;
        this.patientPicker = new PatientPickerViewModel(session.data(), executor, picked -> {
            patient.set(picked);
            errors.set("patient", "");
            propose();
        });
        for (Observable filter : List.<Observable>of(status, planFilter, text)) {
            filter.addListener(o -> filter());
        }
        day.addListener((obs, old, now) -> {
            if (form.get() == Form.ENROL) {
                propose();
            }
        });
        chosen.addListener((obs, old, now) -> {
            if (form.get() != Form.ENROL) {
                form.set(Form.NONE);
            }
            readHistory();
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(session.zone()));
    }

    /** Reads every membership, the plans and the names, in the background; the chosen membership stays chosen. */
    public void load() {
        executor.submit(this::read, this::show, news::failed);
    }

    private record Read(List<Row> rows, List<MembershipPlan> plans) {
    }

    private Read read() {
        var billing = session.data().billing();
        List<MembershipPlan> read = billing.plans();
        List<Subscription> memberships = new ArrayList<>();
        for (SubscriptionStatus s : SubscriptionStatus.values()) {
            memberships.addAll(billing.subscriptionsByStatus(s.code()));
        }
        Set<UUID> people = memberships.stream().map(Subscription::patientId).collect(Collectors.toCollection(HashSet::new));
        Map<UUID, String> names = session.data().patients().displayNames(people);
        Map<UUID, BigDecimal> ownFees = new java.util.HashMap<>();
        for (BillablePatient p : billing.billablePatients(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31))) {
            if (p.feeOverride() != null) {
                ownFees.put(p.id(), p.feeOverride());
            }
        }
        Map<UUID, MembershipPlan> byId = read.stream().collect(Collectors.toMap(MembershipPlan::id, Function.identity()));
        List<Row> rows = new ArrayList<>();
        for (Subscription m : memberships) {
            MembershipPlan p = byId.get(m.planId());
            BigDecimal own = ownFees.get(m.patientId());
            rows.add(new Row(m, names.getOrDefault(m.patientId(), "(patient not on this PC)"), p == null ? "" : p.name(),
                    own != null ? own : p == null ? null : p.monthlyFee(), own != null));
        }
        rows.sort(Comparator.comparing(Row::patient, String.CASE_INSENSITIVE_ORDER).thenComparing(r -> r.membership().startedAt(),
                Comparator.reverseOrder()));
        return new Read(rows, read);
    }

    private void show(Read read) {
        UUID keep = chosen.get() == null ? null : chosen.get().membership().id();
        plans = read.plans();
        all.setAll(read.rows());
        List<PlanChoice> choices = new ArrayList<>(List.of(ANY_PLAN));
        plans.forEach(p -> choices.add(new PlanChoice(p.id(), p.name())));
        PlanChoice wanted = planFilter.get();
        planChoices.setAll(choices);
        planFilter.set(choices.stream().filter(c -> c.equals(wanted)).findFirst().orElse(ANY_PLAN));
        activePlans.setAll(plans.stream().filter(MembershipPlan::isActive).toList());
        loaded.set(true);
        filter();
        Row again = keep == null ? null : all.stream().filter(r -> r.membership().id().equals(keep)).findFirst().orElse(null);
        if (again != null) {
            chosen.set(again);
        }
    }

    private void filter() {
        StatusChoice s = status.get();
        PlanChoice p = planFilter.get();
        String words = text.get() == null ? "" : text.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(r -> (s == null || s.status() == null || r.status() == s.status())
                && (p == null || p.id() == null || p.id().equals(r.membership().planId()))
                && (words.isEmpty() || r.patient().toLowerCase(Locale.ROOT).contains(words)));
        int n = shown.size();
        count.set(n == all.size() ? n + (n == 1 ? " membership" : " memberships") : n + " of " + all.size() + " memberships");
    }

    /** Chooses {@code row} (or none): its history is read and the actions act on it. */
    public void choose(Row row) {
        chosen.set(row);
    }

    private void readHistory() {
        Row row = chosen.get();
        long mine = ++reading;
        history.clear();
        if (row == null) {
            return;
        }
        Map<UUID, String> planNames = plans.stream().collect(Collectors.toMap(MembershipPlan::id, MembershipPlan::name));
        executor.submit(() -> session.data().memberships().history(row.patientId()), read -> {
            if (mine == reading) {
                history.setAll(read.stream().filter(c -> c.subscriptionId().equals(row.membership().id()))
                        .map(c -> historyLine(c, planNames)).toList());
            }
        }, e -> {
            if (mine == reading) {
                history.setAll(List.of("The history could not be read: " + SafeMessages.of(e)));
            }
        });
    }

    /** "Dec 1, 2026 · Enrolled in Orion", "Nov 1, 2026 · Paused: travelling abroad". */
    static String historyLine(MembershipChange c, Map<UUID, String> planNames) {
        String on = DAY.format(c.effectiveOn()) + " · ";
        String why = c.reason() == null ? "" : ": " + c.reason();
        return on + switch (c.kind()) {
            case ENROLLED -> "Enrolled in " + planNames.getOrDefault(c.planId(), "a plan") + why;
            case PAUSED -> "Paused" + why;
            case RESUMED -> "Resumed" + why;
            case CANCELLED -> "Cancelled (last day billed)" + why;
            case PLAN_CHANGED -> "Moved to " + planNames.getOrDefault(c.planId(), "another plan") + why;
            case FEE_CHANGED -> (c.feeOverride() == null ? "Back to the plan's fee" : "Own fee " + Dollars.format(c.feeOverride()) + "/month")
                    + why;
        };
    }

    // ---- the forms

    /** Opens the enrol form: no patient yet, starting today. */
    public void startEnrol() {
        open(Form.ENROL);
        patient.set(null);
        patientPicker.clear();
        plan.set(null);
        proposed.set(null);
        proposal.set("Pick a patient: the plan their age calls for is proposed.");
        planReason.set("");
        day.set(TYPED.format(today()));
    }

    /** Opens the pause form for the chosen membership, from today. */
    public void startPause() {
        openFor(Form.PAUSE, TYPED.format(today()));
    }

    /** Opens the resume form for the chosen membership, on today. */
    public void startResume() {
        openFor(Form.RESUME, TYPED.format(today()));
    }

    /** Opens the cancel form for the chosen membership, its last day billed the end of this month. */
    public void startCancel() {
        openFor(Form.CANCEL, TYPED.format(today().withDayOfMonth(today().lengthOfMonth())));
    }

    /** Opens the own-fee form for the chosen membership's patient, from the first of next month. */
    public void startFee() {
        openFor(Form.FEE, TYPED.format(today().withDayOfMonth(1).plusMonths(1)));
        Row row = chosen.get();
        amount.set(row != null && row.ownFee() ? Dollars.format(row.fee()).replace("$", "") : "");
    }

    private void openFor(Form which, String startDay) {
        if (chosen.get() == null) {
            news.clear();
            news.refused("Choose a membership in the list first");
            return;
        }
        open(which);
        day.set(startDay);
    }

    private void open(Form which) {
        errors.clear();
        news.clear();
        reason.set("");
        amount.set("");
        form.set(which);
    }

    /** Closes the open form, writing nothing. */
    public void closeForm() {
        errors.clear();
        form.set(Form.NONE);
    }

    /** Proposes the plan the picked patient's age calls for on the start day, in the background. */
    private void propose() {
        Patient picked = patient.get();
        LocalDate start = parseQuietly(day.get());
        if (picked == null || start == null) {
            return;
        }
        long mine = ++proposing;
        executor.submit(() -> session.data().memberships().proposedPlan(picked.id(), start), found -> {
            if (mine != proposing) {
                return;
            }
            MembershipPlan was = proposed.get();
            proposed.set(found.orElse(null));
            proposal.set(found.map(p -> "Proposed for the child's age on " + DAY.format(start) + ": " + p.name() + ", "
                    + Dollars.format(p.monthlyFee()) + "/month.").orElse("No active plan covers the child's age on " + DAY.format(start)
                    + ": choose a plan and say why."));
            // Follow the age's plan unless another was chosen on purpose.
            if (plan.get() == null || was != null && plan.get().id().equals(was.id())) {
                plan.set(found.orElse(null));
            }
        }, e -> proposal.set("The plan for the child's age could not be worked out: " + SafeMessages.of(e)));
    }

    /** Saves the open form; bad values are named at their fields and nothing is written. */
    public void save() {
        errors.clear();
        news.clear();
        if (!session.permissions().canBill()) {
            news.refused("Only front desk staff and admins change memberships");
            return;
        }
        switch (form.get()) {
            case ENROL -> enrol();
            case PAUSE -> change(m -> session.data().memberships().pause(m.id(), parsed(), reason.get()), "Paused from ");
            case RESUME -> change(m -> session.data().memberships().resume(m.id(), parsed()), "Resumed on ");
            case CANCEL -> change(m -> session.data().memberships().cancel(m.id(), parsed(), reason.get()), "Cancelled; last day billed ");
            case FEE -> fee();
            case NONE -> { }
        }
    }

    private void enrol() {
        Patient picked = patient.get();
        if (picked == null) {
            errors.set("patient", "Pick the patient to enrol");
        }
        LocalDate start = date(day.get());
        if (plan.get() == null) {
            errors.set("plan", "Choose a plan");
        }
        if (otherPlan.get() && planReason.get().isBlank()) {
            errors.set("planReason", proposed.get() == null ? "Say why: no plan covers the child's age"
                    : "Say why not " + proposed.get().name() + ", the plan for the child's age");
        }
        if (!errors.isEmpty()) {
            return;
        }
        UUID planId = plan.get().id();
        String why = otherPlan.get() ? planReason.get() : null;
        news.working();
        executor.submit(() -> session.data().memberships().enrol(picked.id(), planId, start, why), saved -> {
            news.done(picked.firstName() + " " + picked.lastName() + " is enrolled in " + plan.get().name() + " from " + DAY.format(start) + ".");
            form.set(Form.NONE);
            session.changes().changed();
            chosen.set(null);
            executor.submit(this::read, read -> {
                show(read);
                all.stream().filter(r -> r.membership().id().equals(saved.id())).findFirst().ifPresent(chosen::set);
            }, news::failed);
        }, news::failed);
    }

    private void change(java.util.function.Function<Subscription, Subscription> write, String said) {
        Row row = chosen.get();
        LocalDate on = date(day.get());
        if (form.get() == Form.CANCEL && reason.get().isBlank()) {
            errors.set("reason", "Say why the membership ends");
        }
        if (row == null || !errors.isEmpty()) {
            return;
        }
        news.working();
        executor.submit(() -> write.apply(row.membership()), saved -> done(row.patient() + ": " + said + DAY.format(on) + "."), news::failed);
    }

    private void fee() {
        Row row = chosen.get();
        LocalDate from = date(day.get());
        BigDecimal monthly = null;
        String typed = amount.get() == null ? "" : amount.get().strip();
        if (!typed.isEmpty()) {
            try {
                monthly = Fields.optionalMoney("amount", Dollars.parse("amount", typed));
            } catch (ValidationException e) {
                errors.set(e, FIELDS);
            }
        }
        if (row == null || !errors.isEmpty()) {
            return;
        }
        BigDecimal fee = monthly;
        news.working();
        executor.submit(() -> session.data().memberships().setFeeOverride(row.patientId(), fee, from, reason.get()),
                saved -> done(row.patient() + (fee == null ? ": back to the plan's fee" : ": own fee " + Dollars.format(fee) + "/month")
                        + " from " + DAY.format(from) + "."), news::failed);
    }

    private void done(String message) {
        news.done(message);
        form.set(Form.NONE);
        session.changes().changed();
        load();
    }

    /** The typed day, or null with the day's field named. */
    private LocalDate date(String typed) {
        LocalDate parsed = parseQuietly(typed);
        if (parsed == null) {
            errors.set("day", typed == null || typed.isBlank() ? "Type a date as M/D/YYYY" : "Not a date: type it as M/D/YYYY");
        }
        return parsed;
    }

    private LocalDate parsed() {
        return parseQuietly(day.get());
    }

    private static LocalDate parseQuietly(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip(), TYPED);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** "Dec 1, 2026". */
    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public ObservableList<Row> memberships() { return shown; }
    public ObservableList<StatusChoice> statuses() { return statuses; }
    public ObjectProperty<StatusChoice> statusProperty() { return status; }
    public ObservableList<PlanChoice> planChoices() { return planChoices; }
    public ObjectProperty<PlanChoice> planFilterProperty() { return planFilter; }
    public StringProperty textProperty() { return text; }
    public ReadOnlyStringProperty countProperty() { return count; }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded; }
    public ReadOnlyObjectProperty<Row> chosenProperty() { return chosen; }
    public ObservableList<String> history() { return history; }
    public ReadOnlyObjectProperty<Form> formProperty() { return form; }
    public ObservableList<MembershipPlan> activePlans() { return activePlans; }
    public PatientPickerViewModel patientPicker() { return patientPicker; }
    public ReadOnlyObjectProperty<Patient> patientProperty() { return patient; }
    public ObjectProperty<MembershipPlan> planProperty() { return plan; }
    public ReadOnlyStringProperty proposalProperty() { return proposal; }
    /** Whether the plan chosen is not the one the child's age calls for: a reason is then needed. */
    public BooleanBinding otherPlanProperty() { return otherPlan; }
    public StringProperty planReasonProperty() { return planReason; }
    public StringProperty dayProperty() { return day; }
    public StringProperty reasonProperty() { return reason; }
    public StringProperty amountProperty() { return amount; }
    public FieldErrors errors() { return errors; }
    public ReadOnlyStringProperty doneProperty() { return news.doneProperty(); }
    public ReadOnlyStringProperty failureProperty() { return news.failureProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return news.busyProperty(); }
}
