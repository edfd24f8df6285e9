package com.starlightdesk.app.reports;

import com.starlightdesk.app.parts.CsvTable;
import com.starlightdesk.data.repo.Receivables;
import com.starlightdesk.data.repo.Receivables.AgingLine;
import com.starlightdesk.data.repo.Receivables.Bucket;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The billing reports as tables for CSV ({@link CsvTable}), a line per line shown and a totals line last. Amounts are
 * plain numbers with two decimals, negative ones included, which a spreadsheet reads as numbers. Stateless.
 */
public final class ReceivablesCsv {
    private ReceivablesCsv() {
    }

    /** The short form of a household's id that the command line prints instead of names. */
    public static String shortId(UUID household) {
        return household.toString().substring(0, 8);
    }

    /**
     * The aging report: a line per household (its name from {@code names}, or its short id when {@code names} is null:
     * no names on the command line), then the totals.
     */
    public static CsvTable aging(Receivables.Aging aging, Map<UUID, String> names) {
        List<String> header = new ArrayList<>(List.of("Household", "Open invoices"));
        for (Bucket b : Bucket.values()) {
            header.add(b.label());
        }
        header.addAll(List.of("Open", "Credit on account", "Balance"));
        List<List<String>> rows = new ArrayList<>();
        for (AgingLine line : aging.households()) {
            rows.add(agingCells(names == null ? shortId(line.household()) : names.getOrDefault(line.household(), shortId(line.household())),
                    line));
        }
        rows.add(agingCells("Total (" + aging.households().size() + " households)", aging.totals()));
        return new CsvTable(header, rows);
    }

    private static List<String> agingCells(String who, AgingLine line) {
        List<String> cells = new ArrayList<>(List.of(who, Integer.toString(line.openInvoices())));
        for (Bucket b : Bucket.values()) {
            cells.add(amount(line.in(b)));
        }
        cells.addAll(List.of(amount(line.open()), amount(line.credit()), amount(line.balance())));
        return cells;
    }

    /** The overdue invoices of this month, then their totals. */
    public static CsvTable overdue(Receivables.OverdueThisMonth report) {
        List<List<String>> rows = new ArrayList<>();
        for (Receivables.OverdueInvoice i : report.invoices()) {
            rows.add(List.of(i.displayName(), kind(i), String.valueOf(i.issuedOn()), i.dueDate().toString(),
                    Integer.toString(i.daysOverdue()), amount(i.total()), amount(i.open())));
        }
        rows.add(List.of("Total (" + report.invoices().size() + " invoices)", "", "", "", "", amount(report.total()), amount(report.open())));
        return new CsvTable(List.of("Patient", "Invoice", "Issued", "Due", "Days overdue", "Total", "Open"), rows);
    }

    /** What an invoice bills, in the desk's words. */
    public static String kind(Receivables.OverdueInvoice i) {
        return switch (i.kind()) {
            case MEMBERSHIP -> "Membership";
            case VISIT -> "Visit";
            case CREDIT_NOTE -> "Credit note";
        };
    }

    /** Membership revenue and members: a line per month and plan, and a line per month for all plans. */
    public static CsvTable revenue(Receivables.MembershipRevenue revenue) {
        List<List<String>> rows = new ArrayList<>();
        for (YearMonth month : revenue.months()) {
            for (Receivables.PlanMonth line : revenue.lines()) {
                if (line.month().equals(month)) {
                    rows.add(List.of(month.toString(), line.planName(), Integer.toString(line.members()), amount(line.revenue())));
                }
            }
            rows.add(List.of(month.toString(), "All plans", Integer.toString(revenue.members(month)), amount(revenue.revenue(month))));
        }
        return new CsvTable(List.of("Month", "Plan", "Members", "Revenue"), rows);
    }

    /** Collections: a line per month and method, then a line per month and the whole period's totals. */
    public static CsvTable collections(Receivables.Collections collections) {
        List<List<String>> rows = new ArrayList<>();
        for (YearMonth month = collections.first(); !month.isAfter(collections.last()); month = month.plusMonths(1)) {
            for (Receivables.CollectionsLine line : collections.lines()) {
                if (line.month().equals(month)) {
                    rows.add(collectionCells(month.toString(), method(line), line));
                }
            }
            rows.add(collectionCells(month.toString(), "All methods", collections.total(month)));
        }
        rows.add(collectionCells("Total", "All methods", collections.total()));
        return new CsvTable(List.of("Month", "Method", "Received", "Refunded", "Net"), rows);
    }

    private static List<String> collectionCells(String month, String method, Receivables.CollectionsLine line) {
        return List.of(month, method, amount(line.received()), amount(line.refunded()), amount(line.net()));
    }

    /** A payment method in the desk's words. */
    public static String method(Receivables.CollectionsLine line) {
        if (line.method() == null) {
            return "Not recorded";
        }
        return switch (line.method()) {
            case CARD -> "Card";
            case CASH -> "Cash";
            case CHECK -> "Check";
            case ACH -> "ACH";
            case HSA -> "HSA";
            case OTHER -> "Other";
        };
    }

    private static String amount(BigDecimal value) {
        return value.toPlainString();
    }
}
