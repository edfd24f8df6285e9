package com.starlightdesk.sync.cli;

import com.starlightdesk.data.sync.DeviceSettings;
import com.starlightdesk.sync.remote.RemoteSettings;
import java.net.URI;
import java.util.Map;

/**
 * A PC's remote settings kept in its store's {@code device_settings}: transport, cluster and secret ARNs,
 * database, region, endpoint override and where credentials come from. No password or key is saved: the
 * local gateway takes any keys, the Data API takes the default chain or a named profile, and a JDBC
 * password comes from {@code STARLIGHT_REMOTE_PASSWORD}.
 */
public final class SavedRemoteSettings {
    static final String PREFIX = "remote.";
    public static final String JDBC_PASSWORD_ENV = "STARLIGHT_REMOTE_PASSWORD";
    private static final String LOCAL_GATEWAY = "local-gateway";

    private SavedRemoteSettings() {
    }

    /** The store was never connected to a server: no settings are saved. */
    public static final class NotConnectedException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        NotConnectedException() {
            super("This store is not connected to a remote practice database: run sync connect");
        }
    }

    /** Saves settings; {@code credentials} is "default", "profile:NAME" or "local-gateway". */
    public static void save(DeviceSettings settings, RemoteSettings remote, String credentials) {
        if (remote.transport() == RemoteSettings.Transport.DATA_API) {
            settings.put(PREFIX + "transport", "data-api");
            settings.put(PREFIX + "region", remote.region());
            settings.put(PREFIX + "resource_arn", remote.resourceArn());
            settings.put(PREFIX + "secret_arn", remote.secretArn());
            settings.put(PREFIX + "database", remote.database());
            if (remote.endpointOverride() != null) {
                settings.put(PREFIX + "endpoint", remote.endpointOverride().toString());
            } else {
                settings.remove(PREFIX + "endpoint");
            }
            settings.put(PREFIX + "credentials", credentials);
        } else {
            settings.put(PREFIX + "transport", "jdbc");
            settings.put(PREFIX + "jdbc_url", remote.jdbcUrl());
            settings.put(PREFIX + "jdbc_user", remote.jdbcUser());
        }
    }

    /** The saved settings; throws {@link NotConnectedException} when the store was never connected. */
    public static RemoteSettings load(DeviceSettings settings, Map<String, String> env) {
        String transport = settings.get(PREFIX + "transport")
                .orElseThrow(NotConnectedException::new);
        if (transport.equals("jdbc")) {
            return RemoteSettings.jdbc(settings.get(PREFIX + "jdbc_url").orElseThrow(), settings.get(PREFIX + "jdbc_user").orElseThrow(),
                    env.getOrDefault(JDBC_PASSWORD_ENV, ""));
        }
        RemoteSettings remote = RemoteSettings.dataApi(settings.get(PREFIX + "region").orElseThrow(),
                settings.get(PREFIX + "resource_arn").orElseThrow(), settings.get(PREFIX + "secret_arn").orElseThrow(),
                settings.get(PREFIX + "database").orElseThrow());
        String endpoint = settings.get(PREFIX + "endpoint").orElse(null);
        if (endpoint != null) {
            remote = remote.withEndpoint(URI.create(endpoint));
        }
        return withCredentials(remote, settings.get(PREFIX + "credentials").orElse("default"));
    }

    /** {@code remote} with the credentials {@code credentials} names ("default", "profile:NAME" or "local-gateway"). */
    public static RemoteSettings withCredentials(RemoteSettings remote, String credentials) {
        if (remote.transport() != RemoteSettings.Transport.DATA_API) {
            return remote;
        }
        if (credentials.equals(LOCAL_GATEWAY)) {
            return remote.withCredentials(RemoteSettings.Credentials.fixed("AKIDLOCALGATEWAY", "local-gateway-secret"));
        }
        if (credentials.startsWith("profile:")) {
            return remote.withCredentials(RemoteSettings.Credentials.profile(credentials.substring("profile:".length())));
        }
        return remote;
    }
}
