package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Payment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The reads behind a household's statement (see the {@code .sql} files beside this). Thread-safe on demand. */
@PracticeScoped
@UseClasspathSqlLocator
public interface StatementQueries {

    /** A household's balance at the end of a day. */
    record HouseholdBalance(UUID household, BigDecimal balance) {
    }

    /** What a household's payments allocated to one invoice. */
    record Allocated(UUID invoiceId, BigDecimal amount) {
    }

    @SqlQuery
    List<Patient> members(@Bind("household") UUID household);

    @SqlQuery
    List<Invoice> invoices(@Bind("household") UUID household);

    @SqlQuery
    List<Payment> payments(@Bind("household") UUID household, @Bind("end") Instant end);

    @SqlQuery
    @RegisterConstructorMapper(Allocated.class)
    List<Allocated> allocated(@Bind("household") UUID household, @Bind("end") Instant end);

    @SqlQuery
    @RegisterConstructorMapper(HouseholdBalance.class)
    List<HouseholdBalance> balances(@Bind("to") LocalDate to, @Bind("end") Instant end);
}
