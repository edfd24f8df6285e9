package com.starlightdesk.sync.testing;

import com.starlightdesk.sync.gateway.DataApiGateway;
import com.starlightdesk.sync.gateway.GatewaySettings;
import com.starlightdesk.sync.remote.JdbcRemote;
import com.starlightdesk.sync.remote.RemoteSettings;
import com.starlightdesk.sync.remote.RemoteStore;
import com.starlightdesk.sync.server.PracticeSecret;
import com.starlightdesk.sync.server.SecretsFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.rdsdata.RdsDataClient;

/**
 * A fresh remote database with practices A and B, and a gateway on an ephemeral port whose secrets file
 * holds the given practices' secrets. Short timeouts so tests of expiry and timeouts run fast.
 */
public final class GatewayFixture implements AutoCloseable {

    public static final Duration TEST_IDLE_TIMEOUT = Duration.ofSeconds(1);
    public static final Duration TEST_STATEMENT_TIMEOUT = Duration.ofSeconds(2);

    private final RemoteTestDatabase database;
    private final Path secretsFile;
    private final DataApiGateway gateway;

    /** A gateway granting both practices' secrets. */
    public GatewayFixture(String suffix) {
        this(suffix, true);
    }

    public GatewayFixture(String suffix, boolean grantPracticeB) {
        this.database = new RemoteTestDatabase(suffix);
        try {
            this.secretsFile = Files.createTempFile("starlight-gateway-secrets-", ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SecretsFile.write(secretsFile, grantPracticeB
                ? Map.of(database.secretA().secretArn(), database.secretA(), database.secretB().secretArn(), database.secretB())
                : Map.of(database.secretA().secretArn(), database.secretA()));
        GatewaySettings settings = GatewaySettings.of(database.jdbcUrl(), secretsFile)
                .withTimeouts(TEST_IDLE_TIMEOUT, TEST_STATEMENT_TIMEOUT);
        this.gateway = DataApiGateway.start(settings, 7L);
    }

    public RemoteTestDatabase database() {
        return database;
    }

    public DataApiGateway gateway() {
        return gateway;
    }

    /**
     * Provisions one more practice on the server (as whoever runs it does for a practice created on a PC)
     * and lets the gateway know its secret.
     */
    public PracticeSecret provision(UUID practiceId, String practiceName, String timeZone) {
        PracticeSecret secret = database.provision(practiceId, practiceName, timeZone);
        SecretsFile.append(secretsFile, secret);
        return secret;
    }

    /** Data API settings of a practice's secret, pointed at the gateway. */
    public RemoteSettings dataApiSettings(PracticeSecret secret) {
        return RemoteSettings.dataApi("us-east-1", gateway.resourceArn(), secret.secretArn(), databaseName())
                .withEndpoint(gateway.endpoint())
                .withCredentials(RemoteSettings.Credentials.fixed("AKIDLOCALGATEWAY", "local-gateway-secret"));
    }

    public RemoteStore dataApiRemote(PracticeSecret secret) {
        return dataApiSettings(secret).open();
    }

    /** JDBC straight to PostgreSQL as the practice's own role. */
    public RemoteStore jdbcRemote(PracticeSecret secret) {
        return new JdbcRemote(database.jdbcUrl(), secret.username(), secret.password());
    }

    /** A raw SDK client against the gateway, with the given number of attempts (1 = no retries). */
    public RdsDataClient sdkClient(int maxAttempts) {
        return RdsDataClient.builder()
                .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(60)).build())
                .region(Region.US_EAST_1)
                .endpointOverride(gateway.endpoint())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIDLOCALGATEWAY", "local-gateway-secret")))
                .overrideConfiguration(c -> c.retryStrategy(b -> b.maxAttempts(maxAttempts)))
                .build();
    }

    public URI endpoint() {
        return gateway.endpoint();
    }

    public String databaseName() {
        String url = database.jdbcUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    @Override
    public void close() {
        gateway.close();
        database.close();
        try {
            Files.deleteIfExists(secretsFile);
        } catch (IOException ignored) {
            // temp file
        }
    }
}
