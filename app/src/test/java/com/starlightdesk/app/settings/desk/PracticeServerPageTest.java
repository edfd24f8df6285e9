package com.starlightdesk.app.settings.desk;

import static com.starlightdesk.app.testing.WindowSteps.shown;
import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.desktop.AppServices;
import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.app.testing.WindowSteps;
import com.starlightdesk.sync.api.ServerSettings;
import com.starlightdesk.sync.server.PracticeSecret;
import com.starlightdesk.sync.testing.GatewayFixture;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A practice created on this PC, in a real window (headless Monocle), against a real PostgreSQL behind the
 * Data API gateway where whoever runs the server provisioned it: the setup checklist's "Connect to a
 * server" opens Settings at This desk, which says the practice is kept only here and gives its id;
 * another practice's secret is refused at the secret's field; the practice's own secret connects it, the
 * sync indicator leaves "Local only" without signing in again, the checklist ticks the step, and the
 * settings saved on this PC hold no secret.
 */
@ExtendWith(ApplicationExtension.class)
final class PracticeServerPageTest {
    @TempDir
    static Path dataDir;
    private static GatewayFixture server;
    private static AppServices services;
    private static UUID practiceId;
    private static PracticeSecret own;
    private DesktopWindow window;

    @BeforeAll
    static void practiceProvisionedOnTheServer() throws Exception {
        services = TestStores.desk(dataDir);
        PracticeStores stores = services.stores();
        try (Session admin = stores.create("Lakeside Kids Clinic", "America/Chicago", "Rita Moreno", TestStores.EMAIL,
                TestStores.PASSWORD.toCharArray())) {
            practiceId = admin.practice().id();
        }
        server = new GatewayFixture("appdeskpage");
        own = server.provision(practiceId, "Lakeside Kids Clinic", "America/Chicago");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) {
        window = new DesktopWindow(services);
        window.show(stage);
    }

    @Test
    void connectsThePracticeCreatedHereToItsServer(FxRobot robot) throws Exception {
        WindowSteps.signIn(robot, TestStores.EMAIL, TestStores.PASSWORD);
        waitFor(() -> shown(robot, "#setup-step-server"));
        assertTrue(text(robot, "#sync-status").startsWith("Local only"), text(robot, "#sync-status"));
        robot.clickOn("#setup-step-server");
        waitFor(() -> shown(robot, "#server-connect"));
        assertTrue(robot.lookup("#settings-this-desk").queryAs(ToggleButton.class).isSelected());
        waitFor(() -> text(robot, "#server-status").startsWith("The practice is kept only on this PC"));
        assertEquals(practiceId.toString(), robot.lookup("#server-practice-id").queryAs(TextInputControl.class).getText());

        fillTheForm(robot, server.database().secretA().secretArn());
        clickConnect(robot);
        waitFor(() -> shown(robot, "#connect-secret-arn-error"));
        String refused = text(robot, "#connect-secret-arn-error");
        assertTrue(refused.startsWith("The secret " + server.database().secretA().secretArn() + " reaches another practice"), refused);
        assertTrue(text(robot, "#sync-status").startsWith("Local only"), text(robot, "#sync-status"));

        robot.interact(() -> robot.lookup("#connect-secret-arn").queryAs(TextInputControl.class).setText(own.secretArn()));
        clickConnect(robot);
        try {
            waitFor(() -> text(robot, "#sync-status").startsWith("Up to date"));
        } catch (TimeoutException e) {
            throw new AssertionError("the indicator reads: " + text(robot, "#sync-status") + "; the page: "
                    + text(robot, "#server-failure") + " " + text(robot, "#connect-secret-arn-error"), e);
        }
        waitFor(() -> text(robot, "#server-status").startsWith("This PC syncs the practice with its server"));
        assertTrue(text(robot, "#server-done").startsWith("Connected."), text(robot, "#server-done"));
        assertFalse(shown(robot, "#server-connect"), "a connected practice offers no second connect");
        assertFalse(shown(robot, "#connect-secret-arn-error"));

        for (String value : deviceSettings()) {
            assertFalse(value.contains(own.password()) || value.contains("local-gateway-secret"), "no secret is saved: " + value);
        }

        robot.clickOn("#nav-calendar");
        waitFor(() -> robot.lookup("#setup-row-server").query().getPseudoClassStates().toString().contains("done"));
    }

    private static void fillTheForm(FxRobot robot, String secretArn) {
        fill(robot, "#connect-region", "us-east-1");
        fill(robot, "#connect-resource-arn", server.gateway().resourceArn());
        fill(robot, "#connect-secret-arn", secretArn);
        fill(robot, "#connect-database", server.databaseName());
        fill(robot, "#connect-endpoint", server.endpoint().toString());
        robot.interact(() -> robot.lookup("#connect-credentials").<ServerSettings.Credentials.Source>queryComboBox()
                .setValue(ServerSettings.Credentials.Source.LOCAL_GATEWAY));
    }

    /** Clicks Connect, at the foot of This desk's page. */
    private static void clickConnect(FxRobot robot) {
        ScrollPane page = robot.lookup("#page-this-desk").queryAs(ScrollPane.class);
        robot.interact(() -> page.setVvalue(1.0));
        robot.clickOn("#server-connect");
    }

    private static void fill(FxRobot robot, String query, String value) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.interact(() -> field.setText(value));
    }

    private List<String> deviceSettings() throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = window.session().store().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT setting_name, setting_value FROM device_settings")) {
            while (rows.next()) {
                values.add(rows.getString(1) + "=" + rows.getString(2));
            }
        }
        assertTrue(values.stream().anyMatch(v -> v.startsWith("remote.secret_arn=" + own.secretArn())), "the settings were saved: " + values);
        return values;
    }
}
