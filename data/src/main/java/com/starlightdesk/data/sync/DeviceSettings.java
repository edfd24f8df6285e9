package com.starlightdesk.data.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Small named facts about this device and store ({@code device_settings}): the device id, the sync cursor,
 * bootstrap progress and the remote settings. Thread-safe; each call uses its own connection unless given one.
 */
public final class DeviceSettings {
    /** This device's id, made once per store; the server records it with every applied mutation. */
    public static final String DEVICE_ID = "device.id";

    private final DataSource dataSource;

    public DeviceSettings(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<String> get(String name) {
        try (Connection c = dataSource.getConnection()) {
            return get(c, name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read device setting " + name, e);
        }
    }

    public void put(String name, String value) {
        try (Connection c = dataSource.getConnection()) {
            put(c, name, value);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write device setting " + name, e);
        }
    }

    public void remove(String name) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "DELETE FROM device_settings WHERE setting_name = ?")) {
            s.setString(1, name);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot remove device setting " + name, e);
        }
    }

    /** This device's id, created on first use. */
    public synchronized UUID deviceId() {
        Optional<String> id = get(DEVICE_ID);
        if (id.isPresent()) {
            return UUID.fromString(id.get());
        }
        UUID made = UUID.randomUUID();
        put(DEVICE_ID, made.toString());
        return made;
    }

    static Optional<String> get(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT setting_value FROM device_settings WHERE setting_name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    static void put(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("UPDATE device_settings SET setting_value = ? WHERE setting_name = ?")) {
            u.setString(1, value);
            u.setString(2, name);
            if (u.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement i = c.prepareStatement("INSERT INTO device_settings (setting_name, setting_value) VALUES (?, ?)")) {
            i.setString(1, name);
            i.setString(2, value);
            i.executeUpdate();
        }
    }

    static void remove(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM device_settings WHERE setting_name = ?")) {
            s.setString(1, name);
            s.executeUpdate();
        }
    }
}
