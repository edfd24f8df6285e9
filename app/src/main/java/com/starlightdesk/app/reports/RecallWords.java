package com.starlightdesk.app.reports;

import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.PatientAge;
import com.starlightdesk.data.repo.ImmunizationRecall.Child;
import com.starlightdesk.data.repo.ImmunizationRecall.GroupDue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the recall list words a child's line, on screen and in its CSV file: ages as the chart says them, days as
 * "Nov 27, 2026", each group with its standing and due date ("MMR overdue since Nov 1, 2025"), refusals with their
 * day, the next visit with its kind. Immutable.
 */
public final class RecallWords {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);
    private static final DateTimeFormatter VISIT = DateTimeFormatter.ofPattern("MMM d, uuuu h:mm a", Locale.US);

    private final LocalDate today;
    private final ZoneId zone;

    public RecallWords(LocalDate today, ZoneId zone) {
        this.today = today;
        this.zone = zone;
    }

    public String age(Child c) {
        return PatientAge.of(c.dateOfBirth(), today);
    }

    public String date(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public String provider(Child c) {
        return c.providerName() == null ? "" : c.providerName();
    }

    /** One group: "MMR overdue since Nov 1, 2025", "HepB due since Nov 2, 2026", "DTaP/Tdap/Td due Dec 20, 2026". */
    public String group(GroupDue g) {
        LocalDate due = g.dueOn();
        String when = due == null ? "" : (due.isAfter(today) ? " due " : g.isOverdue() ? " overdue since " : " due since ") + date(due);
        return due == null ? g.name() + " due" : g.name() + when;
    }

    /** The groups that list the child, most urgent first, separated by "; ". */
    public String groups(Child c) {
        return c.due().stream().map(this::group).collect(Collectors.joining("; "));
    }

    /** The groups refused: "Influenza refused Oct 2, 2026". */
    public String refused(Child c) {
        return c.refused().stream().map(g -> g.name() + " refused " + date(g.refusedOn())).collect(Collectors.joining("; "));
    }

    /** The next visit booked: "Dec 3, 2026 9:00 AM, vaccination", or "" without one. */
    public String nextVisit(Child c) {
        return c.nextVisit() == null ? "" : visit(c.nextVisit()) + ", " + kind(c.nextVisitType());
    }

    public String visit(Instant at) {
        return VISIT.format(at.atZone(zone));
    }

    private static String kind(AppointmentType type) {
        return type == null ? "visit" : switch (type) {
            case CHECKUP -> "checkup";
            case FOLLOWUP -> "follow-up";
            case SICK_VISIT -> "sick visit";
            case VACCINATION -> "vaccination";
            case WELLNESS -> "wellness";
        };
    }
}
