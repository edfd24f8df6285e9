package com.starlightdesk.app.reports;

import com.starlightdesk.app.chart.ChartSection;
import com.starlightdesk.app.parts.CsvTable;
import com.starlightdesk.data.repo.Receivables;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A billing report as read: its table (shown on screen as it is saved to CSV), the patient whose chart each line opens
 * (null: none) and at which section, which lines add others up (shown in bold), the membership revenue for its chart
 * (null: no chart), whether there is nothing to show, and a line summing it up. Immutable.
 */
public record ReportSheet(CsvTable table, List<UUID> opens, Set<Integer> totals, ChartSection opensAt,
        Receivables.MembershipRevenue revenue, boolean empty, String summary) {
    public ReportSheet {
        opens = java.util.Collections.unmodifiableList(new ArrayList<>(opens));
        totals = Set.copyOf(totals);
        if (opens.size() != table.rows().size()) {
            throw new IllegalArgumentException("a patient (or none) for each line");
        }
    }

    /** The patient line {@code index} opens, or null. */
    public UUID opens(int index) {
        return index < 0 || index >= opens.size() ? null : opens.get(index);
    }
}
