package com.starlightdesk.sync.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The local RDS Data API gateway — FOR DEVELOPMENT AND TESTS ONLY; production talks to Aurora's Data
 * API. An HTTP server on 127.0.0.1 that the real {@code RdsDataClient} reaches through an endpoint
 * override, running statements on PostgreSQL as the role of each request's secret, with the service's
 * JSON shapes, limits and error types, plus injectable faults ({@link #faults()}).
 * Signatures are checked for shape only. Thread-safe; close it to stop.
 */
public final class DataApiGateway implements AutoCloseable {

    private final GatewaySettings settings;
    private final GatewayFaults faults;
    private final SecretPools pools;
    private final GatewayTransactions transactions;
    private final HttpServer server;
    private final ExecutorService executor;

    private DataApiGateway(GatewaySettings settings, long faultSeed) throws IOException {
        this.settings = settings;
        this.faults = new GatewayFaults(faultSeed);
        this.pools = new SecretPools(settings);
        this.transactions = new GatewayTransactions(settings.transactionIdleTimeout());
        // Without TCP_NODELAY every reply waits ~45 ms for the client's delayed ACK.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 64);
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "data-api-gateway-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", new DataApiHandler(settings,
                new DataApiOperations(settings, pools, transactions), faults));
    }

    /** Starts a gateway with the given settings and a fault generator seeded with {@code faultSeed}. */
    public static DataApiGateway start(GatewaySettings settings, long faultSeed) {
        try {
            DataApiGateway gateway = new DataApiGateway(settings, faultSeed);
            gateway.server.start();
            return gateway;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Data API gateway on port " + settings.port(), e);
        }
    }

    public static DataApiGateway start(GatewaySettings settings) {
        return start(settings, 42L);
    }

    /** The bound port (the ephemeral one when settings asked for 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The URL to give {@code RdsDataClient.builder().endpointOverride(...)}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public String resourceArn() {
        return settings.resourceArn();
    }

    /** Faults to inject; changes apply to the next calls. */
    public GatewayFaults faults() {
        return faults;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        transactions.close();
        pools.close();
    }
}
