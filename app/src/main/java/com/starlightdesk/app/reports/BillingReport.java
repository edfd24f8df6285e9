package com.starlightdesk.app.reports;

import com.starlightdesk.app.chart.ChartSection;
import com.starlightdesk.app.parts.Dollars;
import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.data.repo.Receivables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The billing reports of the Reports hub, each read from the data layer's {@link Receivables} into a {@link ReportSheet}:
 * the table shown is the CSV file saved ({@link ReceivablesCsv}), with the chart each line opens and the lines that
 * add others up. Open only to those who bill. Stateless.
 */
public enum BillingReport {
    AGING("A/R aging", "What each household owes, by how long past due: current, 1–30, 31–60, 61–90 and over 90 days.",
            "ar-aging", "No money is owed", "No household has an open invoice or credit on account."),
    MEMBERSHIP_REVENUE("Membership revenue (MRR)", "Monthly recurring revenue and active members per plan over the last 12 months.",
            "membership-revenue", "No membership billed yet", "Each month's membership invoices show here once a billing run has made them."),
    COLLECTIONS("Collections", "Payments received and refunded per month and payment method over the last 12 months.",
            "collections", "No payments yet", "Payments and refunds recorded in Billing show here by month and method."),
    OVERDUE_THIS_MONTH("Overdue this month", "Invoices of active patients that fell due this month and are still open.",
            "overdue-this-month", "Nothing overdue this month", "No invoice of an active patient that fell due this month is still open.");

    private final String title;
    private final String description;
    private final String fileStem;
    private final String emptyTitle;
    private final String emptyText;

    BillingReport(String title, String description, String fileStem, String emptyTitle, String emptyText) {
        this.title = title;
        this.description = description;
        this.fileStem = fileStem;
        this.emptyTitle = emptyTitle;
        this.emptyText = emptyText;
    }

    public String title() { return title; }
    public String description() { return description; }
    /** The start of the CSV file's name and the report's id in the hub ({@code ar-aging}). */
    public String fileStem() { return fileStem; }
    public String emptyTitle() { return emptyTitle; }
    public String emptyText() { return emptyText; }

    /** Reads the report from {@code data}; blocks on the store (never on the FX thread). */
    public ReportSheet read(PracticeData data) {
        Receivables receivables = data.receivables();
        return switch (this) {
            case AGING -> aging(receivables);
            case MEMBERSHIP_REVENUE -> {
                Receivables.MembershipRevenue revenue = receivables.membershipRevenue();
                var table = ReceivablesCsv.revenue(revenue);
                int members = revenue.members(revenue.last());
                yield new ReportSheet(table, none(table.rows().size()), totals(table.rows(), 1, "All plans"), null, revenue,
                        revenue.lines().stream().allMatch(l -> l.members() == 0 && l.revenue().signum() == 0), revenue.last() + ": "
                        + Dollars.format(revenue.revenue(revenue.last())) + " from " + members + (members == 1 ? " member" : " members"));
            }
            case COLLECTIONS -> {
                Receivables.Collections collections = receivables.collections();
                var table = ReceivablesCsv.collections(collections);
                Receivables.CollectionsLine all = collections.total();
                yield new ReportSheet(table, none(table.rows().size()), totals(table.rows(), 1, "All methods"), null, null,
                        collections.lines().isEmpty(), collections.first() + " to " + collections.last() + ": " + Dollars.format(all.received())
                        + " received, " + Dollars.format(all.refunded()) + " refunded, " + Dollars.format(all.net()) + " net");
            }
            case OVERDUE_THIS_MONTH -> {
                Receivables.OverdueThisMonth overdue = receivables.overdueThisMonth();
                var table = ReceivablesCsv.overdue(overdue);
                List<UUID> opens = new ArrayList<>(overdue.invoices().stream().map(Receivables.OverdueInvoice::patientId).toList());
                opens.add(null);
                int n = overdue.invoices().size();
                yield new ReportSheet(table, opens, Set.of(n), ChartSection.SUMMARY, null, n == 0,
                        n + (n == 1 ? " invoice, " : " invoices, ") + Dollars.format(overdue.open()) + " open on " + overdue.today());
            }
        };
    }

    private static ReportSheet aging(Receivables receivables) {
        Receivables.Aging aging = receivables.aging();
        List<UUID> households = aging.households().stream().map(Receivables.AgingLine::household).toList();
        Map<UUID, Receivables.HouseholdName> named = receivables.householdNames(households);
        Map<UUID, String> names = new HashMap<>();
        named.forEach((household, name) -> names.put(household, name.name()));
        List<UUID> opens = new ArrayList<>();
        for (UUID household : households) {
            Receivables.HouseholdName name = named.get(household);
            opens.add(name == null ? null : name.eldest());
        }
        opens.add(null);
        int n = households.size();
        return new ReportSheet(ReceivablesCsv.aging(aging, names), opens, Set.of(n), ChartSection.HOUSEHOLD, null, n == 0,
                n + (n == 1 ? " household, " : " households, ") + Dollars.format(aging.totals().balance()) + " owed on " + aging.today());
    }

    private static List<UUID> none(int rows) {
        List<UUID> opens = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            opens.add(null);
        }
        return opens;
    }

    /** The lines whose cell {@code column} says {@code words} or that start with "Total". */
    private static Set<Integer> totals(List<List<String>> rows, int column, String words) {
        Set<Integer> lines = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get(column).equals(words) || rows.get(i).get(0).startsWith("Total")) {
                lines.add(i);
            }
        }
        return lines;
    }
}
