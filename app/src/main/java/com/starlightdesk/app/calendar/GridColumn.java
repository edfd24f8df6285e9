package com.starlightdesk.app.calendar;

import com.starlightdesk.data.domain.Provider;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One column of the week grid: a day, or in the day view with several providers, one provider's day
 * ({@code provider} is null for a whole day). Immutable.
 */
record GridColumn(LocalDate day, Provider provider) {

    /** Whether {@code v} is drawn in this column. */
    boolean holds(CalendarVisit v, ZoneId zone) {
        return day.equals(v.start(zone).toLocalDate()) && (provider == null || provider.id().equals(v.appointment().providerId()));
    }
}
