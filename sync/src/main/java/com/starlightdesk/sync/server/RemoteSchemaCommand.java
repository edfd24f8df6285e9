package com.starlightdesk.sync.server;

import com.starlightdesk.schema.Migrations;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Administers the remote practice database: applies its migrations and provisions practices, over JDBC as
 * the owner role (the role that owns the practice tables; {@code postgres} locally).
 *
 * <pre>
 * java -cp ... com.starlightdesk.sync.server.RemoteSchemaCommand migrate --jdbc-url jdbc:postgresql://127.0.0.1:5432/starlight --user postgres
 * java -cp ... com.starlightdesk.sync.server.RemoteSchemaCommand provision --jdbc-url ... --user postgres \
 *     --name "Maple Pediatrics" --time-zone America/Chicago --secrets-file secrets.json
 * </pre>
 */
@Command(name = "remote-schema", mixinStandardHelpOptions = true,
        description = "Applies the remote practice database's migrations and provisions practices.",
        subcommands = {RemoteSchemaCommand.Migrate.class, RemoteSchemaCommand.Provision.class,
                DataApiMigrationCommand.class})
public final class RemoteSchemaCommand implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new RemoteSchemaCommand()).execute(args));
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /** JDBC connection options of the owner role. */
    static final class OwnerConnection {
        @Option(names = "--jdbc-url", required = true, description = "PostgreSQL JDBC URL of the practice database.")
        String jdbcUrl;

        @Option(names = "--user", defaultValue = "postgres", description = "Owner role (default: ${DEFAULT-VALUE}).")
        String user;

        @Option(names = "--password", description = "Owner password (or PGPASSWORD).")
        String password;

        HikariDataSource open() {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(jdbcUrl);
            config.setUsername(user);
            String secret = password != null ? password : System.getenv("PGPASSWORD");
            if (secret != null) {
                config.setPassword(secret);
            }
            config.setMaximumPoolSize(2);
            config.setPoolName("remote-schema");
            return new HikariDataSource(config);
        }
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = "Applies db/postgresql migrations over JDBC as the owner role.")
    static final class Migrate implements Callable<Integer> {
        @Mixin
        OwnerConnection owner;

        @Override
        public Integer call() {
            try (HikariDataSource dataSource = owner.open()) {
                String version = Migrations.migratePracticeTables(dataSource);
                System.out.println("remote practice schema at version " + version);
            }
            return 0;
        }
    }

    @Command(name = "provision", mixinStandardHelpOptions = true,
            description = "Creates a practice, its database role and secret (printed and/or appended to a secrets file).")
    static final class Provision implements Callable<Integer> {
        @Mixin
        OwnerConnection owner;

        @Option(names = "--practice-id", description = "Practice id (default: a new random UUID).")
        UUID practiceId;

        @Option(names = "--name", required = true, description = "Practice name.")
        String name;

        @Option(names = "--time-zone", required = true, description = "Practice time zone, e.g. America/Chicago.")
        String timeZone;

        @Option(names = "--secrets-file", description = "Gateway secrets file to add the new secret to.")
        Path secretsFile;

        @Override
        public Integer call() {
            UUID id = practiceId != null ? practiceId : UUID.randomUUID();
            try (HikariDataSource dataSource = owner.open()) {
                PracticeSecret secret = new PracticeProvisioning(dataSource).provision(id, name, timeZone);
                if (secretsFile != null) {
                    SecretsFile.append(secretsFile, secret);
                    System.out.println("practice " + id + " provisioned; secret " + secret.secretArn()
                            + " (role " + secret.username() + ") added to " + secretsFile);
                } else {
                    System.out.println("practice " + id + " provisioned; secret " + secret.secretArn()
                            + " username " + secret.username() + " password " + secret.password());
                }
            }
            return 0;
        }
    }
}
