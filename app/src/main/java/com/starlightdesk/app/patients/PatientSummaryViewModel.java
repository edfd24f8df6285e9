package com.starlightdesk.app.patients;

import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.ChoiceLabels;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.Allergy;
import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.Chart;
import com.starlightdesk.data.domain.ClinicalStatus;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Provider;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The patient summary the front desk opens from the search: name, birth date and age, guardian,
 * phone, active allergies and upcoming visits. Reads the chart through {@code openChart}, which
 * records the read in the audit log. With no patient open it knows whether the practice has any
 * patients yet, and its "New patient" opens the New patient card and then the new patient's summary.
 * Confined to the FX thread; needs no toolkit.
 */
public final class PatientSummaryViewModel {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);
    private static final DateTimeFormatter VISIT = DateTimeFormatter.ofPattern("EEE MMM d, h:mm a", Locale.US);

    private final Session session;
    private final TaskExecutor executor;
    private final Clock clock;
    private final NewPatientViewModel newPatient;

    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty birth = new SimpleStringProperty("");
    private final StringProperty guardian = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanProperty noPatients = new SimpleBooleanProperty(false);
    private final ObservableList<String> allergies = FXCollections.observableArrayList();
    private final ObservableList<String> upcomingVisits = FXCollections.observableArrayList();
    private UUID patientId;

    public PatientSummaryViewModel(Session session, TaskExecutor executor, Clock clock, NewPatientViewModel newPatient) {
        this.session = session;
        this.executor = executor;
        this.clock = clock;
        this.newPatient = newPatient;
    }

    /** Reads in the background whether the practice has any patients yet (when the screen comes up). */
    public void countPatients() {
        executor.submit(() -> session.data().patients().count(), count -> noPatients.set(count == 0),
                e -> failure.set(SafeMessages.of(e)));
    }

    /** Opens the New patient card; once saved, the new patient's summary opens here. */
    public void newPatient() {
        newPatient.open("", saved -> {
            noPatients.set(false);
            open(saved.id());
        });
    }

    private record Summary(Chart chart, Map<UUID, String> providerNames) {
    }

    /** Opens {@code patientId}'s summary (an audited chart read). */
    public void open(UUID id) {
        patientId = id;
        loading.set(true);
        failure.set("");
        executor.submit(() -> new Summary(session.data().openChart(id), session.data().office().providers().stream()
                .collect(Collectors.toMap(Provider::id, Provider::name))), summary -> {
                    if (id.equals(patientId)) {
                        show(summary);
                    }
                }, e -> {
                    loading.set(false);
                    failure.set(SafeMessages.of(e));
                });
    }

    /** Forgets the patient on screen (lock, switch of user). */
    public void close() {
        patientId = null;
        open.set(false);
        name.set("");
        birth.set("");
        guardian.set("");
        phone.set("");
        allergies.clear();
        upcomingVisits.clear();
    }

    private void show(Summary summary) {
        ZoneId zone = session.zone();
        Patient p = summary.chart().patient();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        name.set(p.firstName() + " " + p.lastName());
        birth.set(DATE.format(p.dateOfBirth()) + " · " + age(p.dateOfBirth(), today));
        guardian.set(p.parentGuardian() == null ? "—" : p.parentGuardian());
        phone.set(p.phone() == null ? "—" : p.phone());
        List<String> activeAllergies = summary.chart().allergies().stream()
                .filter(a -> a.status() == ClinicalStatus.ACTIVE)
                .map(PatientSummaryViewModel::describe).toList();
        allergies.setAll(activeAllergies.isEmpty() ? List.of("No known allergies") : activeAllergies);
        Instant now = clock.instant();
        Function<UUID, String> provider = id -> summary.providerNames().getOrDefault(id, "Provider");
        upcomingVisits.setAll(summary.chart().appointments().stream()
                .filter(a -> a.endTime().isAfter(now))
                .filter(a -> a.status() != AppointmentStatus.CANCELLED && a.status() != AppointmentStatus.NO_SHOW)
                .sorted(Comparator.comparing(Appointment::startTime))
                .map(a -> VISIT.format(a.startTime().atZone(zone)) + " · " + provider.apply(a.providerId()) + " · "
                        + ChoiceLabels.ofCode(a.appointmentType().code()))
                .toList());
        loading.set(false);
        open.set(true);
    }

    static String age(LocalDate born, LocalDate today) {
        Period age = Period.between(born, today);
        if (age.getYears() >= 2) {
            return age.getYears() + " years";
        }
        int months = age.getYears() * 12 + age.getMonths();
        return months == 1 ? "1 month" : months + " months";
    }

    private static String describe(Allergy a) {
        return a.substance() + " (" + a.severity().code() + (a.reaction() == null ? "" : ", " + a.reaction()) + ")";
    }


    public ReadOnlyBooleanProperty openProperty() { return open; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading; }
    public ReadOnlyStringProperty nameProperty() { return name; }
    public ReadOnlyStringProperty birthProperty() { return birth; }
    public ReadOnlyStringProperty guardianProperty() { return guardian; }
    public ReadOnlyStringProperty phoneProperty() { return phone; }
    public ReadOnlyStringProperty failureProperty() { return failure; }
    /** True once read that the practice has no patients at all. */
    public ReadOnlyBooleanProperty noPatientsProperty() { return noPatients; }
    public ObservableList<String> allergies() { return allergies; }
    public ObservableList<String> upcomingVisits() { return upcomingVisits; }
}
