package com.starlightdesk.sync.remote;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where a PC's practice lives remotely and how to reach it: the RDS Data API (cluster ARN, the practice's
 * secret ARN, database, region, credentials, optional endpoint override for the local gateway) or JDBC
 * (URL, role, password). Validated when built; immutable. {@link #toString()} hides secrets.
 *
 * @param callTimeout Data API call and socket timeout; at least 60 s, above the service's 45 s statement limit
 */
public record RemoteSettings(Transport transport, String region, String resourceArn, String secretArn,
                             String database, URI endpointOverride, Credentials credentials,
                             Duration callTimeout, String jdbcUrl, String jdbcUser, String jdbcPassword) {

    /** How the remote database is reached. */
    public enum Transport { DATA_API, JDBC }

    /** Where the Data API client takes its AWS credentials from. */
    public record Credentials(String profile, String accessKeyId, String secretAccessKey) {
        public Credentials {
            if (profile != null && accessKeyId != null) {
                throw new IllegalArgumentException("credentials: give a profile or static keys, not both");
            }
            if ((accessKeyId == null) != (secretAccessKey == null)) {
                throw new IllegalArgumentException("credentials: static keys need both accessKeyId and secretAccessKey");
            }
            if (profile != null && profile.isBlank()) {
                throw new IllegalArgumentException("credentials: profile must not be blank");
            }
        }

        /** The default provider chain (environment, profile, SSO, instance role). */
        public static Credentials defaultChain() {
            return new Credentials(null, null, null);
        }

        public static Credentials profile(String name) {
            return new Credentials(Objects.requireNonNull(name, "profile"), null, null);
        }

        /** Fixed keys, e.g. any keys for the local gateway. */
        public static Credentials fixed(String accessKeyId, String secretAccessKey) {
            return new Credentials(null, Objects.requireNonNull(accessKeyId, "accessKeyId"),
                    Objects.requireNonNull(secretAccessKey, "secretAccessKey"));
        }

        @Override
        public String toString() {
            return profile != null ? "profile " + profile : accessKeyId != null ? "static keys" : "default chain";
        }
    }

    public static final Duration MINIMUM_CALL_TIMEOUT = Duration.ofSeconds(60);

    public RemoteSettings {
        Objects.requireNonNull(transport, "transport");
        if (transport == Transport.DATA_API) {
            requireArn("resourceArn", resourceArn, ":rds:");
            requireArn("secretArn", secretArn, ":secretsmanager:");
            if (region == null || !region.matches("[a-z]{2}(-[a-z]+)+-\\d")) {
                throw new IllegalArgumentException("region must look like us-east-1, got: " + region);
            }
            if (database == null || database.isEmpty() || database.length() > 64) {
                throw new IllegalArgumentException("database must have 1 to 64 characters, got: " + database);
            }
            if (endpointOverride != null && (endpointOverride.getScheme() == null || endpointOverride.getHost() == null)) {
                throw new IllegalArgumentException("endpointOverride must be an absolute http(s) URL, got: " + endpointOverride);
            }
            credentials = credentials == null ? Credentials.defaultChain() : credentials;
            callTimeout = callTimeout == null ? MINIMUM_CALL_TIMEOUT : callTimeout;
            if (callTimeout.compareTo(MINIMUM_CALL_TIMEOUT) < 0) {
                throw new IllegalArgumentException("callTimeout must be at least 60 s (the Data API's statement limit is 45 s), got: " + callTimeout);
            }
            if (jdbcUrl != null || jdbcUser != null || jdbcPassword != null) {
                throw new IllegalArgumentException("Data API settings must not carry JDBC fields");
            }
        } else {
            if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("jdbcUrl must be a jdbc:postgresql: URL, got: " + jdbcUrl);
            }
            if (jdbcUser == null || jdbcUser.isBlank()) {
                throw new IllegalArgumentException("jdbcUser must not be blank");
            }
            if (resourceArn != null || secretArn != null || endpointOverride != null || credentials != null) {
                throw new IllegalArgumentException("JDBC settings must not carry Data API fields");
            }
        }
    }

    private static void requireArn(String field, String arn, String service) {
        if (arn == null || !arn.startsWith("arn:") || !arn.contains(service) || arn.length() < 11 || arn.length() > 100) {
            throw new IllegalArgumentException(field + " must be an ARN containing " + service
                    + " of 11 to 100 characters, got: " + arn);
        }
    }

    /** Data API settings with the default credential chain and no endpoint override (real Aurora). */
    public static RemoteSettings dataApi(String region, String resourceArn, String secretArn, String database) {
        return new RemoteSettings(Transport.DATA_API, region, resourceArn, secretArn, database, null,
                Credentials.defaultChain(), MINIMUM_CALL_TIMEOUT, null, null, null);
    }

    public static RemoteSettings jdbc(String jdbcUrl, String user, String password) {
        return new RemoteSettings(Transport.JDBC, null, null, null, null, null, null, null, jdbcUrl, user, password);
    }

    /** The same settings sent to another endpoint (e.g. the local gateway). */
    public RemoteSettings withEndpoint(URI endpoint) {
        return new RemoteSettings(transport, region, resourceArn, secretArn, database, endpoint, credentials,
                callTimeout, jdbcUrl, jdbcUser, jdbcPassword);
    }

    public RemoteSettings withCredentials(Credentials newCredentials) {
        return new RemoteSettings(transport, region, resourceArn, secretArn, database, endpointOverride,
                newCredentials, callTimeout, jdbcUrl, jdbcUser, jdbcPassword);
    }

    /** Opens the store these settings describe. */
    public RemoteStore open() {
        return transport == Transport.DATA_API ? new DataApiRemote(this)
                : new JdbcRemote(jdbcUrl, jdbcUser, jdbcPassword == null ? "" : jdbcPassword);
    }

    @Override
    public String toString() {
        return transport == Transport.DATA_API
                ? "RemoteSettings[Data API " + region + " " + resourceArn + " secret " + secretArn + " database "
                  + database + (endpointOverride == null ? "" : " via " + endpointOverride) + ", " + credentials + "]"
                : "RemoteSettings[JDBC " + jdbcUrl + " as " + jdbcUser + "]";
    }
}
