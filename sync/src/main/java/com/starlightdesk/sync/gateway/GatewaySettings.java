package com.starlightdesk.sync.gateway;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the local Data API gateway (development and tests only). Validated when built; immutable.
 *
 * @param pgUrl                  PostgreSQL JDBC URL; its database is the default when a call names none
 * @param port                   TCP port on 127.0.0.1, 0 for an ephemeral one
 * @param secretsFile            JSON secrets file (secret ARN to username and password)
 * @param resourceArn            the cluster ARN calls must name
 * @param transactionIdleTimeout idle time after which an open transaction is rolled back (service: 3 min)
 * @param statementTimeout       synchronous statement limit (service: 45 s), whole seconds
 * @param maxResponseBytes       response size limit (service: 1 MiB)
 * @param maxRequestBytes        request size limit (service: 4 MiB)
 */
public record GatewaySettings(String pgUrl, int port, Path secretsFile, String resourceArn,
                              Duration transactionIdleTimeout, Duration statementTimeout,
                              int maxResponseBytes, int maxRequestBytes) {

    public static final String DEFAULT_RESOURCE_ARN = "arn:aws:rds:us-east-1:000000000000:cluster:starlight-local";
    public static final Duration SERVICE_TRANSACTION_IDLE_TIMEOUT = Duration.ofMinutes(3);
    public static final Duration SERVICE_STATEMENT_TIMEOUT = Duration.ofSeconds(45);
    public static final int SERVICE_MAX_RESPONSE_BYTES = 1 << 20;
    public static final int SERVICE_MAX_REQUEST_BYTES = 4 << 20;

    public GatewaySettings {
        Objects.requireNonNull(pgUrl, "pgUrl");
        Objects.requireNonNull(secretsFile, "secretsFile");
        Objects.requireNonNull(resourceArn, "resourceArn");
        Objects.requireNonNull(transactionIdleTimeout, "transactionIdleTimeout");
        Objects.requireNonNull(statementTimeout, "statementTimeout");
        if (!pgUrl.startsWith("jdbc:postgresql:") || pgUrl.lastIndexOf('/') < 0) {
            throw new IllegalArgumentException("pgUrl must be a jdbc:postgresql://host:port/database URL, got: " + pgUrl);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (!resourceArn.startsWith("arn:") || resourceArn.length() > 100) {
            throw new IllegalArgumentException("resourceArn must be an ARN of at most 100 characters, got: " + resourceArn);
        }
        if (transactionIdleTimeout.isNegative() || transactionIdleTimeout.isZero()) {
            throw new IllegalArgumentException("transactionIdleTimeout must be positive, got " + transactionIdleTimeout);
        }
        if (statementTimeout.toSeconds() < 1) {
            throw new IllegalArgumentException("statementTimeout must be at least 1 s, got " + statementTimeout);
        }
        if (maxResponseBytes < 1024 || maxRequestBytes < 1024) {
            throw new IllegalArgumentException("size limits must be at least 1 KiB");
        }
    }

    /** The service's limits and timeouts on an ephemeral port. */
    public static GatewaySettings of(String pgUrl, Path secretsFile) {
        return new GatewaySettings(pgUrl, 0, secretsFile, DEFAULT_RESOURCE_ARN, SERVICE_TRANSACTION_IDLE_TIMEOUT,
                SERVICE_STATEMENT_TIMEOUT, SERVICE_MAX_RESPONSE_BYTES, SERVICE_MAX_REQUEST_BYTES);
    }

    public GatewaySettings withTimeouts(Duration idle, Duration statement) {
        return new GatewaySettings(pgUrl, port, secretsFile, resourceArn, idle, statement, maxResponseBytes,
                maxRequestBytes);
    }

    /** The JDBC URL of another database on the same server. */
    String urlFor(String database) {
        int slash = pgUrl.lastIndexOf('/');
        int query = pgUrl.indexOf('?', slash);
        return pgUrl.substring(0, slash + 1) + database + (query < 0 ? "" : pgUrl.substring(query));
    }

    String defaultDatabase() {
        int slash = pgUrl.lastIndexOf('/');
        int query = pgUrl.indexOf('?', slash);
        return query < 0 ? pgUrl.substring(slash + 1) : pgUrl.substring(slash + 1, query);
    }
}
