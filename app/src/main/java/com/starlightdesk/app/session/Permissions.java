package com.starlightdesk.app.session;

import com.starlightdesk.data.domain.Role;

/**
 * What the signed-in role may do: staff schedule and bill, providers chart (and move their visits
 * along: check in, complete), admins manage users and settings and may do what staff do. Immutable.
 */
public record Permissions(Role role) {

    public boolean canSchedule() {
        return role == Role.STAFF || role == Role.ADMIN;
    }

    public boolean canBill() {
        return role == Role.STAFF || role == Role.ADMIN;
    }

    public boolean canChart() {
        return role == Role.PROVIDER || role == Role.ADMIN;
    }

    public boolean canManageSettings() {
        return role == Role.ADMIN;
    }

    /**
     * Whether this role may see and settle a sync conflict in {@code table} (its values, and the patient
     * it concerns): the clinical chart for those who chart (providers, admins), billing and memberships
     * for those who bill (staff, admins), the practice's users, providers and settings for admins, and
     * the front office's shared records (patients, visits, tasks, contacts) for every role, as each of
     * them works with those on the calendar and in the patient search.
     */
    public boolean canSettleConflictIn(String table) {
        return switch (table) {
            case "medical_records", "diagnoses", "allergies", "medications", "vitals" -> canChart();
            case "invoices", "invoice_line_items", "payments", "patient_subscriptions", "subscription_plans" -> canBill();
            case "patients", "appointments", "tasks", "contacts" -> true;
            default -> canManageSettings();
        };
    }

    /** Who may settle a conflict in {@code table}, for a user who may not ("a provider or an admin"). */
    public static String whoSettlesConflictsIn(String table) {
        return switch (table) {
            case "medical_records", "diagnoses", "allergies", "medications", "vitals" -> "a provider or an admin";
            case "invoices", "invoice_line_items", "payments", "patient_subscriptions", "subscription_plans" -> "front desk staff or an admin";
            case "patients", "appointments", "tasks", "contacts" -> "anyone at the practice";
            default -> "an admin";
        };
    }

    /** The role as the clinic says it. */
    public String roleLabel() {
        return switch (role) {
            case ADMIN -> "Admin";
            case PROVIDER -> "Provider";
            case STAFF -> "Staff";
        };
    }
}
