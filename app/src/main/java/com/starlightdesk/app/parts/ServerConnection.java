package com.starlightdesk.app.parts;

import com.starlightdesk.sync.api.ServerSettings;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * The settings that name a practice's database on the server (Aurora through the RDS Data API):
 * region, cluster ARN, secret ARN, database and an optional endpoint override. Immutable.
 */
public record ServerConnection(String region, String resourceArn, String secretArn, String database, String endpoint) {
    private static final Pattern REGION = Pattern.compile("^[a-z]{2}(-gov)?-[a-z]+-\\d$");
    private static final Pattern CLUSTER_ARN = Pattern.compile("^arn:aws[a-z-]*:rds:([a-z0-9-]+):\\d{12}:cluster:[A-Za-z][A-Za-z0-9-]{0,62}$");
    private static final Pattern SECRET_ARN = Pattern.compile("^arn:aws[a-z-]*:secretsmanager:([a-z0-9-]+):\\d{12}:secret:[A-Za-z0-9/_+=.@-]+$");
    private static final Pattern DATABASE = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]{0,62}$");

    /** Checks each field, writing a message under those that are wrong; true when all are fine. */
    public boolean validate(FieldErrors errors) {
        errors.set("region", REGION.matcher(region).matches() ? "" : "Enter an AWS region such as us-east-2");
        var cluster = CLUSTER_ARN.matcher(resourceArn);
        if (!cluster.matches()) {
            errors.set("resourceArn", "Enter the cluster ARN (arn:aws:rds:REGION:ACCOUNT:cluster:NAME)");
        } else if (!cluster.group(1).equals(region)) {
            errors.set("resourceArn", "The cluster ARN names another region than " + region);
        } else {
            errors.set("resourceArn", "");
        }
        errors.set("secretArn", SECRET_ARN.matcher(secretArn).matches() ? ""
                : "Enter the secret ARN (arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME)");
        errors.set("database", DATABASE.matcher(database).matches() ? "" : "Enter the database name (letters, digits, _)");
        errors.set("endpoint", endpoint.isEmpty() || isHttpUri(endpoint) ? "" : "Leave empty, or enter an http(s) address");
        return errors.isEmpty();
    }

    /** The settings for the sync API, once {@link #validate} passed. */
    public ServerSettings settings(ServerSettings.Credentials credentials) {
        return new ServerSettings(region, resourceArn, secretArn, database, endpoint.isEmpty() ? null : URI.create(endpoint), credentials);
    }

    private static boolean isHttpUri(String text) {
        try {
            URI uri = URI.create(text);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
