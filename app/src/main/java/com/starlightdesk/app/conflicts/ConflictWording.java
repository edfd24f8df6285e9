package com.starlightdesk.app.conflicts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.starlightdesk.app.session.Permissions;
import com.starlightdesk.data.repo.Table;
import com.starlightdesk.data.repo.Tables;
import com.starlightdesk.sync.api.OpenConflict;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Puts an open conflict in the clinic's words. What the inbox knows decides what it says: the entry is
 * written by the PC that sent the losing or winning edit (this PC), with the time of this PC's edit;
 * rows do not record which person edited them, nor when the other PC's edit was made. So it names
 * "this PC" and "another PC", and the time of this PC's edit, e.g.
 * {@code Patient Nadia Khan · phone: kept 630-555-0122 (this PC, 10:42 AM) — other edit 630-555-0111
 * (another PC, synced first)}. Values and the patient's name are shown only to a role that may settle
 * conflicts in that table ({@link Permissions#canSettleConflictIn}); others see the kind of record and
 * who settles it. Stateless; thread-safe.
 */
public final class ConflictWording {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LONGEST_VALUE = 80;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MMM d, h:mm a", Locale.US);
    private static final Map<Table<?>, String> RECORDS = Map.ofEntries(
            Map.entry(Tables.PATIENTS, "Patient"), Map.entry(Tables.APPOINTMENTS, "Visit"), Map.entry(Tables.MEDICAL_RECORDS, "Visit note"),
            Map.entry(Tables.DIAGNOSES, "Diagnosis"), Map.entry(Tables.ALLERGIES, "Allergy"), Map.entry(Tables.MEDICATIONS, "Medication"),
            Map.entry(Tables.VITALS, "Vitals"), Map.entry(Tables.TASKS, "Task"), Map.entry(Tables.CONTACTS, "Contact"),
            Map.entry(Tables.PIPELINE_CARDS, "Family card"), Map.entry(Tables.FAMILY_ACTIVITY, "Family activity"),
            Map.entry(Tables.INVOICES, "Invoice"), Map.entry(Tables.LINE_ITEMS, "Invoice line"), Map.entry(Tables.PAYMENTS, "Payment"),
            Map.entry(Tables.SUBSCRIPTIONS, "Membership"), Map.entry(Tables.PLANS, "Membership plan"),
            Map.entry(Tables.PLAN_FEE_CHANGES, "Plan fee change"), Map.entry(Tables.MEMBERSHIP_CHANGES, "Membership change"),
            Map.entry(Tables.FEE_SCHEDULE, "Fee schedule entry"), Map.entry(Tables.PAYMENT_ALLOCATIONS, "Payment allocation"),
            Map.entry(Tables.USERS, "User"), Map.entry(Tables.PROVIDERS, "Provider"), Map.entry(Tables.PRACTICES, "Practice"),
            Map.entry(Tables.NOTE_TEMPLATES, "Note template"),
            Map.entry(Tables.IMMUNIZATIONS, "Immunization"), Map.entry(Tables.IMMUNIZATION_OBSERVATIONS, "Immunization observation"), Map.entry(Tables.AUDIT_LOG, "Audit entry"));

    private final Permissions permissions;
    private final ZoneId zone;

    public ConflictWording(Permissions permissions, ZoneId zone) {
        this.permissions = permissions;
        this.zone = zone;
    }

    /** Whether this user may see the values of {@code conflict} and the patient it concerns. */
    public boolean maySee(OpenConflict conflict) {
        return permissions.canSettleConflictIn(conflict.table());
    }

    /**
     * The entry for {@code conflict}; {@code patientName} is the name of the patient the row belongs to,
     * if it has one and this user may see it (see {@link #maySee}), and {@code today} the practice's date.
     */
    public ConflictEntry entry(OpenConflict conflict, Optional<String> patientName, LocalDate today) {
        String record = RECORDS.getOrDefault(conflict.table(), "Record");
        String field = conflict.fieldName().equals("*") || conflict.fieldName().equals("deleted_at") ? ""
                : " · " + conflict.fieldName().replace('_', ' ');
        String when = when(conflict.editedAt(), today);
        if (!maySee(conflict)) {
            return new ConflictEntry(conflict.id(), record + field,
                    "A change made on this PC (" + when + ") met another PC's change.", false, false,
                    "Only " + Permissions.whoSettlesConflictsIn(conflict.table()) + " can see and settle this.");
        }
        String heading = record + patientName.map(n -> " " + n).orElse("") + field;
        String kept = value(conflict.keptValue());
        String other = value(conflict.otherValue());
        return switch (conflict.kind()) {
            case SAME_FIELD -> new ConflictEntry(conflict.id(), heading,
                    "kept " + kept + " (this PC, " + when + ") — other edit " + other + " (another PC, synced first)", true, true,
                    "");
            case EDITED_DELETED -> new ConflictEntry(conflict.id(), heading,
                    "removed on another PC — this PC's edit " + other + " (" + when + ") was not applied", true, true,
                    "Using the other value brings the " + record.toLowerCase(Locale.ROOT) + " back with this PC's edit.");
            case DELETED_EDITED -> new ConflictEntry(conflict.id(), heading,
                    "removed on this PC (" + when + ") after another PC had changed it", true, true,
                    "Using the other value brings the " + record.toLowerCase(Locale.ROOT) + " back as the other PC left it.");
            case SIGNED_RECORD -> conflict.table() == Tables.INVOICES || conflict.table() == Tables.LINE_ITEMS
                    ? new ConflictEntry(conflict.id(), heading,
                    (conflict.fieldName().equals("deleted_at") ? "this PC's removal (" + when + ")"
                            : "this PC's edit " + other + " (" + when + ")") + " was not applied: the invoice had been sent or voided",
                    true, false, "A sent invoice is never changed. Keep it, and issue a credit note or void it if it is wrong.")
                    : new ConflictEntry(conflict.id(), heading,
                    (conflict.fieldName().equals("deleted_at") ? "this PC's removal (" + when + ")"
                            : "this PC's edit " + other + " (" + when + ")") + " was not applied: the note had been signed",
                    true, false, "A signed note is never changed. Keep it, and write an addendum if something needs adding.");
            case REJECTED -> new ConflictEntry(conflict.id(), heading,
                    "the server refused this PC's change (" + when + "), for example a duplicate email", true, false,
                    "The server will not take this change, so this PC no longer holds it either (its content stays here). Enter it again if it is still needed.");
        };
    }

    private String when(Instant at, LocalDate today) {
        ZonedDateTime local = at.atZone(zone);
        return local.toLocalDate().equals(today) ? TIME.format(local) : DATE_TIME.format(local);
    }

    /** A JSON value as the desk reads it: text without quotes, an address as one line, nothing as "(empty)". */
    static String value(String json) {
        if (json == null) {
            return "(empty)";
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return "(unreadable)";
        }
        String text = plain(node);
        if (text.isBlank()) {
            return "(empty)";
        }
        return text.length() > LONGEST_VALUE ? text.substring(0, LONGEST_VALUE - 1) + "…" : text;
    }

    private static String plain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        List<String> parts = new ArrayList<>();
        node.elements().forEachRemaining(child -> {
            String part = plain(child);
            if (!part.isBlank()) {
                parts.add(part);
            }
        });
        return String.join(", ", parts);
    }
}
