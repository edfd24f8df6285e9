package com.starlightdesk.app.chart.demographics;

import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.parts.FormNews;
import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.Fields;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.GestationalAge;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.PhoneNumber;
import com.starlightdesk.data.domain.PipelineStage;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.repo.Demographics;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chart's Demographics section: every field of the open patient's record the front office keeps
 * (name, birth date, sex, gestational age at birth, guardian, phone, e-mail, address, insurance, status and
 * pipeline stage, own provider, referral, staff notes, active or not), as a form. It shows the patient as the
 * chart last read them and follows the chart's reads; while the form holds unsaved changes a new read
 * (another section's save, a sync) leaves it as typed. Save checks every field at once and names each
 * mistake at its field; the save writes only what the form changed, over the patient as stored then
 * ({@link Demographics}), and the chart reads again. Every role may edit demographics (the front office's
 * record). Confined to the FX thread; needs no toolkit.
 */
public final class DemographicsViewModel {
    /** The domain's field names as the form names them. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("dateOfBirth", "birthDate"),
            Map.entry("parentGuardian", "guardian"), Map.entry("address.line1", "line1"), Map.entry("address.line2", "line2"),
            Map.entry("address.city", "city"), Map.entry("address.state", "state"), Map.entry("address.postalCode", "zip"),
            Map.entry("pipelineStage", "stage"), Map.entry("primaryProviderId", "provider"),
            Map.entry("gestationalAgeDays", "gestationalAge"), Map.entry("gender", "sex"));

    /** A provider the patient may have as their own: the practice's active ones, and the patient's own if no longer active. */
    public record ProviderChoice(UUID id, String name, boolean active) {
        /** The choice of none. */
        public static final ProviderChoice NONE = new ProviderChoice(null, "No own provider", true);

        public String label() {
            return active ? name : name + " (inactive)";
        }
    }

    private final OpenChart chart;
    private final TaskExecutor executor;
    private final Clock clock;

    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>();
    private final ObjectProperty<Gender> sex = new SimpleObjectProperty<>();
    private final StringProperty gestationalAge = new SimpleStringProperty("");
    private final StringProperty guardian = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty line1 = new SimpleStringProperty("");
    private final StringProperty line2 = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty state = new SimpleStringProperty("");
    private final StringProperty zip = new SimpleStringProperty("");
    private final StringProperty insuranceProvider = new SimpleStringProperty("");
    private final StringProperty insuranceId = new SimpleStringProperty("");
    private final StringProperty insuranceGroup = new SimpleStringProperty("");
    private final ObjectProperty<PatientStatus> status = new SimpleObjectProperty<>(PatientStatus.ACTIVE);
    private final ObjectProperty<PipelineStage> stage = new SimpleObjectProperty<>();
    private final ObjectProperty<ProviderChoice> provider = new SimpleObjectProperty<>(ProviderChoice.NONE);
    private final ObservableList<ProviderChoice> providers = FXCollections.observableArrayList(ProviderChoice.NONE);
    private final StringProperty referredBy = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final BooleanProperty edited = new SimpleBooleanProperty(false);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final FormNews news = new FormNews(FIELDS);
    private final FieldErrors errors = news.errors();
    private final List<Observable> fields;
    /** The patient the form was filled from (what a save compares the form with). */
    private Patient shown;
    private List<Object> shownValues = List.of();
    private boolean filling;

    public DemographicsViewModel(OpenChart chart, TaskExecutor executor, Clock clock) {
        this.chart = chart;
        this.executor = executor;
        this.clock = clock;
        fields = List.of(firstName, lastName, birthDate, sex, gestationalAge, guardian, phone, email, line1, line2, city, state, zip,
                insuranceProvider, insuranceId, insuranceGroup, status, stage, provider, referredBy, notes, active);
        for (Observable field : fields) {
            field.addListener(o -> edited.set(!filling && shown != null && !values().equals(shownValues)));
        }
        status.addListener((obs, old, now) -> {
            if (!filling) {
                stage.set(now == PatientStatus.PROSPECT ? (stage.get() == null ? PipelineStage.INQUIRY : stage.get()) : null);
            }
        });
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
            if (chart.patientProperty().get() == null || shown != null && !shown.id().equals(chart.patientProperty().get())) {
                fill(null);
                news.clear();
            }
            return;
        }
        Patient patient = read.patient();
        boolean samePatient = shown != null && shown.id().equals(patient.id());
        if (samePatient && edited.get()) {
            return; // the form keeps what is being typed; a save writes only its own changes over what is stored
        }
        if (!samePatient) {
            news.clear();
        }
        fill(patient);
        readProviders(patient);
    }

    private void readProviders(Patient patient) {
        executor.submit(() -> chart.session().data().office().providers(), all -> {
            if (shown == null || !shown.id().equals(patient.id())) {
                return;
            }
            List<ProviderChoice> choices = new ArrayList<>();
            choices.add(ProviderChoice.NONE);
            all.stream().filter(p -> p.isActive() || p.id().equals(patient.primaryProviderId()))
                    .sorted(Comparator.comparing(Provider::name))
                    .forEach(p -> choices.add(new ProviderChoice(p.id(), p.name(), p.isActive())));
            filling = true;
            providers.setAll(choices);
            provider.set(choiceOf(shown.primaryProviderId()));
            filling = false;
            shownValues = edited.get() ? shownValues : values();
        }, news::failed);
    }

    private ProviderChoice choiceOf(UUID id) {
        if (id == null) {
            return ProviderChoice.NONE;
        }
        return providers.stream().filter(c -> id.equals(c.id())).findFirst()
                .orElseGet(() -> new ProviderChoice(id, "Provider", true));
    }

    private void fill(Patient p) {
        filling = true;
        shown = p;
        errors.clear();
        firstName.set(p == null ? "" : p.firstName());
        lastName.set(p == null ? "" : p.lastName());
        birthDate.set(p == null ? null : p.dateOfBirth());
        sex.set(p == null ? null : p.gender());
        gestationalAge.set(p == null ? "" : GestationalAge.written(p.gestationalAgeDays()));
        guardian.set(p == null ? "" : text(p.parentGuardian()));
        phone.set(p == null ? "" : PhoneNumber.display(p.phone()));
        email.set(p == null ? "" : text(p.email()));
        Address a = p == null ? null : p.address();
        line1.set(a == null ? "" : text(a.line1()));
        line2.set(a == null ? "" : text(a.line2()));
        city.set(a == null ? "" : text(a.city()));
        state.set(a == null ? "" : text(a.state()));
        zip.set(a == null ? "" : text(a.postalCode()));
        insuranceProvider.set(p == null ? "" : text(p.insuranceProvider()));
        insuranceId.set(p == null ? "" : text(p.insuranceId()));
        insuranceGroup.set(p == null ? "" : text(p.insuranceGroup()));
        status.set(p == null ? PatientStatus.ACTIVE : p.status());
        stage.set(p == null ? null : p.pipelineStage());
        provider.set(p == null ? ProviderChoice.NONE : choiceOf(p.primaryProviderId()));
        referredBy.set(p == null ? "" : text(p.referredBy()));
        notes.set(p == null ? "" : text(p.notes()));
        active.set(p == null || p.isActive());
        filling = false;
        shownValues = values();
        edited.set(false);
        loaded.set(p != null);
    }

    private List<Object> values() {
        List<Object> values = new ArrayList<>();
        for (Observable field : fields) {
            values.add(((javafx.beans.value.ObservableValue<?>) field).getValue());
        }
        return values;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** Puts the form back to the patient as last read (unsaved changes are dropped). */
    public void revert() {
        news.clear();
        OpenChart.Read read = chart.readProperty().get();
        fill(read == null ? shown : read.patient());
    }

    /** Checks every field; when all are right, saves what changed in the background and the chart reads again. */
    public void save() {
        if (news.busyProperty().get() || shown == null) {
            return;
        }
        news.clear();
        Patient before = shown;
        Patient after = checkedForm(before);
        if (after == null) {
            return;
        }
        if (after.equals(before)) {
            news.done("Nothing to save: the form is as stored.");
            return;
        }
        news.working();
        executor.submit(() -> chart.session().data().demographics().save(before, after), saved -> {
            if (shown == null || !shown.id().equals(saved.id())) {
                news.done("");
                return; // another chart is open by now
            }
            fill(saved);
            news.done("Saved.");
            chart.changed();
        }, news::failed);
    }

    /** The form as the patient {@code before} edited, or null with every mistake named at its field. */
    Patient checkedForm(Patient before) {
        errors.clear();
        String first = check("firstName", firstName.get(), t -> Fields.text("firstName", t, 100), "Enter the first name");
        String last = check("lastName", lastName.get(), t -> Fields.text("lastName", t, 100), "Enter the last name");
        LocalDate born = birthDate.get();
        if (born == null) {
            errors.set("birthDate", "Enter the date of birth (M/D/YYYY)");
        } else if (!born.equals(before.dateOfBirth()) && born.isAfter(today())) {
            errors.set("birthDate", "The date of birth is in the future");
        } else if (born.getYear() < 1900) {
            errors.set("birthDate", "The date of birth is before 1900");
        }
        Integer weeksAndDays = null;
        try {
            weeksAndDays = GestationalAge.days("gestationalAge", gestationalAge.get());
        } catch (ValidationException e) {
            errors.set(e, FIELDS);
        }
        String guardianName = check("guardian", guardian.get(), t -> Fields.optionalText("parentGuardian", t, 200), null);
        String phoneNumber = phone.get().strip().equals(PhoneNumber.display(before.phone()))
                ? before.phone() : check("phone", phone.get(), t -> PhoneNumber.of("phone", t), null);
        String mail = check("email", email.get(), t -> Fields.optionalEmail("email", t), null);
        Address address = address(before);
        String insurer = check("insuranceProvider", insuranceProvider.get(), t -> Fields.optionalText("insuranceProvider", t, 100), null);
        String memberId = check("insuranceId", insuranceId.get(), t -> Fields.optionalText("insuranceId", t, 64), null);
        String group = check("insuranceGroup", insuranceGroup.get(), t -> Fields.optionalText("insuranceGroup", t, 64), null);
        PatientStatus chosenStatus = status.get() == null ? PatientStatus.ACTIVE : status.get();
        if (chosenStatus == PatientStatus.PROSPECT && stage.get() == null) {
            errors.set("stage", "Choose where the family is in the pipeline");
        }
        String referral = check("referredBy", referredBy.get(), t -> Fields.optionalText("referredBy", t, 200), null);
        String staffNotes = check("notes", notes.get(), t -> Fields.optionalText("notes", t, 4000), null);
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return new Patient(before.id(), first, last, born, sex.get(), guardianName, mail, phoneNumber, address, insurer, memberId,
                    group, before.familyId(), chosenStatus, chosenStatus == PatientStatus.PROSPECT ? stage.get() : null,
                    before.feeOverride(), referral, staffNotes, active.get(), provider.get() == null ? null : provider.get().id(),
                    weeksAndDays, before.noKnownAllergiesAt());
        } catch (ValidationException e) {
            errors.set(e, FIELDS);
            return null;
        }
    }

    /** The address of the form: the stored one while its fields read as it does, else the typed one under the rules. */
    private Address address(Patient before) {
        Address a = before.address();
        List<String> typed = List.of(line1.get().strip(), line2.get().strip(), city.get().strip(), state.get().strip(), zip.get().strip());
        List<String> stored = a == null ? List.of("", "", "", "", "")
                : List.of(text(a.line1()), text(a.line2()), text(a.city()), text(a.state()), text(a.postalCode()));
        if (typed.equals(stored)) {
            return a;
        }
        // each part alone first, so that every wrong part is named at once
        check("line1", line1.get(), t -> Fields.optionalText("address.line1", t, 200), null);
        check("line2", line2.get(), t -> Fields.optionalText("address.line2", t, 200), null);
        check("city", city.get(), t -> Fields.optionalText("address.city", t, 100), null);
        check("state", state.get(), t -> Demographics.address(null, null, null, t, null) == null ? null : t, null);
        check("zip", zip.get(), t -> Demographics.address(null, null, null, null, t) == null ? null : t, null);
        try {
            return Demographics.address(line1.get(), line2.get(), city.get(), state.get(), zip.get());
        } catch (ValidationException e) {
            errors.set(e, FIELDS);
            return null;
        }
    }

    /** Runs {@code rule} on one field; its refusal (or {@code missing}, for an empty required field) goes to that field. */
    private String check(String field, String value, Function<String, String> rule, String missing) {
        if (missing != null && (value == null || value.isBlank())) {
            errors.set(field, missing);
            return null;
        }
        try {
            return rule.apply(value);
        } catch (ValidationException e) {
            errors.set(e, Map.of(e.field(), field));
            return null;
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(chart.session().zone()));
    }

    /** The choices of sex, in the chooser's order (none: not recorded). */
    public static List<Gender> sexes() {
        return List.of(Gender.FEMALE, Gender.MALE, Gender.OTHER, Gender.UNKNOWN);
    }

    public static List<PatientStatus> statuses() {
        return List.of(PatientStatus.ACTIVE, PatientStatus.PROSPECT);
    }

    public static List<PipelineStage> stages() {
        return PipelineStage.OPEN;
    }

    public StringProperty firstNameProperty() { return firstName; }
    public StringProperty lastNameProperty() { return lastName; }
    public ObjectProperty<LocalDate> birthDateProperty() { return birthDate; }
    public ObjectProperty<Gender> sexProperty() { return sex; }
    /** Weeks+days at birth as written ("33+2"; "" when not recorded). */
    public StringProperty gestationalAgeProperty() { return gestationalAge; }
    public StringProperty guardianProperty() { return guardian; }
    /** The phone as shown: a US number in the practice's form. */
    public StringProperty phoneProperty() { return phone; }
    public StringProperty emailProperty() { return email; }
    public StringProperty line1Property() { return line1; }
    public StringProperty line2Property() { return line2; }
    public StringProperty cityProperty() { return city; }
    public StringProperty stateProperty() { return state; }
    public StringProperty zipProperty() { return zip; }
    public StringProperty insuranceProviderProperty() { return insuranceProvider; }
    public StringProperty insuranceIdProperty() { return insuranceId; }
    public StringProperty insuranceGroupProperty() { return insuranceGroup; }
    public ObjectProperty<PatientStatus> statusProperty() { return status; }
    /** The pipeline stage (a prospect's; null for an enrolled patient). */
    public ObjectProperty<PipelineStage> stageProperty() { return stage; }
    public ObjectProperty<ProviderChoice> providerProperty() { return provider; }
    public ObservableList<ProviderChoice> providers() { return providers; }
    public StringProperty referredByProperty() { return referredBy; }
    public StringProperty notesProperty() { return notes; }
    /** Whether the patient is active in the practice (an inactive one is kept, not deleted). */
    public BooleanProperty activeProperty() { return active; }
    /** True while the form holds changes not saved. */
    public ReadOnlyBooleanProperty editedProperty() { return edited; }
    /** True once a patient fills the form. */
    public ReadOnlyBooleanProperty loadedProperty() { return loaded; }
    public ReadOnlyStringProperty doneProperty() { return news.doneProperty(); }
    public ReadOnlyStringProperty failureProperty() { return news.failureProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return news.busyProperty(); }
    public FieldErrors errors() { return errors; }
}
