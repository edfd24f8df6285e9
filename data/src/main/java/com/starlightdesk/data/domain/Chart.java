package com.starlightdesk.data.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** A patient's chart as the provider reads it: the patient, the problem lists, and what happened when. */
public record Chart(
        Patient patient,
        List<Allergy> allergies,
        List<Medication> medications,
        List<Diagnosis> diagnoses,
        List<MedicalRecord> records,
        List<VitalSigns> vitals,
        List<Appointment> appointments) {

    public Chart {
        allergies = List.copyOf(allergies);
        medications = List.copyOf(medications);
        diagnoses = List.copyOf(diagnoses);
        records = List.copyOf(records);
        vitals = List.copyOf(vitals);
        appointments = List.copyOf(appointments);
    }

    /** One dated event of the chart timeline. */
    public record Event(Instant at, String kind, UUID rowId) {
    }

    /** Visits, records, diagnoses and measurements, newest first. */
    public List<Event> timeline() {
        List<Event> events = new ArrayList<>();
        appointments.forEach(a -> events.add(new Event(a.startTime(), "appointment", a.id())));
        records.forEach(r -> events.add(new Event(r.recordedAt(), r.recordType().code(), r.id())));
        diagnoses.forEach(d -> events.add(new Event(d.diagnosedAt().atStartOfDay(ZoneOffset.UTC).toInstant(), "diagnosis", d.id())));
        vitals.forEach(v -> events.add(new Event(v.measuredAt(), "vitals", v.id())));
        events.sort(Comparator.comparing(Event::at).reversed().thenComparing(Event::rowId));
        return events;
    }
}
