package com.starlightdesk.app.calendar;

import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.repo.PracticeData;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Patients' display names for the calendar, read once per patient and kept until {@link #forget} (a
 * practice has hundreds or a few thousand patients). The names a range lacks are read in one query.
 * Blocking; thread-safe.
 */
public final class PatientNames {
    private final PracticeData data;
    /** Replaced, not cleared, by {@link #forget}: a read that began before keeps filling the old map. */
    private volatile Map<UUID, String> names = new ConcurrentHashMap<>();

    public PatientNames(PracticeData data) {
        this.data = data;
    }

    /** Reads the names of {@code patientIds} not known yet; returns the names known after it. */
    public Map<UUID, String> load(Collection<UUID> patientIds) {
        Map<UUID, String> known = names;
        List<UUID> missing = patientIds.stream().filter(id -> !known.containsKey(id)).toList();
        if (missing.isEmpty()) {
            return known;
        }
        Map<UUID, String> found = data.patients().displayNames(missing);
        for (UUID id : missing) {
            known.putIfAbsent(id, found.getOrDefault(id, "(patient removed)"));
        }
        return known;
    }

    /** Forgets every name (the store changed beneath the calendar: a patient may have been renamed). */
    public void forget() {
        names = new ConcurrentHashMap<>();
    }

    public void remember(Patient patient) {
        names.put(patient.id(), patient.displayName());
    }
}
