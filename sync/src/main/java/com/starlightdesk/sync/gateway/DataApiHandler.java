package com.starlightdesk.sync.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP front of the gateway: routes {@code POST /Execute} and friends, refuses unsigned requests,
 * enforces the request and response size limits, checks the common fields, applies injected faults and
 * writes errors as the service does (status, {@code x-amzn-ErrorType}, {@code {"__type","message"}}).
 * Logs operation, status and error code only: never SQL text, parameters or rows. Thread-safe.
 */
final class DataApiHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DataApiHandler.class);

    /** SigV4 header shape; the signature itself is not verified (development gateway). */
    private static final Pattern SIGV4 = Pattern.compile(
            "AWS4-HMAC-SHA256 Credential=[^/\\s]+/\\d{8}/[a-z0-9-]+/rds-data/aws4_request,\\s*"
                    + "SignedHeaders=[a-z0-9;-]+,\\s*Signature=[0-9a-f]{64}");

    private final GatewaySettings settings;
    private final DataApiOperations operations;
    private final GatewayFaults faults;

    DataApiHandler(GatewaySettings settings, DataApiOperations operations, GatewayFaults faults) {
        this.settings = settings;
        this.operations = operations;
        this.faults = faults;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String operation = exchange.getRequestURI().getPath();
        try {
            ObjectNode response = dispatch(exchange, operation);
            byte[] body = WireJson.MAPPER.writeValueAsBytes(response);
            if (body.length > settings.maxResponseBytes()) {
                throw DataApiError.responseTooLarge();
            }
            if (faults.dropReply()) {
                LOG.debug("{} ran; reply dropped by fault injection", operation);
                exchange.close(); // no headers sent: the connection is closed without a reply
                return;
            }
            send(exchange, 200, body, null);
        } catch (DataApiError e) {
            sendError(exchange, operation, e);
        } catch (RuntimeException e) {
            LOG.warn("{} failed inside the gateway: {}", operation, e.getClass().getName());
            sendError(exchange, operation, DataApiError.internal("The gateway failed: " + e.getClass().getSimpleName()));
        } finally {
            exchange.close();
        }
    }

    private ObjectNode dispatch(HttpExchange exchange, String operation) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            throw new DataApiError(404, "UnknownOperationException", "Only POST is supported");
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null) {
            throw DataApiError.accessDenied("Missing Authentication Token: requests must be signed with SigV4 for rds-data");
        }
        if (!SIGV4.matcher(authorization).matches()) {
            throw DataApiError.accessDenied("The Authorization header must be AWS4-HMAC-SHA256 with a credential scope for rds-data");
        }
        JsonNode request = readBody(exchange);
        checkCommonFields(request, operation);
        faults.beforeCall();
        switch (operation) {
            case "/Execute":
                return operations.execute(request);
            case "/BatchExecute":
                return operations.batchExecute(request);
            case "/BeginTransaction":
                return operations.beginTransaction(request);
            case "/CommitTransaction":
                return operations.endTransaction(request, true);
            case "/RollbackTransaction":
                return operations.endTransaction(request, false);
            default:
                throw new DataApiError(404, "UnknownOperationException", "Unknown operation " + operation);
        }
    }

    private JsonNode readBody(HttpExchange exchange) throws IOException {
        long limit = settings.maxRequestBytes();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long total = 0;
        // Read the whole body even past the limit (up to a hard cap), so the client gets the error reply
        // instead of a broken pipe while it is still sending.
        try (InputStream in = exchange.getRequestBody()) {
            byte[] buffer = new byte[16384];
            int read;
            while ((read = in.read(buffer)) >= 0 && total <= 8L * limit) {
                total += read;
                if (total <= limit) {
                    bytes.write(buffer, 0, read);
                }
            }
        }
        if (total > limit) {
            throw DataApiError.requestTooLarge(total, limit);
        }
        try {
            JsonNode body = WireJson.MAPPER.readTree(bytes.toByteArray());
            if (body == null || !body.isObject()) {
                throw DataApiError.badRequest("The request body must be a JSON object");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new DataApiError(400, "SerializationException", "The request body is not valid JSON");
        }
    }

    private void checkCommonFields(JsonNode request, String operation) {
        String resourceArn = WireJson.text(request, "resourceArn", null);
        String secretArn = WireJson.text(request, "secretArn", null);
        if (resourceArn == null || resourceArn.length() < 11 || resourceArn.length() > 100) {
            throw DataApiError.badRequest("resourceArn is required and must have 11 to 100 characters");
        }
        if (secretArn == null || secretArn.length() < 11 || secretArn.length() > 100) {
            throw DataApiError.badRequest("secretArn is required and must have 11 to 100 characters");
        }
        if (!resourceArn.equals(settings.resourceArn())) {
            throw DataApiError.resourceNotFound(resourceArn);
        }
        String database = WireJson.text(request, "database", null);
        if (database != null && database.length() > 64) {
            throw DataApiError.badRequest("database must have at most 64 characters");
        }
        if (request.hasNonNull("schema")) {
            throw DataApiError.validation("The schema parameter is not supported for Aurora PostgreSQL");
        }
        String transactionId = WireJson.text(request, "transactionId", null);
        if (transactionId != null && transactionId.length() > 192) {
            throw DataApiError.badRequest("transactionId must have at most 192 characters");
        }
    }

    private void sendError(HttpExchange exchange, String operation, DataApiError error) throws IOException {
        LOG.debug("{} -> {} {}", operation, error.status(), error.code());
        ObjectNode body = WireJson.MAPPER.createObjectNode()
                .put("__type", error.code())
                .put("message", error.getMessage());
        send(exchange, error.status(), body.toString().getBytes(StandardCharsets.UTF_8), error.code());
    }

    private static void send(HttpExchange exchange, int status, byte[] body, String errorType) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        if (errorType != null) {
            exchange.getResponseHeaders().set("x-amzn-ErrorType", errorType);
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
