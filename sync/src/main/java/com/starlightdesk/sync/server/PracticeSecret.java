package com.starlightdesk.sync.server;

import java.util.Objects;
import java.util.UUID;

/**
 * The secret a practice uses to reach the remote database: its Secrets Manager ARN and the database
 * role's name and password. Immutable; {@link #toString()} never shows the password.
 */
public record PracticeSecret(String secretArn, String username, String password) {

    /** Prefix of the ARNs that provisioning gives practice secrets (the local account of the gateway). */
    public static final String LOCAL_ARN_PREFIX = "arn:aws:secretsmanager:us-east-1:000000000000:secret:";

    public PracticeSecret {
        Objects.requireNonNull(secretArn, "secretArn");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (!secretArn.startsWith("arn:") || secretArn.length() < 11 || secretArn.length() > 100) {
            throw new IllegalArgumentException("secretArn must be an ARN of 11 to 100 characters, got: " + secretArn);
        }
        if (username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank (secret " + secretArn + ")");
        }
    }

    /**
     * The ARN provisioning gives the secret of a practice: {@code ...:secret:starlight/p-<practice id in hex>}.
     * Short on purpose: the Data API accepts ARNs of at most 100 characters.
     */
    public static String arnFor(UUID practiceId) {
        return LOCAL_ARN_PREFIX + "starlight/p-" + practiceId.toString().replace("-", "");
    }

    @Override
    public String toString() {
        return "PracticeSecret[secretArn=" + secretArn + ", username=" + username + ", password=***]";
    }
}
