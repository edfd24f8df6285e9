package com.starlightdesk.app.patients;

import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.Fields;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.PhoneNumber;
import com.starlightdesk.data.domain.PipelineStage;
import com.starlightdesk.data.domain.ValidationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The New patient card: name, birth date, sex, parent or guardian, phone, e-mail and whether the child
 * is an enrolled patient or a prospect. One per session; whoever opens it (the patient search's "New
 * patient?", the Patients screen) says what happens with the patient once saved. Checks every field at
 * once and puts each message at its field; a birth date over {@value #PEDIATRIC_YEARS} years ago is
 * warned about, not refused. Opened for a sibling ({@link #openSibling}) it comes filled with what the
 * household shares (last name, guardian, phone, e-mail; the address goes with it) and saves the child into
 * that household. The patient is saved in the background. Confined to the FX thread; needs no toolkit.
 */
public final class NewPatientViewModel {
    /** Older than this, a birth date is probably mistyped for a pediatric practice (warned, not refused). */
    public static final int PEDIATRIC_YEARS = 26;
    private static final Map<String, String> FIELDS = Map.of("dateOfBirth", "birthDate", "parentGuardian", "guardian");

    private final Session session;
    private final TaskExecutor executor;
    private final Clock clock;

    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>();
    private final StringProperty birthDateWarning = new SimpleStringProperty("");
    private final ObjectProperty<Gender> sex = new SimpleObjectProperty<>();
    private final StringProperty guardian = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final ObjectProperty<PatientStatus> status = new SimpleObjectProperty<>(PatientStatus.ACTIVE);
    private final FieldErrors errors = new FieldErrors();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty failure = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("New patient");
    private final StringProperty household = new SimpleStringProperty("");
    private Consumer<Patient> then = saved -> { };
    /** The patient whose household a sibling joins (null: a patient of their own). */
    private Patient siblingOf;

    public NewPatientViewModel(Session session, TaskExecutor executor, Clock clock) {
        this.session = session;
        this.executor = executor;
        this.clock = clock;
        birthDate.addListener((obs, old, born) -> birthDateWarning.set(ageWarning(born)));
    }

    /**
     * Opens the card filled from {@code typed} (what a search that found no one was given, or "");
     * {@code then} gets the patient once saved.
     */
    public void open(String typed, Consumer<Patient> then) {
        TypedPatient read = TypedPatient.of(typed);
        this.then = then;
        firstName.set(read.firstName());
        lastName.set(read.lastName());
        birthDate.set(read.birthDate());
        sex.set(null);
        guardian.set("");
        phone.set(read.phone());
        email.set("");
        status.set(PatientStatus.ACTIVE);
        errors.clear();
        failure.set("");
        siblingOf = null;
        title.set("New patient");
        household.set("");
        open.set(true);
    }

    /**
     * Opens the card for a new sibling of {@code of}: filled with the household's last name, guardian, phone and
     * e-mail; once saved the child is in {@code of}'s household (a new one for both when {@code of} is in none)
     * with its address, and {@code then} gets the child.
     */
    public void openSibling(Patient of, Consumer<Patient> then) {
        open("", then);
        siblingOf = of;
        lastName.set(of.lastName());
        guardian.set(of.parentGuardian() == null ? "" : of.parentGuardian());
        phone.set(PhoneNumber.display(of.phone()));
        email.set(of.email() == null ? "" : of.email());
        title.set("New sibling of " + of.firstName() + " " + of.lastName());
        household.set(of.address() == null ? "Joins " + of.firstName() + "'s household."
                : "Joins " + of.firstName() + "'s household, at " + addressLine(of.address()) + ".");
    }

    private static String addressLine(Address a) {
        StringBuilder line = new StringBuilder();
        for (String part : new String[] {a.line1(), a.line2(), a.city(), a.state() == null ? null : a.state()
                + (a.postalCode() == null ? "" : " " + a.postalCode())}) {
            if (part != null) {
                line.append(line.isEmpty() ? "" : ", ").append(part);
            }
        }
        return line.toString();
    }

    /** Closes the card without saving; what was typed is forgotten. */
    public void cancel() {
        if (busy.get()) {
            return; // the save on its way decides
        }
        close();
    }

    private void close() {
        open.set(false);
        then = saved -> { };
        firstName.set("");
        lastName.set("");
        birthDate.set(null);
        guardian.set("");
        phone.set("");
        email.set("");
        errors.clear();
        failure.set("");
        siblingOf = null;
        title.set("New patient");
        household.set("");
    }

    /** Checks every field; when all are right, saves the patient in the background and hands it on. */
    public void save() {
        if (busy.get()) {
            return;
        }
        Patient patient = toPatient();
        if (patient == null) {
            return;
        }
        busy.set(true);
        failure.set("");
        Patient joins = siblingOf;
        executor.submit(() -> joins == null ? session.data().write(changes -> changes.insert(patient))
                : session.data().households().addSibling(joins.id(),
                        patient.withHouseholdContact(patient.parentGuardian(), patient.phone(), joins.address())), saved -> {
            busy.set(false);
            Consumer<Patient> handOn = then;
            close();
            handOn.accept(saved);
        }, e -> {
            busy.set(false);
            if (e instanceof ValidationException invalid) {
                errors.set(invalid, FIELDS);
            } else {
                failure.set("The patient was not saved. " + SafeMessages.of(e));
            }
        });
    }

    /** The patient the card describes, or null with a message at each wrong field. */
    Patient toPatient() {
        errors.clear();
        failure.set("");
        String first = check("firstName", firstName.get(), text -> Fields.text("firstName", text, 100), "Enter the first name");
        String last = check("lastName", lastName.get(), text -> Fields.text("lastName", text, 100), "Enter the last name");
        LocalDate born = birthDate.get();
        if (born == null) {
            errors.set("birthDate", "Enter the date of birth (M/D/YYYY)");
        } else if (born.isAfter(today())) {
            errors.set("birthDate", "The date of birth is in the future");
        } else if (born.getYear() < 1900) {
            errors.set("birthDate", "The date of birth is before 1900");
        }
        String guardianName = check("guardian", guardian.get(), text -> Fields.optionalText("parentGuardian", text, 200), null);
        String phoneNumber = check("phone", phone.get(), text -> PhoneNumber.of("phone", text), null);
        String mail = check("email", email.get(), text -> Fields.optionalEmail("email", text), null);
        if (!errors.isEmpty()) {
            return null;
        }
        PatientStatus chosen = status.get() == null ? PatientStatus.ACTIVE : status.get();
        try {
            return new Patient(Ids.next(), first, last, born, sex.get(), guardianName, mail, phoneNumber, null, null, null, null,
                    null, chosen, chosen == PatientStatus.PROSPECT ? PipelineStage.INQUIRY : null, null, null, null, true, null, null, null);
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

    private String ageWarning(LocalDate born) {
        if (born == null || born.isAfter(today()) || !born.plusYears(PEDIATRIC_YEARS).isBefore(today())) {
            return "";
        }
        return "Over " + PEDIATRIC_YEARS + " years old: check the date of birth.";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(session.zone()));
    }

    /** The choices of sex, in the chooser's order. */
    public static List<Gender> sexes() {
        return List.of(Gender.FEMALE, Gender.MALE, Gender.OTHER, Gender.UNKNOWN);
    }

    /** The choices of status: an enrolled patient, or a prospect (enters the pipeline at inquiry). */
    public static List<PatientStatus> statuses() {
        return List.of(PatientStatus.ACTIVE, PatientStatus.PROSPECT);
    }

    public ReadOnlyBooleanProperty openProperty() { return open; }
    /** "New patient", or "New sibling of Emma Johnson". */
    public ReadOnlyStringProperty titleProperty() { return title; }
    /** For a sibling, the household the child joins and its address ("" otherwise). */
    public ReadOnlyStringProperty householdProperty() { return household; }
    public StringProperty firstNameProperty() { return firstName; }
    public StringProperty lastNameProperty() { return lastName; }
    public ObjectProperty<LocalDate> birthDateProperty() { return birthDate; }
    /** A word about a birth date unlikely for a pediatric patient ("" when there is none). */
    public ReadOnlyStringProperty birthDateWarningProperty() { return birthDateWarning; }
    public ObjectProperty<Gender> sexProperty() { return sex; }
    public StringProperty guardianProperty() { return guardian; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty emailProperty() { return email; }
    public ObjectProperty<PatientStatus> statusProperty() { return status; }
    public FieldErrors errors() { return errors; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ReadOnlyStringProperty failureProperty() { return failure; }
}
