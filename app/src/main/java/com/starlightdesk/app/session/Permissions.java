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

    public boolean canChangeVisitStatus() {
        return true;
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

    /** The role as the clinic says it. */
    public String roleLabel() {
        return switch (role) {
            case ADMIN -> "Admin";
            case PROVIDER -> "Provider";
            case STAFF -> "Staff";
        };
    }
}
