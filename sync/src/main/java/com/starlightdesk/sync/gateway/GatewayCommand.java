package com.starlightdesk.sync.gateway;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the local Data API gateway from the command line (development and tests only). */
@Command(name = "data-api-gateway", mixinStandardHelpOptions = true,
        description = {"Local RDS Data API gateway on PostgreSQL, FOR DEVELOPMENT AND TESTS ONLY:",
                "production talks to Aurora's Data API. Point RdsDataClient's endpointOverride at",
                "http://127.0.0.1:<port>. Signatures are checked for shape, not verified."})
public final class GatewayCommand implements Callable<Integer> {

    @Option(names = "--pg-url", required = true, description = "PostgreSQL JDBC URL, e.g. jdbc:postgresql://127.0.0.1:5432/starlight")
    String pgUrl;

    @Option(names = "--port", defaultValue = "0", description = "Port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--secrets", required = true, description = "Secrets file: JSON of secret ARN -> {username, password}.")
    Path secrets;

    @Option(names = "--resource-arn", defaultValue = GatewaySettings.DEFAULT_RESOURCE_ARN,
            description = "Cluster ARN that calls must name (default: ${DEFAULT-VALUE}).")
    String resourceArn;

    @Option(names = "--transaction-idle-timeout", defaultValue = "PT3M", description = "ISO-8601 duration (default: ${DEFAULT-VALUE}).")
    Duration transactionIdleTimeout;

    @Option(names = "--statement-timeout", defaultValue = "PT45S", description = "ISO-8601 duration (default: ${DEFAULT-VALUE}).")
    Duration statementTimeout;

    @Option(names = "--latency-ms", defaultValue = "0", description = "Fault: delay every call by this many ms.")
    long latencyMs;

    @Option(names = "--drop-reply-probability", defaultValue = "0", description = "Fault: run the call, then close the connection without a reply.")
    double dropReplyProbability;

    @Option(names = "--resuming-ms", defaultValue = "0", description = "Fault: DatabaseResumingException for this many ms after start.")
    long resumingMs;

    @Option(names = "--server-error-probability", defaultValue = "0", description = "Fault: 500 InternalServerErrorException.")
    double serverErrorProbability;

    @Option(names = "--throttle-probability", defaultValue = "0", description = "Fault: 429 ThrottlingException.")
    double throttleProbability;

    @Option(names = "--unavailable-probability", defaultValue = "0", description = "Fault: 503 ServiceUnavailableError.")
    double unavailableProbability;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the fault generator (default: ${DEFAULT-VALUE}).")
    long seed;

    public static void main(String[] args) {
        System.exit(new CommandLine(new GatewayCommand()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        GatewaySettings settings = new GatewaySettings(pgUrl, port, secrets, resourceArn, transactionIdleTimeout,
                statementTimeout, GatewaySettings.SERVICE_MAX_RESPONSE_BYTES, GatewaySettings.SERVICE_MAX_REQUEST_BYTES);
        DataApiGateway gateway = DataApiGateway.start(settings, seed);
        gateway.faults()
                .latency(Duration.ofMillis(latencyMs))
                .dropReplies(dropReplyProbability)
                .serverErrors(serverErrorProbability)
                .throttle(throttleProbability)
                .unavailable(unavailableProbability);
        if (resumingMs > 0) {
            gateway.faults().resumeFor(Duration.ofMillis(resumingMs));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            gateway.close();
            stopped.countDown();
        }, "gateway-shutdown"));
        System.out.println("Data API gateway (development and tests only) listening on " + gateway.endpoint()
                + " for resource " + gateway.resourceArn());
        System.out.flush();
        stopped.await();
        return 0;
    }
}
