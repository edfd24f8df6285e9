package com.starlightdesk.app.firstrun;

import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.ValidationException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Create a practice" form: the practice's name and time zone and its first admin. Confined to the
 * FX thread; needs no toolkit.
 */
public final class NewPracticeForm {
    /** Time zones offered first: the US practice zones. Any valid zone id may be typed. */
    public static final List<String> COMMON_ZONES = List.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu");

    private final FieldErrors errors = new FieldErrors();
    private final StringProperty practiceName = new SimpleStringProperty("");
    private final StringProperty timeZone = new SimpleStringProperty(defaultZone());
    private final FirstUser admin = new FirstUser(errors, "adminName", "adminEmail", "password", "confirmPassword", "");

    private static String defaultZone() {
        String system = ZoneId.systemDefault().getId();
        return COMMON_ZONES.contains(system) ? system : "America/Chicago";
    }

    /** Checks every field, writing a message at each one that is wrong; true when all are right. */
    boolean check() {
        errors.clear();
        String name = name();
        try {
            Practice.of(UUID.randomUUID(), name.isEmpty() ? "?" : name, "UTC");
        } catch (ValidationException e) {
            refused(e);
        }
        if (name.isEmpty()) {
            errors.set("practiceName", "Enter the practice's name");
        }
        try {
            ZoneId.of(zone());
        } catch (DateTimeException e) {
            errors.set("timeZone", "Choose a time zone such as America/Chicago");
        }
        admin.check();
        return errors.isEmpty();
    }

    /** Shows a rule the store refused at the field it concerns. */
    void refused(ValidationException e) {
        Map<String, String> fields = new HashMap<>(admin.fields());
        fields.put("name", "practiceName");
        fields.put("timeZone", "timeZone");
        errors.set(e, fields);
    }

    String name() {
        return practiceName.get().strip();
    }

    String zone() {
        return timeZone.get() == null ? "" : timeZone.get().strip();
    }

    public StringProperty practiceNameProperty() { return practiceName; }
    public StringProperty timeZoneProperty() { return timeZone; }
    public FirstUser admin() { return admin; }
    public FieldErrors errors() { return errors; }
}
