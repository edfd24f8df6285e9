package com.starlightdesk.sync.engine;

import com.starlightdesk.data.repo.Table;
import com.starlightdesk.data.repo.Tables;
import com.starlightdesk.data.sync.DeviceSettings;
import com.starlightdesk.data.sync.LocalReplica;
import com.starlightdesk.data.sync.SyncFields;
import com.starlightdesk.data.sync.SyncedRow;
import com.starlightdesk.sync.remote.RemoteException;
import com.starlightdesk.sync.remote.RemoteResult;
import com.starlightdesk.sync.remote.RemoteRow;
import com.starlightdesk.sync.remote.SqlParam;
import com.starlightdesk.sync.remote.RemoteStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Pulls the server's changes by the transaction-id window of DESIGN.md 4.3: rows with
 * {@code cursor <= txid < horizon}, where the horizon is {@code pg_snapshot_xmin(pg_current_snapshot())}
 * read when the pull starts and becomes the new cursor. Pages are keyset-ordered by (txid, id) and sized
 * by bytes under the Data API's 1 MiB response limit. An incremental pull is applied page by page in one local
 * transaction with its new cursor; a first pull (bootstrap) commits page by page with its progress, so a
 * killed bootstrap resumes where it stopped. A row whose parent has not arrived yet lowers the new cursor
 * to its txid, so it comes again. Not thread-safe: one pull at a time per store.
 */
public final class ServerPull {
    public static final String CURSOR = "sync.cursor";
    static final String BOOT_HORIZON = "sync.bootstrap.horizon";
    static final String BOOT_TABLE = "sync.bootstrap.table";
    static final String BOOT_AFTER = "sync.bootstrap.after";
    static final String BOOT_FLOOR = "sync.bootstrap.floor";
    static final String BOOT_DONE = "sync.bootstrap.done";
    static final String BOOT_TOTAL = "sync.bootstrap.total";

    /** Response bytes a page aims at: half the Data API's 1 MiB limit. */
    static final int PAGE_BYTES = 512 * 1024;
    /** Bytes a chunk (one result row) aims at: half the Data API's 64 KB row limit. */
    static final int CHUNK_BYTES = 32 * 1024;
    static final int MAX_PAGE_ROWS = 2000;
    private static final UUID NO_ID = new UUID(0, 0);

    /** Progress of a bootstrap: rows applied of the rows in its window. */
    public interface Progress {
        void rows(long done, long total);
    }

    /**
     * What one pull did. {@code heldBack}: the server holds committed changes this pull could not take yet,
     * because a transaction older than them is still open (the horizon stops at it); {@code horizon} is
     * where this pull stopped.
     */
    public record Outcome(boolean changed, int rows, int deferred, int calls, boolean heldBack, String horizon) {
    }

    private final RemoteStore remote;
    private final LocalReplica replica;
    private final DeviceSettings settings;
    /** Measured wire bytes per row, by table: sizes the next page and its chunks. */
    private final Map<String, Integer> rowBytes = new ConcurrentHashMap<>();
    private int calls;

    public ServerPull(RemoteStore remote, LocalReplica replica, DeviceSettings settings) {
        this.remote = remote;
        this.replica = replica;
        this.settings = settings;
    }

    /** Pulls once: a bootstrap if the store never pulled, else the window since the cursor. */
    public Outcome pull(Progress progress) {
        calls = 0;
        Optional<String> cursor = settings.get(CURSOR);
        if (cursor.isEmpty()) {
            return bootstrap(progress);
        }
        RemoteRow probe = call(probeSql(), List.of(SqlParam.uuid("p", replica.practiceId()), SqlParam.text("c", cursor.get())))
                .rows().get(0);
        String horizon = probe.text("horizon");
        boolean heldBack = Boolean.TRUE.equals(probe.bool("held"));
        String changed = probe.text("changed");
        if (changed == null || changed.isEmpty()) {
            if (!horizon.equals(cursor.get())) {
                settings.put(CURSOR, horizon);
            }
            return new Outcome(false, 0, 0, calls, heldBack, horizon);
        }
        List<String> changedTables = List.of(changed.split(","));
        // Page by page into one local transaction: memory holds a page, not the window (an import on another PC
        // can make a window of a hundred thousand rows).
        try (LocalReplica.PulledWindow window = replica.openWindow()) {
            int rows = 0;
            for (Table<?> table : Tables.ALL) {
                if (!changedTables.contains(table.name())) {
                    continue; // the probe saw no row of it in the window, and none can join it below the horizon
                }
                String after = cursor.get() + "/" + NO_ID;
                while (after != null) {
                    Page page = page(table, cursor.get(), horizon, after);
                    window.add(page.rows());
                    rows += page.rows().size();
                    after = page.last() ? null : last(page.rows());
                }
            }
            List<SyncedRow> deferred = window.commit(left -> Map.of(CURSOR, lowest(horizon, left)));
            return new Outcome(true, rows - deferred.size(), deferred.size(), calls, heldBack, horizon);
        }
    }

    private Outcome bootstrap(Progress progress) {
        UUID practice = replica.practiceId();
        String horizon = settings.get(BOOT_HORIZON).orElse(null);
        if (horizon == null) {
            horizon = call("SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon", List.of()).rows().get(0).text("horizon");
            StringBuilder total = new StringBuilder("SELECT ");
            for (int i = 0; i < Tables.ALL.size(); i++) {
                total.append(i == 0 ? "" : " + ").append("(SELECT count(*) FROM ").append(Tables.ALL.get(i).name())
                        .append(" WHERE practice_id = :p AND txid < cast(:h AS xid8))");
            }
            long count = call(total + " AS total", List.of(SqlParam.uuid("p", practice), SqlParam.text("h", horizon)))
                    .rows().get(0).int64("total");
            Map<String, String> start = new LinkedHashMap<>();
            start.put(BOOT_HORIZON, horizon);
            start.put(BOOT_TABLE, "0");
            start.put(BOOT_AFTER, "0/" + NO_ID);
            start.put(BOOT_FLOOR, horizon);
            start.put(BOOT_DONE, "0");
            start.put(BOOT_TOTAL, Long.toString(count));
            replica.applyPulled(List.of(), left -> start);
        }
        final String h = horizon;
        int tableIndex = Integer.parseInt(settings.get(BOOT_TABLE).orElse("0"));
        String after = settings.get(BOOT_AFTER).orElse("0/" + NO_ID);
        long done = Long.parseLong(settings.get(BOOT_DONE).orElse("0"));
        long total = Long.parseLong(settings.get(BOOT_TOTAL).orElse("0"));
        int applied = 0;
        int deferredCount = 0;
        progress.rows(done, total);
        // The next page is fetched while this one is applied: the network and the local store overlap.
        ExecutorService fetcher = SideThread.start("starlight-bootstrap-fetch");
        try {
            Future<Page> next = fetch(fetcher, tableIndex, h, after);
            while (tableIndex < Tables.ALL.size()) {
                Page fetched = SideThread.result(next, "Bootstrap page");
                List<SyncedRow> page = fetched.rows();
                boolean tableDone = fetched.last();
                int nextTable = tableDone ? tableIndex + 1 : tableIndex;
                String nextAfter = tableDone ? "0/" + NO_ID : last(page);
                long nextDone = done + page.size();
                boolean finished = nextTable >= Tables.ALL.size();
                if (!finished) {
                    next = fetch(fetcher, nextTable, h, nextAfter);
                }
                int pageApplied = applyBootstrapPage(page, h, nextTable, nextAfter, nextDone, finished);
                applied += pageApplied;
                deferredCount += page.size() - pageApplied;
                tableIndex = nextTable;
                after = nextAfter;
                done = nextDone;
                progress.rows(done, Math.max(total, done));
            }
        } finally {
            fetcher.shutdownNow();
        }
        return new Outcome(true, applied, deferredCount, calls, false, h);
    }

    private Future<Page> fetch(ExecutorService fetcher, int tableIndex, String horizon, String after) {
        return fetcher.submit(() -> page(Tables.ALL.get(tableIndex), "0", horizon, after));
    }

    /** Applies one bootstrap page with the progress that follows it, in one local transaction; returns rows applied. */
    private int applyBootstrapPage(List<SyncedRow> page, String h, int nextTable, String nextAfter, long nextDone, boolean finished) {
        String floor = settings.get(BOOT_FLOOR).orElse(h);
        List<SyncedRow> deferred = replica.applyNewRows(page, left -> {
            Map<String, String> s = new HashMap<>();
            String newFloor = lowest(floor, left);
            if (finished) {
                s.put(CURSOR, newFloor);
                for (String k : List.of(BOOT_HORIZON, BOOT_TABLE, BOOT_AFTER, BOOT_FLOOR, BOOT_DONE, BOOT_TOTAL)) {
                    s.put(k, null);
                }
            } else {
                s.put(BOOT_TABLE, Integer.toString(nextTable));
                s.put(BOOT_AFTER, nextAfter);
                s.put(BOOT_FLOOR, newFloor);
                s.put(BOOT_DONE, Long.toString(nextDone));
            }
            return s;
        });
        return page.size() - deferred.size();
    }

    private Page page(Table<?> table, String cursor, String horizon, String after) {
        String[] at = after.split("/", 2);
        int rowBytes = rowBytes(table);
        int pageRows = Math.max(1, Math.min(MAX_PAGE_ROWS, PAGE_BYTES / rowBytes));
        int chunkRows = Math.max(1, Math.min(pageRows, CHUNK_BYTES / rowBytes));
        while (true) {
            try {
                RemoteResult result = call(ServerPages.sql(table), List.of(SqlParam.uuid("p", replica.practiceId()),
                        SqlParam.text("c", cursor), SqlParam.text("h", horizon), SqlParam.text("at", at[0]),
                        SqlParam.uuid("aid", UUID.fromString(at[1])), SqlParam.int64("n", (long) pageRows),
                        SqlParam.int64("k", (long) chunkRows)));
                List<SyncedRow> rows = new ArrayList<>();
                int widest = 0;
                for (RemoteRow r : result.rows()) {
                    String chunk = r.text("chunk");
                    List<SyncedRow> decoded = ServerPages.decode(table, chunk);
                    rows.addAll(decoded);
                    widest = Math.max(widest, ServerPages.wireBytes(chunk) / Math.max(1, decoded.size()));
                }
                if (widest > 0) {
                    this.rowBytes.put(table.name(), widest);
                }
                return new Page(rows, rows.size() < pageRows);
            } catch (RemoteException e) {
                if (e.kind() == RemoteException.Kind.BAD_REQUEST && pageRows > 1) {
                    // The response (or one chunk) would pass the Data API's limits: smaller pages and chunks.
                    pageRows = Math.max(1, pageRows / 4);
                    chunkRows = Math.max(1, Math.min(pageRows, chunkRows / 4));
                    continue;
                }
                throw e;
            }
        }
    }

    /** Wire bytes per row of a table as its last page measured them; a kilobyte before the first page. */
    private int rowBytes(Table<?> table) {
        return Math.max(1, rowBytes.getOrDefault(table.name(), 1024));
    }

    /** Rows of one page, and whether it was the table's last. */
    private record Page(List<SyncedRow> rows, boolean last) {
    }

    private RemoteResult call(String sql, List<SqlParam> params) {
        calls++;
        return remote.execute(sql, params);
    }

    private static String last(List<SyncedRow> page) {
        SyncedRow row = page.get(page.size() - 1);
        return row.txid() + "/" + row.id();
    }

    private static String lowest(String horizon, List<SyncedRow> deferred) {
        long low = Long.parseLong(horizon);
        for (SyncedRow r : deferred) {
            low = Math.min(low, Long.parseLong(r.txid()));
        }
        return Long.toString(low);
    }

    /**
     * The idle probe, in one call: the horizon, the tables with rows of the practice changed since the cursor
     * and below the horizon (comma-separated, empty when none; a pull reads only those), and whether committed
     * rows already lie beyond the horizon (held back by an older open transaction).
     */
    static String probeSql() {
        StringBuilder sql = new StringBuilder("WITH h AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS x)"
                + " SELECT h.x::text AS horizon, concat_ws(','");
        for (Table<?> table : Tables.ALL) {
            sql.append(", CASE WHEN EXISTS (SELECT 1 FROM ").append(table.name())
                    .append(" t WHERE t.practice_id = :p AND t.txid >= cast(:c AS xid8) AND t.txid < h.x) THEN '")
                    .append(table.name()).append("' END");
        }
        sql.append(") AS changed, (");
        for (int i = 0; i < Tables.ALL.size(); i++) {
            sql.append(i == 0 ? "" : " OR ").append("EXISTS (SELECT 1 FROM ").append(Tables.ALL.get(i).name())
                    .append(" t WHERE t.practice_id = :p AND t.txid >= h.x)");
        }
        return sql.append(") AS held FROM h").toString();
    }
}
