package com.starlightdesk.data.domain;

import java.time.ZoneId;
import java.util.UUID;

/** A practice: its name and the time zone its calendar and dates are kept in. */
public record Practice(UUID id, String name, String timeZone) {
    public Practice {
        Fields.id("id", id);
        name = Fields.text("name", name, 200);
        timeZone = Fields.zone("timeZone", timeZone).getId();
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
