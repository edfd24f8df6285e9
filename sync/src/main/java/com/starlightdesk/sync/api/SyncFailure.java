package com.starlightdesk.sync.api;

import com.starlightdesk.sync.cli.SavedRemoteSettings;
import com.starlightdesk.sync.engine.SchemaMismatchException;
import com.starlightdesk.sync.remote.RemoteException;
import com.starlightdesk.sync.remote.RemoteSettings;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.rdsdata.model.DatabaseNotFoundException;
import software.amazon.awssdk.services.rdsdata.model.HttpEndpointNotEnabledException;
import software.amazon.awssdk.services.rdsdata.model.NotFoundException;
import software.amazon.awssdk.services.rdsdata.model.RdsDataException;

/**
 * Why a sync could not reach or use the practice's server, told to the person at the PC: what happened,
 * what became of this PC's changes and what to do, with the exit code the command line ends with
 * ({@code sysexits} style, so that scripts can tell the cases apart). Built from the failure the remote
 * store, the schema handshake or the saved settings raised. Messages name the server (endpoint, cluster,
 * database) and a count of changes, never a patient's data or a secret. Immutable.
 */
public record SyncFailure(Kind kind, String message) {

    /** The kinds of failure, each with its exit code. */
    public enum Kind {
        /** No connection to the server, or it answers only with server errors: try again when it is back. */
        UNREACHABLE(68),
        /** The server asks this PC to slow down: try again in a minute. */
        THROTTLED(69),
        /** The database is resuming after an automatic pause: try again in a minute. */
        DATABASE_RESUMING(75),
        /** The server's schema is not the one this version speaks: one of the two needs an update. */
        SCHEMA_MISMATCH(76),
        /** The server refused the practice's secret or the credentials that reach it. */
        CREDENTIALS_REFUSED(77),
        /** The saved server settings cannot be used: not connected, no credentials, unknown cluster or database. */
        SETTINGS(78),
        /** Any other failure of the server to carry out a request. */
        FAILED(1);

        private final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    public SyncFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    public int exitCode() {
        return kind.exitCode();
    }

    /**
     * What {@code failure} means for a sync with {@code settings} (null when none are saved) and
     * {@code pendingChanges} waiting in the outbox (negative when not known); empty when the failure is
     * not one of the server or of its settings (a fault of this program).
     */
    public static Optional<SyncFailure> of(Throwable failure, RemoteSettings settings, long pendingChanges) {
        String where = where(settings);
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 10; t = t.getCause(), depth++) {
            if (t instanceof SchemaMismatchException) {
                return Optional.of(new SyncFailure(Kind.SCHEMA_MISMATCH, t.getMessage() + " "
                        + kept(pendingChanges, "once both are at the same version")));
            }
            if (t instanceof SavedRemoteSettings.NotConnectedException) {
                return Optional.of(new SyncFailure(Kind.SETTINGS, "This store is not connected to its practice's server yet:"
                        + " run sync connect first. " + kept(pendingChanges, "once it is connected")));
            }
            if (t instanceof RemoteException r) {
                return Optional.of(fromRemote(r, settings, where, pendingChanges));
            }
        }
        return Optional.empty();
    }

    private static SyncFailure fromRemote(RemoteException r, RemoteSettings settings, String where, long pending) {
        String state = r.sqlState().orElse("");
        Throwable cause = r.getCause();
        if (cause instanceof SdkClientException && String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("credentials")) {
            String source = settings == null ? "" : " (looked in: " + settings.credentials() + ")";
            return new SyncFailure(Kind.SETTINGS, "No AWS credentials for the Data API were found on this PC" + source + ". "
                    + kept(pending, "once they are set up") + " Set them up, or name a profile with sync connect --profile.");
        }
        if (r.kind() == RemoteException.Kind.DATABASE_RESUMING || state.equals("57P03")) {
            return new SyncFailure(Kind.DATABASE_RESUMING, "The practice database at " + where + " is waking up after a pause. "
                    + kept(pending, "with the next sync") + " Try again in a minute.");
        }
        if (r.kind() == RemoteException.Kind.ACCESS_DENIED) {
            return new SyncFailure(Kind.CREDENTIALS_REFUSED, "The server at " + where + " refused this PC's credentials"
                    + " (the practice's secret, or the credentials that reach it). "
                    + kept(pending, "once the server lets this PC in")
                    + " Ask your administrator to check the secret and its access, then run sync connect again.");
        }
        if (throttled(cause) || state.equals("53300")) {
            return new SyncFailure(Kind.THROTTLED, "The server at " + where + " is busy and asked this PC to slow down. "
                    + kept(pending, "with the next sync") + " Try again in a minute; sync run retries by itself.");
        }
        if (r.kind() == RemoteException.Kind.UNAVAILABLE) {
            return new SyncFailure(Kind.UNREACHABLE, "Server unreachable at " + where + ". " + kept(pending, "when it is back")
                    + " Check this PC's network connection; if it works, ask whoever runs the server whether it is up.");
        }
        if (cause instanceof DatabaseNotFoundException || cause instanceof NotFoundException || state.equals("3D000")) {
            String named = settings == null || settings.transport() == RemoteSettings.Transport.JDBC ? ""
                    : " (cluster " + settings.resourceArn() + ", database " + settings.database() + ")";
            return new SyncFailure(Kind.SETTINGS, "The server at " + where + " knows no such cluster or database" + named + ". "
                    + kept(pending, "once the settings are right") + " Check the settings, then run sync connect again.");
        }
        if (cause instanceof HttpEndpointNotEnabledException) {
            return new SyncFailure(Kind.SETTINGS, "The Data API is not enabled on the cluster at " + where + ". "
                    + kept(pending, "once it is enabled") + " Ask your administrator to enable it.");
        }
        return new SyncFailure(Kind.FAILED, "Sync did not complete: the server at " + where + " could not carry out a request ("
                + r.kind() + r.sqlState().map(s -> ", SQLSTATE " + s).orElse("") + "). " + kept(pending, "with the next sync")
                + " If this happens again, give this message to your administrator.");
    }

    private static boolean throttled(Throwable cause) {
        return cause instanceof RdsDataException r && (r.statusCode() == 429
                || r.awsErrorDetails() != null && "ThrottlingException".equals(r.awsErrorDetails().errorCode()));
    }

    /** The server as the person knows it: the endpoint, the Data API's region, or the JDBC address without its options. */
    static String where(RemoteSettings settings) {
        if (settings == null) {
            return "the practice's server";
        }
        if (settings.transport() == RemoteSettings.Transport.JDBC) {
            String url = settings.jdbcUrl();
            int options = url.indexOf('?');
            return options < 0 ? url : url.substring(0, options);
        }
        return settings.endpointOverride() != null ? settings.endpointOverride().toString()
                : "the RDS Data API in " + settings.region();
    }

    /** What became of this PC's changes. */
    private static String kept(long pending, String when) {
        if (pending < 0) {
            return "Changes made on this PC are kept and will be sent " + when + ".";
        }
        if (pending == 0) {
            return "No changes are waiting on this PC.";
        }
        return pending + (pending == 1 ? " change is" : " changes are") + " kept on this PC and will be sent " + when + ".";
    }
}
