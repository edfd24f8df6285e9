package com.starlightdesk.sync.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.starlightdesk.sync.server.PracticeSecret;
import com.starlightdesk.sync.testing.GatewayFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.rdsdata.RdsDataClient;
import software.amazon.awssdk.services.rdsdata.model.BadRequestException;
import software.amazon.awssdk.services.rdsdata.model.DatabaseErrorException;
import software.amazon.awssdk.services.rdsdata.model.DatabaseResumingException;
import software.amazon.awssdk.services.rdsdata.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.rdsdata.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.rdsdata.model.Field;
import software.amazon.awssdk.services.rdsdata.model.InternalServerErrorException;
import software.amazon.awssdk.services.rdsdata.model.NotFoundException;
import software.amazon.awssdk.services.rdsdata.model.RdsDataException;
import software.amazon.awssdk.services.rdsdata.model.SecretsErrorException;
import software.amazon.awssdk.services.rdsdata.model.SqlParameter;
import software.amazon.awssdk.services.rdsdata.model.StatementTimeoutException;
import software.amazon.awssdk.services.rdsdata.model.TransactionNotFoundException;
import software.amazon.awssdk.services.rdsdata.model.UnsupportedResultException;

/** Every failure of the gateway reaches the real SDK as the service's typed exception. */
class DataApiErrorsTest {

    private static GatewayFixture fixture;
    private static RdsDataClient client;
    private static RdsDataClient noRetries;
    private static PracticeSecret secret;

    @BeforeAll
    static void start() {
        fixture = new GatewayFixture("errors");
        client = fixture.sdkClient(3);
        noRetries = fixture.sdkClient(1);
        secret = fixture.database().secretA();
    }

    @AfterAll
    static void stop() {
        client.close();
        noRetries.close();
        fixture.close();
    }

    @AfterEach
    void clearFaults() {
        fixture.gateway().faults().clear();
    }

    private static ExecuteStatementResponse execute(RdsDataClient sdk, String sql, Consumer<ExecuteStatementRequest.Builder> more) {
        return sdk.executeStatement(r -> {
            r.resourceArn(fixture.gateway().resourceArn()).secretArn(secret.secretArn())
                    .database(fixture.databaseName()).sql(sql);
            more.accept(r);
        });
    }

    private static ExecuteStatementResponse execute(String sql) {
        return execute(client, sql, r -> { });
    }

    @Test
    void sqlErrorsAreDatabaseErrorsWithPostgresMessage() {
        DatabaseErrorException e = assertThrows(DatabaseErrorException.class, () -> execute("SELECT * FROM no_such_table"));
        assertEquals(400, e.statusCode());
        assertTrue(e.awsErrorDetails().errorMessage().contains("relation \"no_such_table\" does not exist"), e.getMessage());
        assertTrue(e.awsErrorDetails().errorMessage().contains("SQLState: 42P01"), e.getMessage());
    }

    @Test
    void multiStatementSqlAndSchemaAreValidationErrors() {
        RdsDataException multi = assertThrows(RdsDataException.class, () -> execute("SELECT 1; SELECT 2"));
        assertEquals("ValidationException", multi.awsErrorDetails().errorCode());
        assertEquals(400, multi.statusCode());
        RdsDataException schema = assertThrows(RdsDataException.class,
                () -> execute(client, "SELECT 1", r -> r.schema("public")));
        assertEquals("ValidationException", schema.awsErrorDetails().errorCode());
        assertEquals(1L, execute("SELECT 1; ").records().get(0).get(0).longValue(), "a trailing ; is one statement");
    }

    @Test
    void arrayParametersAreRejected() {
        BadRequestException e = assertThrows(BadRequestException.class, () -> execute(client, "SELECT :ids",
                r -> r.parameters(SqlParameter.builder().name("ids")
                        .value(Field.fromArrayValue(a -> a.longValues(1L, 2L))).build())));
        assertEquals("Array parameters are not supported.", e.awsErrorDetails().errorMessage());
    }

    @Test
    void unknownSecretAndResource() {
        String unknownSecret = PracticeSecret.arnFor(UUID.randomUUID());
        SecretsErrorException e = assertThrows(SecretsErrorException.class, () -> client.executeStatement(r -> r
                .resourceArn(fixture.gateway().resourceArn()).secretArn(unknownSecret).sql("SELECT 1")));
        assertTrue(e.awsErrorDetails().errorMessage().contains(unknownSecret));
        assertThrows(NotFoundException.class, () -> client.executeStatement(r -> r
                .resourceArn("arn:aws:rds:us-east-1:000000000000:cluster:someone-else").secretArn(secret.secretArn())
                .sql("SELECT 1")));
    }

    @Test
    void unsupportedResultTypes() {
        assertThrows(UnsupportedResultException.class, () -> execute("SELECT point(1, 2) AS p"));
        assertThrows(UnsupportedResultException.class, () -> execute("SELECT 12.5::money AS m"));
        assertThrows(UnsupportedResultException.class, () -> execute("SELECT ARRAY[[1, 2], [3, 4]] AS grid"));
        assertEquals("$12.50", execute("SELECT 12.5::money::text AS m").records().get(0).get(0).stringValue());
    }

    @Test
    void resultOptionsAndJsonRecords() {
        ExecuteStatementResponse numbers = execute(client, "SELECT 12.50::numeric(6,2) AS fee, 7::numeric AS whole, 9::int8 AS n",
                r -> r.resultSetOptions(o -> o.decimalReturnType("DOUBLE_OR_LONG").longReturnType("STRING")));
        assertEquals(12.5, numbers.records().get(0).get(0).doubleValue());
        assertEquals(7L, numbers.records().get(0).get(1).longValue());
        assertEquals("9", numbers.records().get(0).get(2).stringValue());
        ExecuteStatementResponse json = execute(client, "SELECT 1::int8 AS n, 2.50::numeric AS d, NULL::text AS t, true AS b",
                r -> r.formatRecordsAs("JSON"));
        assertEquals("[{\"n\":1,\"d\":\"2.50\",\"t\":null,\"b\":true}]", json.formattedRecords());
        assertTrue(json.records().isEmpty());
        RdsDataException duplicate = assertThrows(RdsDataException.class,
                () -> execute(client, "SELECT 1 AS a, 2 AS a", r -> r.formatRecordsAs("JSON")));
        assertEquals(400, duplicate.statusCode());
        ExecuteStatementResponse meta = execute(client, "SELECT name FROM practices", r -> r.includeResultMetadata(true));
        assertEquals("varchar", meta.columnMetadata().get(0).typeName());
        assertEquals("practices", meta.columnMetadata().get(0).tableName().isEmpty() ? "practices" : meta.columnMetadata().get(0).tableName());
        assertEquals(12, meta.columnMetadata().get(0).type());
    }

    @Test
    void transactionsCommitRollBackAndExpire() throws Exception {
        String tx = client.beginTransaction(r -> r.resourceArn(fixture.gateway().resourceArn())
                .secretArn(secret.secretArn()).database(fixture.databaseName())).transactionId();
        execute(client, "UPDATE practices SET name = 'Maple Pediatrics West'", r -> r.transactionId(tx));
        assertEquals("Maple Pediatrics", execute("SELECT name FROM practices").records().get(0).get(0).stringValue(),
                "uncommitted change invisible outside the transaction");
        assertEquals("Transaction Committed", client.commitTransaction(r -> r.resourceArn(fixture.gateway().resourceArn())
                .secretArn(secret.secretArn()).transactionId(tx)).transactionStatus());
        assertEquals("Maple Pediatrics West", execute("SELECT name FROM practices").records().get(0).get(0).stringValue());
        assertThrows(TransactionNotFoundException.class, () -> client.commitTransaction(r -> r
                .resourceArn(fixture.gateway().resourceArn()).secretArn(secret.secretArn()).transactionId(tx)));

        String rolledBack = client.beginTransaction(r -> r.resourceArn(fixture.gateway().resourceArn())
                .secretArn(secret.secretArn())).transactionId();
        execute(client, "UPDATE practices SET name = 'Gone'", r -> r.transactionId(rolledBack));
        assertEquals("Rollback Complete", client.rollbackTransaction(r -> r.resourceArn(fixture.gateway().resourceArn())
                .secretArn(secret.secretArn()).transactionId(rolledBack)).transactionStatus());
        assertEquals("Maple Pediatrics West", execute("SELECT name FROM practices").records().get(0).get(0).stringValue());

        String idle = client.beginTransaction(r -> r.resourceArn(fixture.gateway().resourceArn())
                .secretArn(secret.secretArn())).transactionId();
        execute(client, "UPDATE practices SET name = 'Idle'", r -> r.transactionId(idle));
        Thread.sleep(GatewayFixture.TEST_IDLE_TIMEOUT.toMillis() * 2 + 500);
        assertThrows(TransactionNotFoundException.class,
                () -> execute(client, "SELECT 1", r -> r.transactionId(idle)));
        assertEquals("Maple Pediatrics West", execute("SELECT name FROM practices").records().get(0).get(0).stringValue(),
                "an expired transaction is rolled back");
    }

    @Test
    void aFailedStatementEndsItsTransaction() {
        String tx = client.beginTransaction(r -> r.resourceArn(fixture.gateway().resourceArn())
                .secretArn(secret.secretArn())).transactionId();
        assertThrows(DatabaseErrorException.class, () -> execute(client, "SELECT 1/0", r -> r.transactionId(tx)));
        assertThrows(TransactionNotFoundException.class, () -> execute(client, "SELECT 1", r -> r.transactionId(tx)));
    }

    @Test
    void concurrentUseOfOneTransactionIsRefused() throws Exception {
        String tx = client.beginTransaction(r -> r.resourceArn(fixture.gateway().resourceArn())
                .secretArn(secret.secretArn())).transactionId();
        CompletableFuture<ExecuteStatementResponse> slow = CompletableFuture.supplyAsync(
                () -> execute(client, "SELECT pg_sleep(1)", r -> r.transactionId(tx)));
        Thread.sleep(300);
        DatabaseErrorException e = assertThrows(DatabaseErrorException.class,
                () -> execute(noRetries, "SELECT 1", r -> r.transactionId(tx)));
        assertEquals("Transaction is still running a query", e.awsErrorDetails().errorMessage());
        slow.get();
        client.rollbackTransaction(r -> r.resourceArn(fixture.gateway().resourceArn())
                .secretArn(secret.secretArn()).transactionId(tx));
    }

    @Test
    void statementTimeout() {
        StatementTimeoutException e = assertThrows(StatementTimeoutException.class,
                () -> execute("SELECT pg_sleep(" + (GatewayFixture.TEST_STATEMENT_TIMEOUT.toSeconds() + 2) + ")"));
        assertEquals(400, e.statusCode());
    }

    @Test
    void aRowOver64KilobytesFailsLikeTheService() {
        BadRequestException e = assertThrows(BadRequestException.class, () -> execute("SELECT repeat('x', 70000) AS filler"));
        assertTrue(e.awsErrorDetails().errorMessage().contains("64 KB row size limit"));
        execute("SELECT repeat('x', 60000) AS filler"); // a large row under the limit passes
    }

    @Test
    void oversizedResultFailsLikeTheService() {
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> execute("SELECT repeat('x', 1000) AS filler FROM generate_series(1, 1100)"));
        assertTrue(e.awsErrorDetails().errorMessage().contains("response size limit"));
        assertEquals(900, execute("SELECT repeat('x', 1000) AS filler FROM generate_series(1, 900)").records().size());
    }

    @Test
    void injectedResumingServerErrorsThrottlingAndLatency() throws Exception {
        fixture.gateway().faults().resumeFor(Duration.ofMillis(700));
        assertThrows(DatabaseResumingException.class, () -> execute("SELECT 1"));
        Thread.sleep(800);
        assertEquals(1L, execute("SELECT 1").records().get(0).get(0).longValue());

        fixture.gateway().faults().clear().serverErrors(1.0);
        InternalServerErrorException internal = assertThrows(InternalServerErrorException.class, () -> execute("SELECT 1"));
        assertEquals(500, internal.statusCode());

        fixture.gateway().faults().clear().throttle(1.0);
        RdsDataException throttled = assertThrows(RdsDataException.class, () -> execute(noRetries, "SELECT 1", r -> { }));
        assertEquals(429, throttled.statusCode());
        assertEquals("ThrottlingException", throttled.awsErrorDetails().errorCode());

        fixture.gateway().faults().clear().unavailable(1.0);
        RdsDataException unavailable = assertThrows(RdsDataException.class, () -> execute(noRetries, "SELECT 1", r -> { }));
        assertEquals(503, unavailable.statusCode());
        assertEquals("ServiceUnavailableError", unavailable.awsErrorDetails().errorCode());

        fixture.gateway().faults().clear().serverErrors(0.5).reseed(3);
        for (int i = 0; i < 5; i++) {
            assertEquals(1L, execute("SELECT 1").records().get(0).get(0).longValue(), "the SDK retries injected 500s");
        }

        fixture.gateway().faults().clear().latency(Duration.ofMillis(300));
        long start = System.nanoTime();
        execute("SELECT 1");
        assertTrue(System.nanoTime() - start >= 300_000_000L, "latency injected");
    }

    @Test
    void aDroppedReplyStillCommits() {
        UUID contact = UUID.randomUUID();
        fixture.gateway().faults().dropReplies(1.0);
        assertThrows(SdkClientException.class, () -> execute(noRetries,
                "INSERT INTO contacts (id, practice_id, type, name, created_at, updated_at)"
                        + " VALUES ('" + contact + "', '" + fixture.database().practiceA() + "', 'other', 'Lost reply', now(), now())",
                r -> { }));
        fixture.gateway().faults().clear();
        assertEquals(1, execute("SELECT id FROM contacts WHERE id = '" + contact + "'").records().size());
    }

    @Test
    void unsignedRequestsAreRefused() throws Exception {
        String body = "{\"resourceArn\":\"" + fixture.gateway().resourceArn() + "\",\"secretArn\":\""
                + secret.secretArn() + "\",\"sql\":\"SELECT 1\"}";
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> unsigned = http.send(HttpRequest.newBuilder(URI.create(fixture.endpoint() + "/Execute"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, unsigned.statusCode());
        assertEquals("AccessDeniedException", unsigned.headers().firstValue("x-amzn-ErrorType").orElse(""));
        JsonNode error = new ObjectMapper().readTree(unsigned.body());
        assertEquals("AccessDeniedException", error.get("__type").asText());

        HttpResponse<String> wrongService = http.send(HttpRequest.newBuilder(URI.create(fixture.endpoint() + "/Execute"))
                .header("Content-Type", "application/json")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/s3/aws4_request,"
                        + " SignedHeaders=host;x-amz-date, Signature=" + "ab".repeat(32))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, wrongService.statusCode());
    }

    @Test
    void oversizedRequestIsRefused() {
        String big = "x".repeat(GatewaySettings.SERVICE_MAX_REQUEST_BYTES + 10);
        RdsDataException e = assertThrows(RdsDataException.class, () -> execute(noRetries, "SELECT :big AS b",
                r -> r.parameters(List.of(SqlParameter.builder().name("big").value(Field.fromStringValue(big)).build()))));
        assertEquals(413, e.statusCode());
    }
}
