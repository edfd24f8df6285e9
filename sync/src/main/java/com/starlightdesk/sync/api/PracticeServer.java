package com.starlightdesk.sync.api;

import com.starlightdesk.data.sync.DeviceSettings;
import com.starlightdesk.sync.cli.SavedRemoteSettings;
import com.starlightdesk.sync.remote.RemoteSettings;
import com.starlightdesk.sync.remote.RemoteStore;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The server of a practice whose store is already on this PC: which one the store syncs with, in words
 * that hold no password or key, and connecting a store that was kept only here. Blocking (network,
 * the store); stateless.
 */
public final class PracticeServer {
    private PracticeServer() {
    }

    /**
     * The server the store syncs with, e.g. "database starlight of cluster arn:… in us-east-1, secret arn:…,
     * this PC's AWS credentials"; empty while the practice is kept only on this PC. Reads the store.
     */
    public static Optional<String> of(DataSource store) {
        try {
            return Optional.of(describe(SavedRemoteSettings.load(new DeviceSettings(store), Map.of())));
        } catch (SavedRemoteSettings.NotConnectedException notConnected) {
            return Optional.empty();
        }
    }

    /**
     * Connects the store of practice {@code practiceId} to the server {@code settings} name: opens it, checks
     * that it speaks this version's schema and that the secret reaches this very practice, then saves the
     * settings in the store (no password or key is saved). Nothing is saved when a check fails.
     *
     * @throws JoinException naming the setting at fault where one is (the secret when it reaches another practice)
     */
    public static String connect(DataSource store, UUID practiceId, ServerSettings settings) throws JoinException {
        RemoteSettings remote = PracticeJoin.remoteSettings(settings);
        try (RemoteStore server = remote.open()) {
            PracticeJoin.RemotePractice found = PracticeJoin.readPractice(server, settings);
            if (!found.id().equals(practiceId)) {
                throw new JoinException(JoinException.Problem.NO_PRACTICE, "secretArn", "The secret " + settings.secretArn()
                        + " reaches another practice on this server (" + found.id() + "), not this one (" + practiceId + ")");
            }
        } catch (RuntimeException e) {
            throw PracticeJoin.translate(e, settings);
        }
        SavedRemoteSettings.save(new DeviceSettings(store), remote, settings.credentials().saved());
        return describe(remote);
    }

    private static String describe(RemoteSettings remote) {
        if (remote.transport() == RemoteSettings.Transport.JDBC) {
            return "PostgreSQL at " + remote.jdbcUrl() + " as " + remote.jdbcUser();
        }
        return "database " + remote.database() + " of cluster " + remote.resourceArn() + " in " + remote.region()
                + ", secret " + remote.secretArn() + (remote.endpointOverride() == null ? "" : ", through " + remote.endpointOverride())
                + ", " + credentials(remote.credentials());
    }

    /** Where the credentials come from; only the local gateway's placeholder keys are ever fixed keys here. */
    private static String credentials(RemoteSettings.Credentials credentials) {
        return credentials == null || credentials.profile() == null && credentials.accessKeyId() == null ? "this PC's AWS credentials"
                : credentials.profile() != null ? "AWS profile " + credentials.profile() : "the local gateway's keys";
    }
}
