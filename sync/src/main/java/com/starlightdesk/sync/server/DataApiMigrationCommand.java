package com.starlightdesk.sync.server;

import com.starlightdesk.sync.remote.RemoteSettings;
import com.starlightdesk.sync.remote.RemoteStore;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code remote-schema migrate-data-api}: applies the remote migrations over the RDS Data API with an admin secret. */
@Command(name = "migrate-data-api", mixinStandardHelpOptions = true,
        description = "Applies db/postgresql migrations over the RDS Data API, using the owner's (admin) secret.")
final class DataApiMigrationCommand implements Callable<Integer> {

    @Option(names = "--resource-arn", required = true, description = "Aurora cluster ARN.")
    String resourceArn;

    @Option(names = "--secret-arn", required = true, description = "Secret of the owner role (not a practice's secret).")
    String secretArn;

    @Option(names = "--database", required = true, description = "Database name.")
    String database;

    @Option(names = "--region", defaultValue = "us-east-1", description = "AWS region (default: ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--endpoint", description = "Endpoint override, e.g. http://127.0.0.1:8089 for the local gateway.")
    URI endpoint;

    @Option(names = "--profile", description = "AWS profile (default: the default credential chain).")
    String profile;

    @Option(names = "--local-gateway-keys", description = "Use fixed dummy keys (the local gateway checks only the signature's shape).")
    boolean localGatewayKeys;

    @Override
    public Integer call() {
        RemoteSettings settings = RemoteSettings.dataApi(region, resourceArn, secretArn, database);
        if (endpoint != null) {
            settings = settings.withEndpoint(endpoint);
        }
        if (profile != null) {
            settings = settings.withCredentials(RemoteSettings.Credentials.profile(profile));
        } else if (localGatewayKeys) {
            settings = settings.withCredentials(RemoteSettings.Credentials.fixed("AKIDLOCALGATEWAY", "local-gateway"));
        }
        try (RemoteStore store = settings.open()) {
            List<String> applied = new RemoteMigrations(store).migrate();
            System.out.println(applied.isEmpty() ? "remote practice schema already up to date"
                    : "applied remote migrations " + applied);
        }
        return 0;
    }
}
