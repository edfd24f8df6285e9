package com.starlightdesk.bench.sync;

import com.starlightdesk.sync.gateway.DataApiGateway;
import com.starlightdesk.sync.remote.JdbcRemote;
import com.starlightdesk.sync.remote.RemoteException;
import com.starlightdesk.sync.remote.RemoteResult;
import com.starlightdesk.sync.remote.RemoteStore;
import com.starlightdesk.sync.remote.SqlParam;
import com.starlightdesk.sync.server.PracticeSecret;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;

/**
 * Measures the remote stores on the local PostgreSQL: warm ExecuteStatement latency through the local
 * Data API gateway (real SDK) against JdbcRemote on the same query, and rows per second pulling 100k rows
 * in pages under the 1 MiB response limit. Prints figures; asserts nothing. Creates and drops its own
 * database {@code starlight_gw_bench}.
 *
 * <pre>./starlight bench remote [server JDBC URL] [owner role]</pre>
 */
public final class RemoteBench {

    private static final int WARM_UP = 300;
    private static final int CALLS = 2_000;
    private static final int PULL_ROWS = 100_000;
    private static final String DATABASE = "starlight_gw_bench";
    private static final String PULL_SQL = "SELECT id, practice_id, type, name, organization, email, phone, notes,"
            + " created_at, updated_at, row_version, txid::text AS txid FROM contacts"
            + " WHERE practice_id = :p AND id > :after ORDER BY id LIMIT :n";

    private RemoteBench() {
    }

    public static void main(String[] args) throws Exception {
        String serverUrl = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/postgres";
        String owner = args.length > 1 ? args[1] : "postgres";
        UUID practice = UUID.randomUUID();
        BenchDatabase database = BenchDatabase.create(serverUrl, owner, DATABASE, practice, RemoteBench::seedContacts);
        String url = database.url();
        PracticeSecret secret = database.secret();
        try (database; DataApiGateway gateway = database.startGateway();
             RemoteStore dataApi = database.dataApi(gateway).open();
             RemoteStore jdbc = new JdbcRemote(url, secret.username(), secret.password())) {
            System.out.printf("Remote bench on %s (practice role, row security on), %d warm calls after %d warm-up%n",
                    url, CALLS, WARM_UP);
            latency("Data API via gateway", dataApi, practice);
            latency("JdbcRemote", jdbc, practice);
            rawHttpLatency(gateway, secret, practice);
            pull("Data API via gateway", dataApi, practice);
            pull("JdbcRemote", jdbc, practice);
        }
    }

    private static void latency(String label, RemoteStore store, UUID practice) {
        String sql = "SELECT id, name, time_zone, row_version FROM practices WHERE id = :p";
        for (int i = 0; i < WARM_UP; i++) {
            store.execute(sql, SqlParam.uuid("p", practice));
        }
        long[] nanos = new long[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long start = System.nanoTime();
            store.execute(sql, SqlParam.uuid("p", practice));
            nanos[i] = System.nanoTime() - start;
        }
        report(label, nanos);
    }

    /** The gateway alone: the same call as a fixed JSON POST from the JDK HTTP client, without the SDK. */
    private static void rawHttpLatency(DataApiGateway gateway, PracticeSecret secret, UUID practice) throws Exception {
        String body = "{\"resourceArn\":\"" + gateway.resourceArn() + "\",\"secretArn\":\"" + secret.secretArn()
                + "\",\"database\":\"" + DATABASE + "\",\"includeResultMetadata\":true,"
                + "\"sql\":\"SELECT id, name, time_zone, row_version FROM practices WHERE id = :p\","
                + "\"parameters\":[{\"name\":\"p\",\"value\":{\"stringValue\":\"" + practice + "\"},\"typeHint\":\"UUID\"}]}";
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway.endpoint() + "/Execute"))
                .header("Content-Type", "application/json")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDLOCALBENCH/20260101/us-east-1/rds-data/aws4_request,"
                        + " SignedHeaders=content-type;host;x-amz-date, Signature=" + "0".repeat(64))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        for (int i = 0; i < WARM_UP; i++) {
            http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        long[] nanos = new long[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            nanos[i] = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("gateway answered " + response.statusCode());
            }
        }
        report("gateway, no SDK", nanos);
    }

    private static void report(String label, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf("  %-22s ExecuteStatement latency: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n", label,
                nanos[CALLS / 2] / 1e6, nanos[CALLS * 95 / 100] / 1e6, nanos[CALLS * 99 / 100] / 1e6);
    }

    /** Pulls every row by keyset pages, halving the page when a response would pass the 1 MiB limit. */
    private static void pull(String label, RemoteStore store, UUID practice) {
        long pageSize = 2_000;
        UUID after = UUID.fromString("00000000-0000-0000-0000-000000000000");
        long rows = 0;
        int pages = 0;
        int shrinks = 0;
        long start = System.nanoTime();
        while (true) {
            RemoteResult page;
            try {
                page = store.execute(PULL_SQL, SqlParam.uuid("p", practice), SqlParam.uuid("after", after),
                        SqlParam.int64("n", pageSize));
            } catch (RemoteException e) {
                if (e.kind() == RemoteException.Kind.BAD_REQUEST && e.getMessage().contains("response size")) {
                    pageSize /= 2;
                    shrinks++;
                    continue;
                }
                throw e;
            }
            pages++;
            rows += page.rows().size();
            if (page.rows().size() < pageSize) {
                break;
            }
            after = page.rows().get(page.rows().size() - 1).uuid("id");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  %-22s pull %d rows in %d pages of <= %d rows (%d page-size cuts): %.2f s, %.0f rows/s%n",
                label, rows, pages, pageSize, shrinks, seconds, rows / seconds);
    }

    private static void seedContacts(HikariDataSource owner, UUID practice) throws SQLException {
        try (Connection c = owner.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO contacts (id, practice_id, type, name, organization, email, phone, notes, created_at, updated_at)"
                        + " SELECT gen_random_uuid(), ?, 'vendor', 'Contact ' || g, 'Organization ' || (g % 97),"
                        + " 'contact' || g || '@example.org', '(312) 555-' || lpad((g % 10000)::text, 4, '0'),"
                        + " repeat('n', 120), now(), now() FROM generate_series(1, ?) g")) {
            s.setObject(1, practice);
            s.setInt(2, PULL_ROWS);
            s.executeUpdate();
        }
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE contacts");
        }
    }
}
