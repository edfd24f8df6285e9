package com.starlightdesk.sync.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The secrets file of the local gateway: a JSON object mapping secret ARN to
 * {@code {"username": ..., "password": ...}}, standing in for Secrets Manager in development and tests.
 * Not thread-safe for concurrent writers of the same file.
 */
public final class SecretsFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SecretsFile() {
    }

    /** Reads all secrets of a file; a missing file holds none. */
    public static Map<String, PracticeSecret> read(Path file) {
        Map<String, PracticeSecret> secrets = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return secrets;
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("secrets file " + file + " must hold a JSON object keyed by secret ARN");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                JsonNode username = entry.getValue().get("username");
                JsonNode password = entry.getValue().get("password");
                if (username == null || !username.isTextual()) {
                    throw new IllegalArgumentException("secret " + entry.getKey() + " in " + file + " has no text \"username\"");
                }
                secrets.put(entry.getKey(), new PracticeSecret(entry.getKey(), username.asText(),
                        password == null || password.isNull() ? "" : password.asText()));
            }
            return secrets;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read secrets file " + file, e);
        }
    }

    /** Writes the given secrets, replacing the file atomically. */
    public static void write(Path file, Map<String, PracticeSecret> secrets) {
        ObjectNode root = JSON.createObjectNode();
        secrets.values().forEach(secret -> root.putObject(secret.secretArn())
                .put("username", secret.username())
                .put("password", secret.password()));
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, ".secrets", ".json");
            JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), root);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write secrets file " + file, e);
        }
    }

    /** Adds (or replaces) one secret in the file. */
    public static void append(Path file, PracticeSecret secret) {
        Map<String, PracticeSecret> secrets = read(file);
        secrets.put(secret.secretArn(), secret);
        write(file, secrets);
    }
}
