package com.starlightdesk.app.chart.notes;

import com.starlightdesk.data.domain.LabResult;
import com.starlightdesk.data.domain.MedicalRecord;
import com.starlightdesk.data.domain.Prescription;
import com.starlightdesk.data.domain.SoapNote;
import com.starlightdesk.data.domain.ValidationException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One row of the Notes list: a note (with its addenda listed under it), a lab result, a prescription or a
 * vaccination, with what it is, when, and whether it is a draft or signed (by whom, when). Immutable.
 */
public record NoteEntry(MedicalRecord record, String title, String when, String status, boolean addendum) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MMM d, yyyy h:mm a", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    public boolean signed() {
        return record.isSigned();
    }

    /**
     * The rows for a chart's records (newest first, each note's addenda under it, oldest first), with the names
     * of the users who signed them.
     */
    static List<NoteEntry> of(List<MedicalRecord> records, Map<UUID, String> userNames, ZoneId zone) {
        List<MedicalRecord> top = new ArrayList<>(records.stream().filter(r -> !r.isAddendum()).toList());
        top.sort(Comparator.comparing(MedicalRecord::recordedAt).reversed().thenComparing(MedicalRecord::id));
        List<NoteEntry> rows = new ArrayList<>();
        for (MedicalRecord r : top) {
            rows.add(entry(r, userNames, zone, false));
            records.stream().filter(a -> r.id().equals(a.amendsRecordId()))
                    .sorted(Comparator.comparing(MedicalRecord::recordedAt).thenComparing(MedicalRecord::id))
                    .forEach(a -> rows.add(entry(a, userNames, zone, true)));
        }
        return rows;
    }

    /** The date shows once: the signing's time alone when it was the day of the record, its date and time otherwise. */
    private static NoteEntry entry(MedicalRecord r, Map<UUID, String> userNames, ZoneId zone, boolean addendum) {
        ZonedDateTime recorded = r.recordedAt().atZone(zone);
        String status = "Draft";
        if (r.isSigned()) {
            ZonedDateTime signed = r.signedAt().atZone(zone);
            String when = signed.toLocalDate().equals(recorded.toLocalDate()) ? " at " + TIME.format(signed) : " on " + DAY_TIME.format(signed);
            status = "Signed by " + userNames.getOrDefault(r.signedBy(), "a former user") + when;
        }
        return new NoteEntry(r, addendum ? "Addendum" : title(r), DAY.format(recorded), status, addendum);
    }

    /** "Visit note: Ear pain for two days", "Lab result: Hemoglobin 10.9 g/dL", "Prescription: Amoxicillin …". */
    static String title(MedicalRecord r) {
        try {
            return switch (r.recordType()) {
                case SOAP_NOTE -> "Visit note" + firstLine(SoapNote.fromContent(r.content()).subjective());
                case LAB_RESULT -> "Lab result: " + LabResult.fromContent(r.content()).summary();
                case PRESCRIPTION -> "Prescription: " + Prescription.fromContent(r.content()).summary();
                case VACCINATION -> "Vaccination";
            };
        } catch (ValidationException unreadable) {
            return r.recordType() == com.starlightdesk.data.domain.RecordType.LAB_RESULT ? "Lab result" : "Prescription";
        }
    }

    private static String firstLine(String text) {
        String line = text.lines().map(String::strip).filter(s -> !s.isEmpty() && !s.endsWith(":")).findFirst().orElse("");
        if (line.isEmpty()) {
            return "";
        }
        return ": " + (line.length() > 60 ? line.substring(0, 59) + "…" : line);
    }
}
