package com.starlightdesk.app.calendar;

import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.repo.PracticeData;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the visits of a calendar range from the store: the range query, the patients' names (each
 * read once, until the store changes beneath the calendar) and the double-booking marks. Blocking: call it through the task executor.
 * Thread-safe.
 */
public final class VisitReader {
    private final PracticeData data;
    private final ZoneId zone;
    private final PatientNames patientNames;

    public VisitReader(PracticeData data, ZoneId zone) {
        this.data = data;
        this.zone = zone;
        this.patientNames = new PatientNames(data);
    }

    /** The visits sharing time with {@code range}, with their providers (active or not) from {@code providers} (by id). */
    public List<CalendarVisit> read(CalendarRange range, Map<UUID, ProviderChoice> providers) {
        List<Appointment> found = data.appointments().inRange(range.from(zone), range.to(zone));
        Set<UUID> patients = new HashSet<>();
        for (Appointment a : found) {
            patients.add(a.patientId());
        }
        Map<UUID, String> names = patientNames.load(patients);
        Set<UUID> clashing = DoubleBookings.among(found);
        List<CalendarVisit> result = new ArrayList<>(found.size());
        for (Appointment a : found) {
            ProviderChoice provider = providers.get(a.providerId());
            result.add(new CalendarVisit(a, names.getOrDefault(a.patientId(), ""), provider == null ? "" : provider.provider().name(),
                    provider == null ? ProviderChoice.UNKNOWN : provider.styleClass(), clashing.contains(a.id()),
                    provider != null && !provider.provider().isActive()));
        }
        return result;
    }

    /** Forgets the patients' names read so far: they are read again with the next range. */
    public void forgetNames() {
        patientNames.forget();
    }

    /** Keeps the name of a patient just booked (it may be new to this session). */
    public void remember(Patient patient) {
        patientNames.remember(patient);
    }
}
