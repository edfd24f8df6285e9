package com.starlightdesk.data.repo;

import com.starlightdesk.data.billing.AccountStanding;
import com.starlightdesk.data.billing.InvoiceStanding;
import com.starlightdesk.data.domain.InvoiceKind;
import com.starlightdesk.data.domain.InvoiceStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.sqlobject.SqlObject;

/**
 * The ledger's set-based reads on one handle (on demand, or inside a write's transaction so a payment sees what it
 * has written so far). The SQL lies beside this interface ({@code LedgerQueries/standing.sql}, {@code accounts.sql});
 * its {@code <filter>}, {@code <account>} and {@code <paymentFilter>} are filled here with the fixed clauses of
 * {@link Ledger}, never with input. Bound to the handle's practice.
 */
interface LedgerQueries extends SqlObject {
    String STANDING = ClasspathSqlLocator.removingComments().locate(LedgerQueries.class, "standing");
    String ACCOUNTS = ClasspathSqlLocator.removingComments().locate(LedgerQueries.class, "accounts");
    String ORDER = " ORDER BY s.due_date, s.issued_on, s.id";

    /** Invoices narrowed by {@code filter} (a clause on {@code i} and {@code p}), oldest due first. */
    default List<InvoiceStanding> standings(String filter, LocalDate today, Binder bind) {
        return bind.apply(query("SELECT * FROM (" + STANDING + ") s" + ORDER, filter))
                .map((rs, ctx) -> standing(rs, today)).list();
    }

    /** Invoices with something open, narrowed by {@code filter}, oldest due first. */
    default List<InvoiceStanding> openStandings(String filter, LocalDate today, Binder bind) {
        return bind.apply(query("SELECT * FROM (" + STANDING + ") s WHERE s.open_amount > 0" + ORDER, filter))
                .map((rs, ctx) -> standing(rs, today)).list();
    }

    /** The invoices {@code ids}, oldest due first. */
    default List<InvoiceStanding> standingsOf(Collection<UUID> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UUID> list = List.copyOf(ids);
        StringBuilder in = new StringBuilder("AND i.id IN (");
        for (int k = 0; k < list.size(); k++) {
            in.append(k == 0 ? ":id" : ", :id").append(k);
        }
        Query q = query("SELECT * FROM (" + STANDING + ") s" + ORDER, in.append(')').toString());
        for (int k = 0; k < list.size(); k++) {
            q.bind("id" + k, list.get(k));
        }
        return q.map((rs, ctx) -> standing(rs, today)).list();
    }

    /**
     * Accounts grouped by {@code account} ("household_id" or "patient_id"), the invoices narrowed by {@code filter}
     * and the payments (alias {@code y}, patient {@code p}) by {@code paymentFilter}.
     */
    default List<AccountStanding> accounts(String account, String filter, String paymentFilter, Binder bind) {
        Query q = getHandle().createQuery(ACCOUNTS.replace("<standing>", STANDING.replace("<filter>", filter))
                        .replace("<account>", account).replace("<paymentFilter>", paymentFilter))
                .bind("practiceId", practiceId());
        return bind.apply(q).map((rs, ctx) -> {
            BigDecimal open = money(rs, "open_total");
            BigDecimal credit = money(rs, "credit");
            return new AccountStanding(rs.getObject("account_id", UUID.class), open, credit, open.subtract(credit));
        }).list();
    }

    private Query query(String sql, String filter) {
        return getHandle().createQuery(sql.replace("<filter>", filter)).bind("practiceId", practiceId());
    }

    private UUID practiceId() {
        return getHandle().getConfig(PracticeScope.class).practiceId();
    }

    private static InvoiceStanding standing(ResultSet rs, LocalDate today) throws SQLException {
        InvoiceKind kind = InvoiceKind.of("kind", rs.getString("kind"));
        InvoiceStatus stored = InvoiceStatus.of("status", rs.getString("status"));
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        BigDecimal open = money(rs, "open_amount");
        return new InvoiceStanding(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getObject("household_id", UUID.class), kind, rs.getObject("issued_on", LocalDate.class), due,
                money(rs, "total_amount"), money(rs, "credited"), money(rs, "net"), money(rs, "allocated"), money(rs, "applied"), open,
                InvoiceStanding.statusOf(kind, stored, rs.getObject("voided_at") != null, open, due, today));
    }

    private static BigDecimal money(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return (value == null ? BigDecimal.ZERO : value).setScale(2, RoundingMode.HALF_UP);
    }

    /** Binds a narrowing clause's parameters. */
    @FunctionalInterface
    interface Binder {
        Query apply(Query query);

        Binder NONE = q -> q;
    }
}
