package com.starlightdesk.sync.api;

import com.starlightdesk.sync.remote.RemoteSettings;
import java.net.URI;
import java.util.Objects;

/**
 * Where a practice lives on the server and how this PC reaches it: the RDS Data API's region, the
 * cluster (resource) ARN, the practice's secret ARN, the database, an optional endpoint override (the
 * local gateway in development) and where AWS credentials come from. No password or key is held.
 * Immutable.
 */
public record ServerSettings(String region, String resourceArn, String secretArn, String database, URI endpoint,
                             Credentials credentials) {

    /** Where the Data API client takes its AWS credentials from. */
    public record Credentials(Source source, String profile) {
        /** The kinds of credential source a PC may use. */
        public enum Source {
            /** The default provider chain (environment, shared profile, SSO, instance role). */
            DEFAULT_CHAIN,
            /** A named profile in the PC's AWS configuration. */
            PROFILE,
            /** Fixed placeholder keys that only the local development gateway accepts. */
            LOCAL_GATEWAY
        }

        public Credentials {
            Objects.requireNonNull(source, "source");
            if (source == Source.PROFILE && (profile == null || profile.isBlank())) {
                throw new IllegalArgumentException("Enter the name of the AWS profile");
            }
            profile = source == Source.PROFILE ? profile.strip() : null;
        }

        public static Credentials defaultChain() {
            return new Credentials(Source.DEFAULT_CHAIN, null);
        }

        public static Credentials profile(String name) {
            return new Credentials(Source.PROFILE, name);
        }

        public static Credentials localGateway() {
            return new Credentials(Source.LOCAL_GATEWAY, null);
        }

        /** The form kept in the store's device settings: "default", "profile:NAME" or "local-gateway". */
        String saved() {
            return switch (source) {
                case DEFAULT_CHAIN -> "default";
                case PROFILE -> "profile:" + profile;
                case LOCAL_GATEWAY -> "local-gateway";
            };
        }
    }

    public ServerSettings {
        Objects.requireNonNull(credentials, "credentials");
    }

    /**
     * The sync module's settings for these, with the credentials they name.
     *
     * @throws IllegalArgumentException naming the field that is wrong (no secret is ever in the message)
     */
    RemoteSettings remote() {
        RemoteSettings remote = RemoteSettings.dataApi(region, resourceArn, secretArn, database);
        if (endpoint != null) {
            remote = remote.withEndpoint(endpoint);
        }
        return switch (credentials.source()) {
            case DEFAULT_CHAIN -> remote;
            case PROFILE -> remote.withCredentials(RemoteSettings.Credentials.profile(credentials.profile()));
            case LOCAL_GATEWAY -> remote.withCredentials(RemoteSettings.Credentials.fixed("AKIDLOCALGATEWAY", "local-gateway-secret"));
        };
    }

    @Override
    public String toString() {
        return "ServerSettings[" + region + " " + resourceArn + " secret " + secretArn + " database " + database
                + (endpoint == null ? "" : " via " + endpoint) + ", " + credentials.saved() + "]";
    }
}
