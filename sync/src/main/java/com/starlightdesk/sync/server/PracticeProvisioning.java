package com.starlightdesk.sync.server;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Provisions a practice on the remote database: its {@code practices} row, its own LOGIN role (member of
 * {@code starlight_practice}, which holds only DML grants), and the {@code practice_roles} mapping that row
 * security keys on. Must run on an owner/admin connection (the role that applied the migrations).
 * Everything happens in one transaction. Thread-safe (stateless apart from the data source).
 */
public final class PracticeProvisioning {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataSource admin;

    public PracticeProvisioning(DataSource admin) {
        this.admin = Objects.requireNonNull(admin, "admin data source");
    }

    /** The database role name of a practice: {@code practice_} and the practice id in hex. */
    public static String roleNameFor(UUID practiceId) {
        return "practice_" + practiceId.toString().replace("-", "");
    }

    /** Creates the practice and its role; returns the secret that lets a PC reach the practice's rows. */
    public PracticeSecret provision(UUID practiceId, String name, String timeZone) {
        Objects.requireNonNull(practiceId, "practiceId");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("practice name must not be blank");
        }
        if (timeZone == null || timeZone.isBlank()) {
            throw new IllegalArgumentException("practice time zone must not be blank");
        }
        String role = roleNameFor(practiceId);
        PracticeSecret secret = new PracticeSecret(PracticeSecret.arnFor(practiceId), role, newPassword());
        String password = secret.password();
        try (Connection connection = admin.getConnection()) {
            connection.setAutoCommit(false);
            try {
                insertPractice(connection, practiceId, name, timeZone);
                execute(connection, format(connection,
                        "CREATE ROLE %I LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE"
                                + " IN ROLE starlight_practice PASSWORD %L", role, password));
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO practice_roles (role_name, practice_id) VALUES (?, ?)")) {
                    insert.setString(1, role);
                    insert.setObject(2, practiceId);
                    insert.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot provision practice " + practiceId + ": " + e.getMessage(), e);
        }
        return secret;
    }

    private static void insertPractice(Connection connection, UUID practiceId, String name, String timeZone)
            throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO practices (id, practice_id, name, time_zone, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, practiceId);
            insert.setObject(2, practiceId);
            insert.setString(3, name);
            insert.setString(4, timeZone);
            insert.setTimestamp(5, now);
            insert.setTimestamp(6, now);
            insert.executeUpdate();
        }
    }

    /** Quotes identifiers and literals with the server's own format() rather than by hand. */
    private static String format(Connection connection, String template, String identifier, String literal)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT format(?, ?, ?)")) {
            statement.setString(1, template);
            statement.setString(2, identifier);
            statement.setString(3, literal);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
