package com.starlightdesk.data.domain;

import java.time.ZoneId;
import java.util.UUID;

/**
 * A practice: its name, the time zone its calendar and dates are kept in, and its working hours (the
 * stored text of {@link WorkingHours}, in that zone's local time).
 */
public record Practice(UUID id, String name, String timeZone, String workingHours) {
    public Practice {
        Fields.id("id", id);
        name = Fields.text("name", name, 200);
        timeZone = Fields.zone("timeZone", timeZone).getId();
        workingHours = WorkingHours.parse("workingHours", workingHours).text();
    }

    /** A new practice open Monday to Friday, 8:00 to 18:00. */
    public static Practice of(UUID id, String name, String timeZone) {
        return new Practice(id, name, timeZone, WorkingHours.WEEKDAYS.text());
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public WorkingHours hours() {
        return WorkingHours.parse("workingHours", workingHours);
    }

    /** This practice with other working hours. */
    public Practice withHours(WorkingHours hours) {
        return new Practice(id, name, timeZone, hours.text());
    }
}
