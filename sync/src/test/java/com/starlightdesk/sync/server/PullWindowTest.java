package com.starlightdesk.sync.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.sync.remote.RemoteResult;
import com.starlightdesk.sync.remote.RemoteRow;
import com.starlightdesk.sync.remote.RemoteStore;
import com.starlightdesk.sync.remote.RemoteTransaction;
import com.starlightdesk.sync.remote.SqlParam;
import com.starlightdesk.sync.testing.GatewayFixture;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The txid column V2 stamps lets a pull never skip a change: two remote transactions interleave so that
 * the one that took its transaction id first commits last, and the window
 * {@code [cursor, pg_snapshot_xmin(pg_current_snapshot()))} still delivers both rows.
 */
class PullWindowTest {

    private static final String PULL = "SELECT id, txid::text AS txid, pg_snapshot_xmin(pg_current_snapshot())::text AS horizon"
            + " FROM contacts WHERE txid >= cast(:cursor AS xid8) AND txid < pg_snapshot_xmin(pg_current_snapshot())"
            + " UNION ALL SELECT NULL, NULL, pg_snapshot_xmin(pg_current_snapshot())::text";
    private static final String INSERT = "INSERT INTO contacts (id, practice_id, type, name, created_at, updated_at)"
            + " VALUES (:id, :p, 'other', 'Interleaved', now(), now())";

    private static GatewayFixture fixture;
    private static RemoteStore first;
    private static RemoteStore second;

    @BeforeAll
    static void start() {
        fixture = new GatewayFixture("pullwindow");
        first = fixture.dataApiRemote(fixture.database().secretA());
        second = fixture.dataApiRemote(fixture.database().secretA());
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
        fixture.close();
    }

    /** Rows of the window and the new cursor (the horizon). */
    private record Window(Set<UUID> ids, String horizon) {
    }

    private static Window pull(String cursor) {
        RemoteResult result = first.execute(PULL, SqlParam.text("cursor", cursor));
        Set<UUID> ids = result.rows().stream().filter(r -> !r.isNull("id")).map(r -> r.uuid("id")).collect(Collectors.toSet());
        RemoteRow last = result.rows().get(result.rows().size() - 1);
        return new Window(ids, last.text("horizon"));
    }

    @Test
    void theTransactionThatNumberedFirstButCommittedLastIsNotSkipped() throws Exception {
        UUID practice = fixture.database().practiceA();
        UUID early = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        RemoteTransaction slow = first.begin();
        first.execute(INSERT, List.of(SqlParam.uuid("id", early), SqlParam.uuid("p", practice)), Optional.of(slow));
        RemoteTransaction quick = second.begin();
        second.execute(INSERT, List.of(SqlParam.uuid("id", late), SqlParam.uuid("p", practice)), Optional.of(quick));
        second.commit(quick);

        Window before = pull("0");
        assertFalse(before.ids().contains(late), "a row above the horizon waits for the older open transaction");
        assertFalse(before.ids().contains(early), "uncommitted rows are never pulled");

        first.commit(slow);
        Window after = pull(before.horizon());
        for (int attempt = 0; attempt < 50 && after.ids().size() < 2; attempt++) {
            Thread.sleep(100); // another transaction elsewhere in the cluster may hold the horizon a moment
            after = pull(before.horizon());
        }
        assertEquals(Set.of(early, late), after.ids(), "both rows arrive in the next window");
        assertTrue(Long.parseLong(after.horizon()) > Long.parseLong(before.horizon()));
    }
}
