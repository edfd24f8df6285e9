package com.starlightdesk.sync.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;

/** Inserts sample rows of a practice as the owner (bypassing row security), for tests. */
public final class PracticeRows {

    private PracticeRows() {
    }

    /** Inserts a patient; returns its id. */
    public static UUID patient(DataSource owner, UUID practiceId, String firstName, String lastName) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.parse("2026-01-05T10:00:00Z"));
        try (Connection c = owner.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO patients (id, practice_id, first_name, last_name, date_of_birth, status, address,"
                        + " fee_override, notes, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, 'active', '{\"city\": \"Springfield\"}'::jsonb, 125.50, 'private', ?, ?)")) {
            s.setObject(1, id);
            s.setObject(2, practiceId);
            s.setString(3, firstName);
            s.setString(4, lastName);
            s.setObject(5, LocalDate.of(2019, 4, 2));
            s.setTimestamp(6, now);
            s.setTimestamp(7, now);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }
}
