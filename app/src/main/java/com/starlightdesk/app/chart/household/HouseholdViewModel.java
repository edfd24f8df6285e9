package com.starlightdesk.app.chart.household;

import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.parts.FormNews;
import com.starlightdesk.app.parts.PatientPickerViewModel;
import com.starlightdesk.app.patients.NewPatientViewModel;
import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.Fields;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientAge;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.PhoneNumber;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.repo.Demographics;
import com.starlightdesk.data.repo.Households;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chart's Household section: the open patient and the siblings who share its household
 * ({@code family_id}), each with age and status and a way to open their chart; the guardian, phone and address
 * the household shares, edited once and applied to the children ticked (all of them until the desk unticks
 * one) in one transaction ({@link Households}); a new sibling through the New patient card, filled with what
 * the household shares; and a patient already in the practice linked into the household. Follows the open
 * chart: each read of it reads the household again; a form being edited keeps what is typed. Confined to the
 * FX thread; needs no toolkit.
 */
public final class HouseholdViewModel {
    private static final Map<String, String> FIELDS = Map.of("parentGuardian", "guardian", "address.line1", "line1",
            "address.line2", "line2", "address.city", "city", "address.state", "state", "address.postalCode", "zip", "sibling", "link");

    /** A child of the household as listed: who, how old, where they stand, and whether the shared contact goes to them. */
    public static final class Member {
        private final Patient patient;
        private final String age;
        private final boolean open;
        private final BooleanProperty chosen = new SimpleBooleanProperty(true);

        Member(Patient patient, String age, boolean open) {
            this.patient = patient;
            this.age = age;
            this.open = open;
        }

        public Patient patient() { return patient; }
        public String name() { return patient.firstName() + " " + patient.lastName(); }
        /** Age in the clinic's form ("3 years 2 months"). */
        public String age() { return age; }
        /** Whether this is the child whose chart is open. */
        public boolean isOpenChart() { return open; }
        /** "Active patient", "Prospect (meet and greet)" or "Inactive". */
        public String status() {
            if (!patient.isActive()) {
                return "Inactive";
            }
            return patient.status() == PatientStatus.ACTIVE ? "Active patient"
                    : "Prospect (" + patient.pipelineStage().code().replace('-', ' ') + ")";
        }
        /** Ticked: Apply gives this child the shared guardian, phone and address. */
        public BooleanProperty chosenProperty() { return chosen; }
    }

    private final OpenChart chart;
    private final TaskExecutor executor;
    private final Clock clock;
    private final NewPatientViewModel newPatient;
    private final PatientPickerViewModel linkPicker;

    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final StringProperty guardian = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty line1 = new SimpleStringProperty("");
    private final StringProperty line2 = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty state = new SimpleStringProperty("");
    private final StringProperty zip = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty edited = new SimpleBooleanProperty(false);
    private final FormNews news = new FormNews(FIELDS);
    private final FieldErrors errors = news.errors();
    private final List<StringProperty> contactFields = List.of(guardian, phone, line1, line2, city, state, zip);
    private Patient shown;
    private List<String> shownContact = List.of();
    private boolean filling;
    private long reading;

    public HouseholdViewModel(OpenChart chart, TaskExecutor executor, Clock clock, NewPatientViewModel newPatient) {
        this.chart = chart;
        this.executor = executor;
        this.clock = clock;
        this.newPatient = newPatient;
        this.linkPicker = new PatientPickerViewModel(chart.session().data(), executor, this::link);
        for (StringProperty field : contactFields) {
            field.addListener(o -> edited.set(!filling && shown != null && !contact().equals(shownContact)));
        }
        // a read equal to the last (nothing of this chart changed) still moves the revision: the household may have
        chart.revisionProperty().addListener(o -> show(chart.readProperty().get()));
        chart.readProperty().addListener((obs, old, read) -> {
            if (read == null) {
                show(null);
            }
        });
        show(chart.readProperty().get());
    }

    private void show(OpenChart.Read read) {
        if (read == null) {
            UUID open = chart.patientProperty().get();
            if (open == null || shown != null && !shown.id().equals(open)) {
                reading++;
                members.clear();
                fill(null);
                news.clear();
            }
            return;
        }
        Patient patient = read.patient();
        boolean samePatient = shown != null && shown.id().equals(patient.id());
        if (!samePatient) {
            news.clear();
            fill(patient);
        } else if (!edited.get()) {
            fill(patient);
        } else {
            shown = patient;
        }
        readMembers(patient.id());
    }

    private void readMembers(UUID id) {
        long ticket = ++reading;
        LocalDate today = LocalDate.now(clock.withZone(chart.session().zone()));
        executor.submit(() -> chart.session().data().households().members(id), found -> {
            if (ticket != reading) {
                return;
            }
            List<Member> listed = new ArrayList<>();
            for (Patient p : found) {
                listed.add(new Member(p, PatientAge.of(p.dateOfBirth(), today), p.id().equals(id)));
            }
            members.setAll(listed);
            summary.set(listed.size() <= 1 ? "Not in a household with siblings yet: add a sibling, or link a child already in the practice."
                    : listed.size() + " children share this household.");
        }, news::failed);
    }

    private void fill(Patient p) {
        filling = true;
        shown = p;
        errors.clear();
        Address a = p == null ? null : p.address();
        guardian.set(p == null ? "" : text(p.parentGuardian()));
        phone.set(p == null ? "" : PhoneNumber.display(p.phone()));
        line1.set(a == null ? "" : text(a.line1()));
        line2.set(a == null ? "" : text(a.line2()));
        city.set(a == null ? "" : text(a.city()));
        state.set(a == null ? "" : text(a.state()));
        zip.set(a == null ? "" : text(a.postalCode()));
        filling = false;
        shownContact = contact();
        edited.set(false);
    }

    private List<String> contact() {
        return contactFields.stream().map(f -> f.get().strip()).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** What of a member's guardian, phone and address differs from the open patient's ("" when none does). */
    public String differences(Member member) {
        Patient p = member.patient();
        Patient open = shown;
        if (open == null || member.isOpenChart()) {
            return "";
        }
        List<String> differ = new ArrayList<>();
        if (!Objects.equals(p.parentGuardian(), open.parentGuardian())) {
            differ.add("guardian");
        }
        if (!PhoneNumber.display(p.phone()).equals(PhoneNumber.display(open.phone()))) {
            differ.add("phone");
        }
        if (!Objects.equals(p.address(), open.address())) {
            differ.add("address");
        }
        return differ.isEmpty() ? "" : "Own " + String.join(", ", differ);
    }

    /** Puts the shared contact back to the open patient's. */
    public void revert() {
        news.clear();
        fill(shown);
    }

    /** Checks the shared contact; when right, gives it to every ticked child in one transaction, and the chart reads again. */
    public void apply() {
        if (news.busyProperty().get() || shown == null) {
            return;
        }
        news.clear();
        Households.SharedContact contact = checkedContact();
        List<Member> chosen = members.stream().filter(m -> m.chosenProperty().get()).toList();
        if (chosen.isEmpty()) {
            errors.set("siblings", "Tick the children who share this guardian, phone and address");
        }
        if (contact == null || !errors.isEmpty()) {
            return;
        }
        UUID id = shown.id();
        List<UUID> to = chosen.stream().map(m -> m.patient().id()).toList();
        String names = names(chosen);
        news.working();
        executor.submit(() -> chart.session().data().households().applyContact(id, contact, to), saved -> {
            edited.set(false);
            news.done("Saved for " + names + ".");
            chart.changed();
        }, news::failed);
    }

    private static String names(List<Member> chosen) {
        List<String> firsts = chosen.stream().map(m -> m.patient().firstName()).toList();
        return firsts.size() == 1 ? firsts.get(0)
                : String.join(", ", firsts.subList(0, firsts.size() - 1)) + " and " + firsts.get(firsts.size() - 1);
    }

    /** The shared contact of the form, or null with every mistake named at its field. */
    Households.SharedContact checkedContact() {
        errors.clear();
        String guardianName = check("guardian", guardian.get(), t -> Fields.optionalText("parentGuardian", t, 200));
        String phoneNumber = check("phone", phone.get(), t -> PhoneNumber.of("phone", t));
        check("line1", line1.get(), t -> Fields.optionalText("address.line1", t, 200));
        check("line2", line2.get(), t -> Fields.optionalText("address.line2", t, 200));
        check("city", city.get(), t -> Fields.optionalText("address.city", t, 100));
        check("state", state.get(), t -> Demographics.address(null, null, null, t, null) == null ? null : t);
        check("zip", zip.get(), t -> Demographics.address(null, null, null, null, t) == null ? null : t);
        if (!errors.isEmpty()) {
            return null;
        }
        Address address;
        try {
            address = Demographics.address(line1.get(), line2.get(), city.get(), state.get(), zip.get());
        } catch (ValidationException e) {
            errors.set(e, FIELDS);
            return null;
        }
        return new Households.SharedContact(guardianName, phoneNumber, address);
    }

    private String check(String field, String value, Function<String, String> rule) {
        try {
            return rule.apply(value);
        } catch (ValidationException e) {
            errors.set(e, Map.of(e.field(), field));
            return null;
        }
    }

    /** Opens {@code member}'s chart at its front page. */
    public void open(Member member) {
        if (!member.isOpenChart()) {
            chart.open(member.patient().id());
        }
    }

    /** Opens the New patient card for a sibling of the open patient; once saved, the household reads again. */
    public void addSibling() {
        if (shown == null) {
            return;
        }
        Patient of = shown;
        news.clear();
        newPatient.openSibling(of, saved -> {
            news.done(saved.firstName() + " " + saved.lastName() + " joined the household.");
            chart.changed();
        });
    }

    /** Moves {@code other}, a patient already in the practice, into the open patient's household. */
    void link(Patient other) {
        if (shown == null) {
            return;
        }
        UUID id = shown.id();
        news.clear();
        news.working();
        executor.submit(() -> chart.session().data().households().link(id, other.id()), saved -> {
            news.done(saved.firstName() + " " + saved.lastName() + " joined the household.");
            chart.changed();
        }, news::failed);
    }

    /** The children of the household, eldest first, the open patient among them. */
    public ObservableList<Member> members() { return members; }
    /** A line about the household: how many children share it, or how to start one. */
    public ReadOnlyStringProperty summaryProperty() { return summary; }
    public StringProperty guardianProperty() { return guardian; }
    /** The shared phone as shown: a US number in the practice's form. */
    public StringProperty phoneProperty() { return phone; }
    public StringProperty line1Property() { return line1; }
    public StringProperty line2Property() { return line2; }
    public StringProperty cityProperty() { return city; }
    public StringProperty stateProperty() { return state; }
    public StringProperty zipProperty() { return zip; }
    /** The search that links a child already in the practice into the household. */
    public PatientPickerViewModel linkPicker() { return linkPicker; }
    /** True while the shared contact holds changes not applied. */
    public ReadOnlyBooleanProperty editedProperty() { return edited; }
    public ReadOnlyStringProperty doneProperty() { return news.doneProperty(); }
    public ReadOnlyStringProperty failureProperty() { return news.failureProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return news.busyProperty(); }
    public FieldErrors errors() { return errors; }
}
