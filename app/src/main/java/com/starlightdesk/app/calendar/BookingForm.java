package com.starlightdesk.app.calendar;

import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.parts.PatientPickerViewModel;
import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.domain.VisitTypes;
import com.starlightdesk.data.domain.WorkingHours;
import com.starlightdesk.data.repo.PracticeData;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The booking form beside the calendar: a new visit (from a click or drag on an empty slot, or N) or
 * an existing one.
 *
 * <p>A new visit lasts its type's default length ({@link VisitTypes}) until its length is the desk's own:
 * opened by a click, N or a day of the month, it runs for a checkup's length, and choosing another type or
 * moving the start keeps the end at the start plus the type's length. Once a range was dragged on the grid,
 * or an end time was chosen in the form, the length is left as it is. A type change on an existing visit
 * never moves its end. The patient is chosen with the shared patient picker; a double booking, or a time outside the
 * practice's working hours, is warned about while the form is filled. Confined to the FX thread; needs no toolkit.
 */
public final class BookingForm {
    private static final Map<String, String> FIELDS = Map.of("patientId", "patient", "providerId", "provider",
            "startTime", "start", "endTime", "end", "appointmentType", "type", "chiefComplaint", "chiefComplaint");

    private final PracticeData data;
    private final TaskExecutor executor;
    private final ZoneId zone;

    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final StringProperty title = new SimpleStringProperty("");
    private final PatientPickerViewModel patientPicker;
    private final ObjectProperty<Patient> patient = new SimpleObjectProperty<>();
    private final ObjectProperty<Provider> provider = new SimpleObjectProperty<>();
    private final ObjectProperty<AppointmentType> type = new SimpleObjectProperty<>(AppointmentType.CHECKUP);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalTime> start = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalTime> end = new SimpleObjectProperty<>();
    private final StringProperty chiefComplaint = new SimpleStringProperty("");
    private final ObjectProperty<AppointmentStatus> status = new SimpleObjectProperty<>(AppointmentStatus.SCHEDULED);
    private final StringProperty warning = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();
    private Appointment editing;
    private String notes;
    private long warningTicket;
    private final Supplier<WorkingHours> hours;
    private final Supplier<VisitTypes> visitTypes;
    private boolean filling;
    /** Whether the new visit's length is the desk's own (a dragged range, an end chosen), not its type's. */
    private boolean lengthChosen;
    /** While the form itself moves the end to the type's length (not the desk choosing an end). */
    private boolean fittingEnd;

    public BookingForm(PracticeData data, TaskExecutor executor, ZoneId zone, Supplier<WorkingHours> hours,
            Supplier<VisitTypes> visitTypes) {
        this.data = data;
        this.executor = executor;
        this.zone = zone;
        this.hours = hours;
        this.visitTypes = visitTypes;
        this.patientPicker = new PatientPickerViewModel(data, executor, this::choosePatient);
        patient.addListener((obs, old, now) -> checkDoubleBooking());
        provider.addListener((obs, old, now) -> checkDoubleBooking());
        date.addListener((obs, old, now) -> checkDoubleBooking());
        start.addListener((obs, old, now) -> checkDoubleBooking());
        end.addListener((obs, old, now) -> checkDoubleBooking());
        type.addListener((obs, old, now) -> fitEndToType());
        start.addListener((obs, old, now) -> fitEndToType());
        end.addListener((obs, old, now) -> {
            if (!filling && !fittingEnd) {
                lengthChosen = true;
            }
        });
    }

    /**
     * Opens the form for a new visit on {@code day} from {@code from}: to {@code to} when a range was chosen,
     * or for a checkup's default length when {@code to} is null.
     */
    public void openNew(LocalDate day, LocalTime from, LocalTime to, Provider defaultProvider) {
        filling = true;
        lengthChosen = to != null;
        editing = null;
        notes = null;
        title.set("New visit");
        patient.set(null);
        patientPicker.clear();
        provider.set(defaultProvider);
        type.set(AppointmentType.CHECKUP);
        date.set(day);
        start.set(from);
        end.set(to != null ? to : endAfter(from, AppointmentType.CHECKUP));
        chiefComplaint.set("");
        status.set(AppointmentStatus.SCHEDULED);
        finishOpening();
    }

    /** Opens the form on an existing visit. */
    public void openExisting(Appointment appointment, Patient bookedPatient, Provider bookedProvider) {
        filling = true;
        editing = appointment;
        notes = appointment.notes();
        title.set("Visit");
        patient.set(bookedPatient);
        patientPicker.clear();
        provider.set(bookedProvider);
        type.set(appointment.appointmentType());
        ZonedDateTime from = appointment.startTime().atZone(zone);
        date.set(from.toLocalDate());
        start.set(from.toLocalTime());
        end.set(appointment.endTime().atZone(zone).toLocalTime());
        chiefComplaint.set(appointment.chiefComplaint() == null ? "" : appointment.chiefComplaint());
        status.set(appointment.status());
        finishOpening();
    }

    private void finishOpening() {
        errors.clear();
        warning.set("");
        filling = false;
        open.set(true);
        checkDoubleBooking();
    }

    /** A new visit whose length is still its type's follows its type and start. */
    private void fitEndToType() {
        if (filling || editing != null || lengthChosen || start.get() == null || type.get() == null) {
            return;
        }
        fittingEnd = true;
        try {
            end.set(endAfter(start.get(), type.get()));
        } finally {
            fittingEnd = false;
        }
    }

    /** {@code from} plus {@code kind}'s default length, at most until midnight. */
    private LocalTime endAfter(LocalTime from, AppointmentType kind) {
        long minutes = visitTypes.get().of(kind).minutes();
        long untilMidnight = Duration.between(from, LocalTime.MAX).toMinutes() + 1;
        return minutes >= untilMidnight ? LocalTime.MIDNIGHT : from.plusMinutes(minutes);
    }

    public void close() {
        open.set(false);
        editing = null;
        patient.set(null);
        patientPicker.clear();
        warning.set("");
    }

    /** Chooses the visit's patient (picked in the form's patient picker). */
    public void choosePatient(Patient chosen) {
        patient.set(chosen);
    }

    /**
     * The visit the form describes, or null with messages under the wrong fields. The end time may be
     * on the next day only as midnight. A deactivated provider keeps the visits they have, but takes no
     * new one.
     */
    public Appointment toAppointment() {
        errors.clear();
        if (patient.get() == null) {
            errors.set("patient", "Choose a patient");
        }
        if (provider.get() == null) {
            errors.set("provider", "Choose a provider");
        } else if (!provider.get().isActive() && (editing == null || !editing.providerId().equals(provider.get().id()))) {
            errors.set("provider", provider.get().name() + " is deactivated: choose another provider");
        }
        if (date.get() == null || start.get() == null) {
            errors.set("start", "Choose a day and start time");
        }
        if (end.get() == null) {
            errors.set("end", "Choose an end time");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return candidate();
        } catch (ValidationException e) {
            errors.set(e, FIELDS);
            return null;
        }
    }

    private Appointment candidate() {
        ZonedDateTime from = ZonedDateTime.of(date.get(), start.get(), zone);
        ZonedDateTime to = ZonedDateTime.of(end.get().equals(LocalTime.MIDNIGHT) ? date.get().plusDays(1) : date.get(), end.get(), zone);
        return new Appointment(editing == null ? Ids.next() : editing.id(), patient.get().id(), provider.get().id(),
                from.toInstant(), to.toInstant(), status.get(), type.get(), chiefComplaint.get().strip(), notes);
    }

    /** The visit the form is open on, or null for a new one. */
    public Appointment editingVisit() {
        return editing;
    }

    public boolean isNew() {
        return editing == null;
    }

    private void checkDoubleBooking() {
        if (filling || !open.get() || patient.get() == null || provider.get() == null || date.get() == null
                || start.get() == null || end.get() == null) {
            warning.set("");
            return;
        }
        Appointment candidate;
        try {
            candidate = candidate();
        } catch (ValidationException e) {
            warning.set("");
            return;
        }
        long ticket = ++warningTicket;
        String outside = WorkingHoursWarning.describe(candidate, hours.get(), zone);
        executor.submit(() -> data.appointments().doubleBookings(candidate), clashes -> {
            if (ticket == warningTicket) {
                warning.set(WorkingHoursWarning.join(DoubleBookingWarning.describe(clashes, candidate, zone), outside));
            }
        }, e -> warning.set(outside));
    }

    public ReadOnlyBooleanProperty openProperty() { return open; }
    public ReadOnlyStringProperty titleProperty() { return title; }
    /** The type-ahead that chooses the patient. */
    public PatientPickerViewModel patientPicker() { return patientPicker; }
    public ObjectProperty<Patient> patientProperty() { return patient; }
    public ObjectProperty<Provider> providerProperty() { return provider; }
    public ObjectProperty<AppointmentType> typeProperty() { return type; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public ObjectProperty<LocalTime> startProperty() { return start; }
    public ObjectProperty<LocalTime> endProperty() { return end; }
    public StringProperty chiefComplaintProperty() { return chiefComplaint; }
    public ObjectProperty<AppointmentStatus> statusProperty() { return status; }
    public ReadOnlyStringProperty warningProperty() { return warning; }
    public FieldErrors errors() { return errors; }

    /** The visit types, for the form's chooser. */
    public static List<AppointmentType> types() {
        return List.of(AppointmentType.values());
    }
}
