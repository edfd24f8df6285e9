package com.starlightdesk.data.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
        List<Appointment> appointments,
        List<Immunization> immunizations) {

    public Chart {
        allergies = List.copyOf(allergies);
        medications = List.copyOf(medications);
        diagnoses = List.copyOf(diagnoses);
        records = List.copyOf(records);
        vitals = List.copyOf(vitals);
        appointments = List.copyOf(appointments);
        immunizations = List.copyOf(immunizations);
    }

    /** What happened, as the chart's timeline tells it. */
    public enum EventKind {
        VISIT, NOTE, LAB_RESULT, PRESCRIPTION, VACCINATION, IMMUNIZATION, VITALS, PROBLEM_ADDED, PROBLEM_RESOLVED,
        MEDICATION_STARTED, MEDICATION_STOPPED, ALLERGY_NOTED, ALLERGY_INACTIVATED
    }

    /** One dated event of the chart: the row it comes from and when (a date counts from its start in the practice's zone). */
    public record Event(Instant at, EventKind kind, UUID rowId) {
    }

    /**
     * Visits, records, problems (added and resolved), medications (started and stopped), allergies (noted and
     * inactivated), measurements and immunizations (those entered in error too), newest first; dates count from their start in {@code zone}.
     */
    public List<Event> timeline(ZoneId zone) {
        List<Event> events = new ArrayList<>();
        appointments.forEach(a -> events.add(new Event(a.startTime(), EventKind.VISIT, a.id())));
        records.forEach(r -> events.add(new Event(r.recordedAt(), switch (r.recordType()) {
            case SOAP_NOTE -> EventKind.NOTE;
            case LAB_RESULT -> EventKind.LAB_RESULT;
            case PRESCRIPTION -> EventKind.PRESCRIPTION;
            case VACCINATION -> EventKind.VACCINATION;
        }, r.id())));
        for (Diagnosis d : diagnoses) {
            events.add(new Event(start(d.diagnosedAt(), zone), EventKind.PROBLEM_ADDED, d.id()));
            if (d.resolvedOn() != null) {
                events.add(new Event(start(d.resolvedOn(), zone), EventKind.PROBLEM_RESOLVED, d.id()));
            }
        }
        for (Medication m : medications) {
            events.add(new Event(start(m.startedOn(), zone), EventKind.MEDICATION_STARTED, m.id()));
            if (m.endedOn() != null || m.inactivatedAt() != null) {
                events.add(new Event(m.endedOn() != null ? start(m.endedOn(), zone) : m.inactivatedAt(),
                        EventKind.MEDICATION_STOPPED, m.id()));
            }
        }
        for (Allergy a : allergies) {
            events.add(new Event(start(a.notedOn(), zone), EventKind.ALLERGY_NOTED, a.id()));
            if (a.inactivatedAt() != null) {
                events.add(new Event(a.inactivatedAt(), EventKind.ALLERGY_INACTIVATED, a.id()));
            }
        }
        vitals.forEach(v -> events.add(new Event(v.measuredAt(), EventKind.VITALS, v.id())));
        immunizations.forEach(i -> events.add(new Event(start(i.givenOn(), zone), EventKind.IMMUNIZATION, i.id())));
        events.sort(Comparator.comparing(Event::at).reversed().thenComparing(Event::kind).thenComparing(Event::rowId));
        return events;
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
