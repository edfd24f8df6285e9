package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.ChartAccessFilter;
import com.starlightdesk.data.domain.ChartOpening;
import com.starlightdesk.data.domain.ChartPart;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Who opened whose chart, when, and which part of it, from the audit log's reads of a chart: newest first, a
 * page at a time (keyset on the time and id, so a page costs the same deep in a large log), filtered by patient,
 * user and time. Reads what this store holds: every desk's entries that sync has brought. Only an active admin
 * of the practice may read it; anyone else is refused. No clinical content is read. Thread-safe.
 */
public final class ChartAccessLog {
    /** The most entries one page may hold. */
    public static final int MAX_PAGE = 500;

    private final PracticeData data;
    private final Jdbi jdbi;

    ChartAccessLog(PracticeData data, Jdbi jdbi) {
        this.data = data;
        this.jdbi = jdbi;
    }

    /** One page: its entries, newest first, and whether older ones follow. */
    public record Page(List<ChartOpening> openings, boolean more) {
        public Page {
            openings = List.copyOf(openings);
        }
    }

    /**
     * Up to {@code size} entries matching {@code filter}, newest first, older than {@code after} (the last entry
     * of the previous page; null for the first page).
     */
    public Page page(ChartAccessFilter filter, ChartOpening after, int size) {
        if (size < 1 || size > MAX_PAGE) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_PAGE + " entries");
        }
        mayRead();
        StringBuilder sql = new StringBuilder("""
                SELECT a.id, a.occurred_at, a.user_id, u.display_name, a.patient_id, p.first_name, p.last_name,
                       a.table_name, a.row_id, a.chart_section
                FROM audit_log a
                LEFT JOIN users u ON u.id = a.user_id AND u.practice_id = a.practice_id
                LEFT JOIN patients p ON p.id = a.patient_id AND p.practice_id = a.practice_id
                WHERE a.practice_id = :practiceId AND a.action = 'read' AND a.patient_id IS NOT NULL""");
        if (filter.patientId() != null) {
            sql.append(" AND a.patient_id = :patientId");
        }
        if (filter.userId() != null) {
            sql.append(" AND a.user_id = :userId");
        }
        if (filter.from() != null) {
            sql.append(" AND a.occurred_at >= :from");
        }
        if (filter.until() != null) {
            sql.append(" AND a.occurred_at < :until");
        }
        if (after != null) {
            sql.append(" AND (a.occurred_at < :afterAt OR (a.occurred_at = :afterAt AND a.id < :afterId))");
        }
        sql.append(" ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit");
        List<ChartOpening> rows = jdbi.withHandle(handle -> {
            Query query = handle.createQuery(sql.toString())
                    .bind("practiceId", data.practiceId())
                    .bind("limit", size + 1);
            if (filter.patientId() != null) {
                query.bind("patientId", filter.patientId());
            }
            if (filter.userId() != null) {
                query.bind("userId", filter.userId());
            }
            if (filter.from() != null) {
                query.bind("from", filter.from());
            }
            if (filter.until() != null) {
                query.bind("until", filter.until());
            }
            if (after != null) {
                query.bind("afterAt", after.occurredAt()).bind("afterId", after.id());
            }
            return query.map((rs, ctx) -> {
                UUID patientId = rs.getObject("patient_id", UUID.class);
                String code = rs.getString("chart_section");
                String table = rs.getString("table_name");
                ChartPart part = code != null ? ChartPart.of("chartSection", code)
                        : Tables.PATIENTS.name().equals(table) && patientId.equals(rs.getObject("row_id", UUID.class))
                        ? ChartPart.CHART : null;
                String first = rs.getString("first_name");
                String last = rs.getString("last_name");
                return new ChartOpening(rs.getObject("id", UUID.class), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("user_id", UUID.class), rs.getString("display_name"), patientId,
                        first == null && last == null ? null : (first + " " + last).strip(), part, table);
            }).list();
        });
        boolean more = rows.size() > size;
        return new Page(more ? new ArrayList<>(rows.subList(0, size)) : rows, more);
    }

    private void mayRead() {
        User actor = data.office().user(data.actorId()).orElse(null);
        if (actor == null || !actor.isActive() || actor.role() != Role.ADMIN) {
            throw new ValidationException("role", "only an admin sees who opened the practice's charts");
        }
    }
}
