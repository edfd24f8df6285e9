package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.AuditAction;
import com.starlightdesk.data.domain.InvoiceKind;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.domain.PaymentMethod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * The practice's billing reports, read from the local store: accounts receivable aging per household, membership
 * revenue and members per plan for each of the last twelve months, collections per month and method, and the
 * invoices of active patients that fell due this month and are still open. Every figure is the {@link Ledger}'s:
 * for a charge invoice (membership or visit) neither draft nor void, {@code net = max(total − non-void credit notes, 0)},
 * {@code applied = min(allocated, net)}, {@code open = net − applied}; other invoices count for nothing (money
 * allocated to them is credit again); a household's credit on account is its payments less its refunds less what its
 * invoices applied. The reads total those in the database, one set-based statement per report, in a shape that needs
 * no index beyond the schema's (each invoice's credit notes and allocations are summed by invoice, not looked up per
 * invoice); tests hold them to the ledger's figures. "Today" is the practice's, in its time zone.
 * Thread-safe; every call blocks on the store.
 */
public final class Receivables {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final PracticeData data;
    private final Jdbi jdbi;

    Receivables(PracticeData data, Jdbi jdbi) {
        this.data = data;
        this.jdbi = jdbi;
    }

    /** The aging buckets, by days past due (today − due date): current is not yet due or due today. */
    public enum Bucket {
        CURRENT("Current"),
        DAYS_1_30("1–30 days"),
        DAYS_31_60("31–60 days"),
        DAYS_61_90("61–90 days"),
        OVER_90("Over 90 days");

        private final String label;

        Bucket(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The bucket of an invoice due {@code dueDate} (none: current) on {@code today}. */
        public static Bucket of(LocalDate dueDate, LocalDate today) {
            if (dueDate == null || !dueDate.isBefore(today)) {
                return CURRENT;
            }
            long days = today.toEpochDay() - dueDate.toEpochDay();
            return days <= 30 ? DAYS_1_30 : days <= 60 ? DAYS_31_60 : days <= 90 ? DAYS_61_90 : OVER_90;
        }
    }

    /**
     * One line of the aging report: a household (null for the totals line), how many of its invoices are open, its open
     * amounts by bucket and its credit on account. {@link #balance()} is what it owes (negative: what the practice
     * owes it).
     */
    public record AgingLine(UUID household, int openInvoices, BigDecimal current, BigDecimal days1to30, BigDecimal days31to60,
            BigDecimal days61to90, BigDecimal over90, BigDecimal credit) {
        public AgingLine {
            current = money(current);
            days1to30 = money(days1to30);
            days31to60 = money(days31to60);
            days61to90 = money(days61to90);
            over90 = money(over90);
            credit = money(credit);
        }

        /** The open amount in {@code bucket}. */
        public BigDecimal in(Bucket bucket) {
            return switch (bucket) {
                case CURRENT -> current;
                case DAYS_1_30 -> days1to30;
                case DAYS_31_60 -> days31to60;
                case DAYS_61_90 -> days61to90;
                case OVER_90 -> over90;
            };
        }

        /** Everything open, all buckets. */
        public BigDecimal open() {
            return current.add(days1to30).add(days31to60).add(days61to90).add(over90);
        }

        /** Open less credit on account. */
        public BigDecimal balance() {
            return open().subtract(credit);
        }

        AgingLine plus(AgingLine other) {
            return new AgingLine(null, openInvoices + other.openInvoices, current.add(other.current), days1to30.add(other.days1to30),
                    days31to60.add(other.days31to60), days61to90.add(other.days61to90), over90.add(other.over90), credit.add(other.credit));
        }
    }

    /** The aging report on {@code today}: each household with an open invoice or credit (by household id), and the totals. */
    public record Aging(LocalDate today, List<AgingLine> households, AgingLine totals) {
        public Aging {
            households = List.copyOf(households);
        }
    }

    /** Accounts receivable aging today, in the practice's time zone. */
    public Aging aging() {
        return aging(today());
    }

    /** Accounts receivable aging on {@code today}. */
    public Aging aging(LocalDate today) {
        Objects.requireNonNull(today, "today");
        List<AgingLine> lines = jdbi.withExtension(ReceivablesQueries.class, q -> q.aging(today, today.minusDays(30), today.minusDays(60),
                today.minusDays(90))).stream().map(r -> new AgingLine(r.householdId(), r.openInvoices(), r.currentOpen(), r.open130(),
                r.open3160(), r.open6190(), r.openOver90(), r.credit())).toList();
        AgingLine totals = new AgingLine(null, 0, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO);
        for (AgingLine line : lines) {
            totals = totals.plus(line);
        }
        return new Aging(today, lines, totals);
    }

    /** How a household is called on screen ("Rowe: Ava, Ben") and its eldest member, whose chart opens the household's. */
    public record HouseholdName(String name, UUID eldest) {
    }

    /**
     * How the households of {@code ids} are called on screen: the family's last name (or names) and its members' first
     * names, eldest first ("Rowe: Ava, Ben"), with the eldest member. Reads patients' names: recorded in the audit log
     * as a read of the practice's patients.
     */
    public Map<UUID, HouseholdName> householdNames(java.util.Collection<UUID> ids) {
        java.util.Set<UUID> wanted = new java.util.HashSet<>(ids);
        Map<UUID, List<ReceivablesQueries.HouseholdMember>> members = new HashMap<>();
        for (ReceivablesQueries.HouseholdMember m : jdbi.withExtension(ReceivablesQueries.class, ReceivablesQueries::householdMembers)) {
            if (wanted.contains(m.householdId())) {
                members.computeIfAbsent(m.householdId(), k -> new ArrayList<>()).add(m);
            }
        }
        data.writeAll(c -> c.auditBulk(AuditAction.READ, Tables.PATIENTS.name()));
        Map<UUID, HouseholdName> names = new HashMap<>();
        members.forEach((household, people) -> {
            people.sort(Comparator.comparing(ReceivablesQueries.HouseholdMember::dateOfBirth, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(ReceivablesQueries.HouseholdMember::firstName));
            String last = people.stream().map(ReceivablesQueries.HouseholdMember::lastName).distinct().collect(Collectors.joining("/"));
            names.put(household, new HouseholdName(last + ": " + people.stream().map(ReceivablesQueries.HouseholdMember::firstName)
                    .collect(Collectors.joining(", ")), people.get(0).id()));
        });
        return names;
    }

    /** An open invoice of an active patient that fell due this month: whose, what, when due, how late, how much open. */
    public record OverdueInvoice(UUID invoiceId, UUID patientId, String firstName, String lastName, UUID household, InvoiceKind kind,
            LocalDate issuedOn, LocalDate dueDate, int daysOverdue, BigDecimal total, BigDecimal net, BigDecimal open) {
        public OverdueInvoice {
            total = money(total);
            net = money(net);
            open = money(open);
        }

        public String displayName() {
            return lastName + ", " + firstName;
        }
    }

    /** The overdue invoices of this month, with {@code today} and the totals of what they bill and what is open. */
    public record OverdueThisMonth(LocalDate today, List<OverdueInvoice> invoices, BigDecimal total, BigDecimal open) {
        public OverdueThisMonth {
            invoices = List.copyOf(invoices);
        }
    }

    /** The seed's report for today in the practice's time zone (see {@link #overdueThisMonth(LocalDate)}). */
    public OverdueThisMonth overdueThisMonth() {
        return overdueThisMonth(today());
    }

    /**
     * The seed's report "overdue invoices for active patients this month", read as: the sent membership and visit
     * invoices that fell due in {@code today}'s month before {@code today} and are still open (overdue as the money
     * contract computes it), of patients who are active (not prospects, not inactivated); by due date, then name.
     * Invoices that fell due in earlier months and are still open are in the aging report. The read is recorded in
     * the audit log (it names patients).
     */
    public OverdueThisMonth overdueThisMonth(LocalDate today) {
        LocalDate monthStart = today.withDayOfMonth(1);
        List<OverdueInvoice> invoices = jdbi.withExtension(ReceivablesQueries.class, q -> q.overdueThisMonth(monthStart, today)).stream()
                .map(r -> new OverdueInvoice(r.invoiceId(), r.patientId(), r.firstName(), r.lastName(), r.householdId(),
                        InvoiceKind.of("kind", r.kind()), r.issuedOn(), r.dueDate(), (int) (today.toEpochDay() - r.dueDate().toEpochDay()),
                        r.totalAmount(), r.net(), r.openAmount())).toList();
        data.writeAll(c -> c.auditBulk(AuditAction.READ, Tables.INVOICES.name()));
        return new OverdueThisMonth(today, invoices, sum(invoices.stream().map(OverdueInvoice::total).toList()),
                sum(invoices.stream().map(OverdueInvoice::open).toList()));
    }

    /** A plan's membership revenue and members in a month (plan null: membership invoices with no plan line). */
    public record PlanMonth(YearMonth month, UUID planId, String planName, int members, BigDecimal revenue) {
        public PlanMonth {
            revenue = money(revenue);
        }
    }

    /**
     * Monthly recurring revenue per plan: for each month from {@code first} to {@code last} and each plan that billed
     * in any of them (plans in age order, then one line for invoices naming no plan), the month's membership invoices
     * that are neither void nor draft, each at its ledger net (its total less the credit notes, not void, correcting
     * it) — discounts of the household rule included, as each invoice's total is — and the members, the memberships
     * with such an invoice in the month (a day billed). An invoice's plan is its first charge line's. A month with
     * nothing billed is there with zeros.
     */
    public record MembershipRevenue(YearMonth first, YearMonth last, List<PlanMonth> lines) {
        public MembershipRevenue {
            lines = List.copyOf(lines);
        }

        /** The months, oldest first. */
        public List<YearMonth> months() {
            List<YearMonth> months = new ArrayList<>();
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                months.add(m);
            }
            return months;
        }

        /** The whole practice's revenue of {@code month}. */
        public BigDecimal revenue(YearMonth month) {
            return sum(lines.stream().filter(l -> l.month().equals(month)).map(PlanMonth::revenue).toList());
        }

        /** The whole practice's members in {@code month}. */
        public int members(YearMonth month) {
            return lines.stream().filter(l -> l.month().equals(month)).mapToInt(PlanMonth::members).sum();
        }
    }

    /** Revenue and members per plan for the twelve months ending with this one, in the practice's time zone. */
    public MembershipRevenue membershipRevenue() {
        YearMonth now = YearMonth.from(today());
        return membershipRevenue(now.minusMonths(11), now);
    }

    /** Revenue and members per plan for the months {@code first} to {@code last} (see {@link MembershipRevenue}). */
    public MembershipRevenue membershipRevenue(YearMonth first, YearMonth last) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last month before first");
        }
        List<ReceivablesQueries.RevenueRow> rows = jdbi.withExtension(ReceivablesQueries.class,
                q -> q.membershipRevenue(first.atDay(1), last.atDay(1)));
        List<MembershipPlan> plans = data.billing().plans();
        Map<UUID, String> names = new LinkedHashMap<>();
        plans.forEach(p -> names.put(p.id(), p.name()));
        Map<UUID, Boolean> billed = new HashMap<>();
        rows.forEach(r -> billed.put(r.planId(), true));
        List<UUID> order = new ArrayList<>(names.keySet().stream().filter(billed::containsKey).toList());
        if (billed.containsKey(null)) {
            order.add(null);
        }
        Map<String, ReceivablesQueries.RevenueRow> byKey = new HashMap<>();
        rows.forEach(r -> byKey.put(YearMonth.from(r.billingMonth()) + "/" + r.planId(), r));
        List<PlanMonth> lines = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            for (UUID plan : order) {
                ReceivablesQueries.RevenueRow r = byKey.get(m + "/" + plan);
                String name = plan == null ? "No plan" : names.get(plan);
                lines.add(new PlanMonth(m, plan, name, r == null ? 0 : r.members(), r == null ? ZERO : r.revenue()));
            }
        }
        return new MembershipRevenue(first, last, lines);
    }

    /** Money received and refunded in a month by one method (null: no method recorded); {@link #net()} is kept. */
    public record CollectionsLine(YearMonth month, PaymentMethod method, BigDecimal received, BigDecimal refunded) {
        public CollectionsLine {
            received = money(received);
            refunded = money(refunded);
        }

        public BigDecimal net() {
            return received.subtract(refunded);
        }
    }

    /** Collections for the months {@code first} to {@code last}: a line per month and method that saw money, and per month totals. */
    public record Collections(YearMonth first, YearMonth last, List<CollectionsLine> lines) {
        public Collections {
            lines = List.copyOf(lines);
        }

        /** The month's lines added up (method null). */
        public CollectionsLine total(YearMonth month) {
            return new CollectionsLine(month, null, sum(lines.stream().filter(l -> l.month().equals(month)).map(CollectionsLine::received).toList()),
                    sum(lines.stream().filter(l -> l.month().equals(month)).map(CollectionsLine::refunded).toList()));
        }

        /** Every line added up. */
        public CollectionsLine total() {
            return new CollectionsLine(last, null, sum(lines.stream().map(CollectionsLine::received).toList()),
                    sum(lines.stream().map(CollectionsLine::refunded).toList()));
        }
    }

    /** Collections for the twelve months ending with this one, in the practice's time zone. */
    public Collections collections() {
        YearMonth now = YearMonth.from(today());
        return collections(now.minusMonths(11));
    }

    /**
     * Payments received less refunds paid per month (by {@code paid_at} in the practice's time zone) and payment method,
     * for the twelve months from {@code first}; by month, then method (methods in their order, none last).
     */
    public Collections collections(YearMonth first) {
        ZoneId zone = zone();
        Instant[] m = new Instant[13];
        for (int i = 0; i <= 12; i++) {
            m[i] = first.plusMonths(i).atDay(1).atStartOfDay(zone).toInstant();
        }
        List<ReceivablesQueries.CollectionsRow> rows = jdbi.withExtension(ReceivablesQueries.class, q -> q.collections(m[0], m[1], m[2],
                m[3], m[4], m[5], m[6], m[7], m[8], m[9], m[10], m[11], m[12]));
        Map<Integer, Map<Integer, CollectionsLine>> sorted = new TreeMap<>();
        for (ReceivablesQueries.CollectionsRow r : rows) {
            PaymentMethod method = r.paymentMethod() == null ? null : PaymentMethod.of("paymentMethod", r.paymentMethod());
            sorted.computeIfAbsent(r.monthIndex(), k -> new TreeMap<>()).put(method == null ? Integer.MAX_VALUE : method.ordinal(),
                    new CollectionsLine(first.plusMonths(r.monthIndex()), method, r.received(), r.refunded()));
        }
        List<CollectionsLine> lines = new ArrayList<>();
        sorted.values().forEach(month -> lines.addAll(month.values()));
        return new Collections(first, first.plusMonths(11), lines);
    }

    /** Today in the practice's time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(data.clock().instant(), zone());
    }

    private ZoneId zone() {
        return data.office().practice().orElseThrow().zone();
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? ZERO : amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(ZERO, BigDecimal::add);
    }
}
