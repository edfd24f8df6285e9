package com.starlightdesk.app.calendar;

import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.repo.PracticeData;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Patients' display names for the calendar, read once per patient and kept for the session (a
 * practice has hundreds or a few thousand patients). The names a range lacks are read in one query.
 * Blocking; thread-safe.
 */
public final class PatientNames {
    private final PracticeData data;
    private final Map<UUID, String> names = new ConcurrentHashMap<>();

    public PatientNames(PracticeData data) {
        this.data = data;
    }

    public void load(Collection<UUID> patientIds) {
        List<UUID> missing = patientIds.stream().filter(id -> !names.containsKey(id)).toList();
        if (missing.isEmpty()) {
            return;
        }
        Map<UUID, String> found = data.patients().displayNames(missing);
        for (UUID id : missing) {
            names.putIfAbsent(id, found.getOrDefault(id, "(patient removed)"));
        }
    }

    public String name(UUID patientId) {
        return names.getOrDefault(patientId, "");
    }

    public void remember(Patient patient) {
        names.put(patient.id(), patient.displayName());
    }
}
