package com.starlightdesk.app.session;

import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.repo.Table;
import com.starlightdesk.data.repo.Tables;
import java.util.Set;

/**
 * What the signed-in role may do: staff schedule and bill, providers chart (and move their visits
 * along: check in, complete), admins manage users and settings and may do what staff do. Immutable.
 */
public record Permissions(Role role) {
    /** The clinical chart's tables. */
    private static final Set<Table<?>> CHART = Set.of(Tables.MEDICAL_RECORDS, Tables.DIAGNOSES, Tables.ALLERGIES,
            Tables.MEDICATIONS, Tables.VITALS, Tables.IMMUNIZATIONS, Tables.IMMUNIZATION_OBSERVATIONS);
    /** Billing's and memberships' tables. */
    private static final Set<Table<?>> BILLING = Set.of(Tables.INVOICES, Tables.LINE_ITEMS, Tables.PAYMENTS,
            Tables.PAYMENT_ALLOCATIONS, Tables.SUBSCRIPTIONS, Tables.MEMBERSHIP_CHANGES, Tables.PLANS, Tables.PLAN_FEE_CHANGES,
            Tables.FEE_SCHEDULE);
    /** The front office's shared records, which every role works with. */
    private static final Set<Table<?>> FRONT_OFFICE = Set.of(Tables.PATIENTS, Tables.APPOINTMENTS, Tables.TASKS, Tables.CONTACTS,
            Tables.PIPELINE_CARDS, Tables.FAMILY_ACTIVITY);

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
    public boolean canSettleConflictIn(Table<?> table) {
        if (CHART.contains(table)) {
            return canChart();
        }
        if (BILLING.contains(table)) {
            return canBill();
        }
        return FRONT_OFFICE.contains(table) || canManageSettings();
    }

    /** Who may settle a conflict in {@code table}, for a user who may not ("a provider or an admin"). */
    public static String whoSettlesConflictsIn(Table<?> table) {
        if (CHART.contains(table)) {
            return "a provider or an admin";
        }
        if (BILLING.contains(table)) {
            return "front desk staff or an admin";
        }
        return FRONT_OFFICE.contains(table) ? "anyone at the practice" : "an admin";
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
