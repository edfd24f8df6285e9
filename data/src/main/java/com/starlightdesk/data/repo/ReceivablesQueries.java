package com.starlightdesk.data.repo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterColumnMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The billing reports' set-based reads, each one statement over the practice's invoices, credit notes, allocations
 * and payments (never one per invoice or household). The SQL lies beside this interface ({@code ReceivablesQueries/*.sql})
 * and runs alike on H2 and PostgreSQL: dates and instants the reports need are worked out by {@link Receivables}.
 */
@PracticeScoped
@UseClasspathSqlLocator
@RegisterColumnMapper(DriverTypedColumns.Uuid.class)
interface ReceivablesQueries {

    /** A household's open amounts by days past due and its credit on account. */
    record AgingRow(UUID householdId, int openInvoices, BigDecimal currentOpen, BigDecimal open130, BigDecimal open3160,
            BigDecimal open6190, BigDecimal openOver90, BigDecimal credit) {
    }

    /** An invoice of an active patient that fell due this month and is still open. */
    record OverdueRow(UUID invoiceId, UUID patientId, String firstName, String lastName, UUID householdId, String kind,
            LocalDate issuedOn, LocalDate dueDate, BigDecimal totalAmount, BigDecimal net, BigDecimal openAmount) {
    }

    /** A month's membership revenue and members of one plan (null: invoices with no plan line). */
    record RevenueRow(LocalDate billingMonth, UUID planId, int members, BigDecimal revenue) {
    }

    /** A month's money received and refunded by one method (null: none recorded). */
    record CollectionsRow(int monthIndex, String paymentMethod, BigDecimal received, BigDecimal refunded) {
    }

    @SqlQuery
    @RegisterConstructorMapper(AgingRow.class)
    List<AgingRow> aging(@Bind("today") LocalDate today, @Bind("day30") LocalDate day30, @Bind("day60") LocalDate day60,
            @Bind("day90") LocalDate day90);

    @SqlQuery
    @RegisterConstructorMapper(OverdueRow.class)
    List<OverdueRow> overdueThisMonth(@Bind("monthStart") LocalDate monthStart, @Bind("today") LocalDate today);

    @SqlQuery
    @RegisterConstructorMapper(RevenueRow.class)
    List<RevenueRow> membershipRevenue(@Bind("firstMonth") LocalDate firstMonth, @Bind("lastMonth") LocalDate lastMonth);

    @SqlQuery
    @RegisterConstructorMapper(CollectionsRow.class)
    List<CollectionsRow> collections(@Bind("m0") Instant m0, @Bind("m1") Instant m1, @Bind("m2") Instant m2, @Bind("m3") Instant m3,
            @Bind("m4") Instant m4, @Bind("m5") Instant m5, @Bind("m6") Instant m6, @Bind("m7") Instant m7, @Bind("m8") Instant m8,
            @Bind("m9") Instant m9, @Bind("m10") Instant m10, @Bind("m11") Instant m11, @Bind("m12") Instant m12);

    /** A patient's household and name, to word the households of the aging report. */
    record HouseholdMember(UUID id, UUID householdId, String firstName, String lastName, LocalDate dateOfBirth) {
    }

    @SqlQuery
    @RegisterConstructorMapper(HouseholdMember.class)
    List<HouseholdMember> householdMembers();
}
