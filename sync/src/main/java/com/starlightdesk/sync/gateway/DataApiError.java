package com.starlightdesk.sync.gateway;

import java.util.Objects;

/**
 * A failure the gateway reports the way the RDS Data API does: an HTTP status, the error code the SDK
 * maps to a typed exception ({@code x-amzn-ErrorType} and {@code __type}), and a message.
 */
final class DataApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    DataApiError(int status, String code, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    static DataApiError databaseError(String message) {
        return new DataApiError(400, "DatabaseErrorException", message);
    }

    static DataApiError badRequest(String message) {
        return new DataApiError(400, "BadRequestException", message);
    }

    /** Input the service's model rejects (multi-statement SQL, the schema parameter on PostgreSQL). */
    static DataApiError validation(String message) {
        return new DataApiError(400, "ValidationException", message);
    }

    static DataApiError transactionNotFound(String transactionId) {
        return new DataApiError(404, "TransactionNotFoundException",
                "Transaction " + transactionId + " is not found");
    }

    static DataApiError statementTimeout() {
        return new DataApiError(400, "StatementTimeoutException",
                "The statement ran longer than the synchronous limit and was cancelled");
    }

    static DataApiError resuming() {
        return new DataApiError(400, "DatabaseResumingException",
                "The Aurora DB instance is resuming after being auto-paused. Please wait a few seconds and try again.");
    }

    static DataApiError secretsError(String secretArn) {
        return new DataApiError(400, "SecretsErrorException",
                "Error fetching secret " + secretArn + " : Secrets Manager can't find the specified secret.");
    }

    static DataApiError invalidSecret(String message) {
        return new DataApiError(400, "InvalidSecretException", message);
    }

    static DataApiError unsupportedResult(String message) {
        return new DataApiError(400, "UnsupportedResultException", message);
    }

    static DataApiError resourceNotFound(String resourceArn) {
        return new DataApiError(404, "NotFoundException", "Resource " + resourceArn + " is not found");
    }

    static DataApiError databaseNotFound(String database) {
        return new DataApiError(404, "DatabaseNotFoundException", "Database " + database + " is not found");
    }

    static DataApiError accessDenied(String message) {
        return new DataApiError(403, "AccessDeniedException", message);
    }

    static DataApiError internal(String message) {
        return new DataApiError(500, "InternalServerErrorException", message);
    }

    static DataApiError serviceUnavailable() {
        return new DataApiError(503, "ServiceUnavailableError", "The service is unavailable. Try again later.");
    }

    static DataApiError throttling() {
        return new DataApiError(429, "ThrottlingException", "Rate exceeded");
    }

    static DataApiError requestTooLarge(long bytes, long limit) {
        return new DataApiError(413, "RequestEntityTooLargeException",
                "Request size " + bytes + " bytes exceeds the limit of " + limit + " bytes");
    }

    static DataApiError rowTooLarge() {
        return badRequest("Database returned a row larger than the allowed 64 KB row size limit");
    }

    static DataApiError responseTooLarge() {
        return badRequest("Database returned more than the allowed response size limit");
    }
}
