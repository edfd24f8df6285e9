package com.starlightdesk.sync.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RemoteSettingsTest {

    private static final String CLUSTER = "arn:aws:rds:us-east-1:123456789012:cluster:starlight";
    private static final String SECRET = "arn:aws:secretsmanager:us-east-1:123456789012:secret:starlight/p-1";

    @Test
    void dataApiSettingsAreValidatedFieldByField() {
        RemoteSettings ok = RemoteSettings.dataApi("us-east-1", CLUSTER, SECRET, "starlight");
        assertEquals(Duration.ofSeconds(60), ok.callTimeout());
        assertTrue(ok.toString().contains("default chain"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> RemoteSettings.dataApi("us-east-1", "cluster", SECRET, "starlight")).getMessage().startsWith("resourceArn"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> RemoteSettings.dataApi("us-east-1", CLUSTER, CLUSTER, "starlight")).getMessage().startsWith("secretArn"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> RemoteSettings.dataApi("Virginia", CLUSTER, SECRET, "starlight")).getMessage().startsWith("region"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> RemoteSettings.dataApi("us-east-1", CLUSTER, SECRET, "")).getMessage().startsWith("database"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RemoteSettings(RemoteSettings.Transport.DATA_API,
                "us-east-1", CLUSTER, SECRET, "starlight", null, null, Duration.ofSeconds(30), null, null, null))
                .getMessage().startsWith("callTimeout"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ok.withEndpoint(URI.create("localhost"))).getMessage().startsWith("endpointOverride"));
        assertThrows(IllegalArgumentException.class, () -> new RemoteSettings.Credentials("dev", "AKID", "secret"));
    }

    @Test
    void jdbcSettingsCarryNoDataApiFieldsAndHideThePassword() {
        RemoteSettings jdbc = RemoteSettings.jdbc("jdbc:postgresql://127.0.0.1:5432/starlight", "practice_x", "hunter2");
        assertFalse(jdbc.toString().contains("hunter2"));
        assertThrows(IllegalArgumentException.class, () -> RemoteSettings.jdbc("jdbc:h2:mem:x", "u", "p"));
        assertThrows(IllegalArgumentException.class, () -> RemoteSettings.jdbc("jdbc:postgresql://h/db", " ", "p"));
        assertThrows(IllegalArgumentException.class, () -> new RemoteSettings(RemoteSettings.Transport.JDBC, null,
                CLUSTER, null, null, null, null, null, "jdbc:postgresql://h/db", "u", "p"));
    }
}
