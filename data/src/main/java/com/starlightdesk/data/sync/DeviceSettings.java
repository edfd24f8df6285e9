package com.starlightdesk.data.sync;

import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Small named facts about this device and store ({@code device_settings}): the device id, the sync cursor,
 * bootstrap progress and the remote settings. Thread-safe; each call runs on its own handle unless given one.
 */
public final class DeviceSettings {
    /** This device's id, made once per store; the server records it with every applied mutation. */
    public static final String DEVICE_ID = "device.id";

    private final Jdbi jdbi;

    public DeviceSettings(DataSource dataSource) {
        this.jdbi = Jdbi.create(dataSource);
    }

    public Optional<String> get(String name) {
        return LocalTransactions.withHandle(jdbi, h -> get(h, name));
    }

    public void put(String name, String value) {
        LocalTransactions.withHandle(jdbi, h -> {
            put(h, name, value);
            return null;
        });
    }

    public void remove(String name) {
        LocalTransactions.withHandle(jdbi, h -> {
            remove(h, name);
            return null;
        });
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

    static Optional<String> get(Handle h, String name) {
        return h.createQuery("SELECT setting_value FROM device_settings WHERE setting_name = :name")
                .bind("name", name)
                .mapTo(String.class)
                .findOne();
    }

    static void put(Handle h, String name, String value) {
        int updated = h.createUpdate("UPDATE device_settings SET setting_value = :value WHERE setting_name = :name")
                .bind("name", name)
                .bind("value", value)
                .execute();
        if (updated == 0) {
            h.createUpdate("INSERT INTO device_settings (setting_name, setting_value) VALUES (:name, :value)")
                    .bind("name", name)
                    .bind("value", value)
                    .execute();
        }
    }

    static void remove(Handle h, String name) {
        h.createUpdate("DELETE FROM device_settings WHERE setting_name = :name").bind("name", name).execute();
    }
}
