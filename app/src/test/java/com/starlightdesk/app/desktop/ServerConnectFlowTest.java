package com.starlightdesk.app.desktop;

import static com.starlightdesk.app.testing.WindowSteps.text;
import static com.starlightdesk.app.testing.WindowSteps.visible;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.concurrent.BackgroundTaskExecutor;
import com.starlightdesk.app.preferences.PreferencesFile;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.store.DataDirectory;
import com.starlightdesk.data.store.LocalStore;
import com.starlightdesk.sync.api.PracticeSync;
import com.starlightdesk.sync.api.ServerSettings;
import com.starlightdesk.sync.testing.GatewayFixture;
import com.starlightdesk.sync.testing.SyncedStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new PC joins a practice from the server in a real window (headless Monocle), against a real
 * PostgreSQL behind the Data API gateway: fill the connect form, watch the download's progress bar,
 * sign in, and see the indicator say "Up to date" with the conflict that another desk's edit of the
 * same field caused; sync now from the indicator's menu; open the Conflicts screen from the menu and
 * by clicking the indicator, take the other desk's value and see the count go; lock and unlock (the key slot is checked,
 * the store stays open); change one's own password and unlock with the new one.
 */
@ExtendWith(ApplicationExtension.class)
final class ServerConnectFlowTest {
    private static final String EMAIL = "front@maple.example";
    // Short (the policy's 10 characters and more) because the robot types them key by key.
    private static final String PASSWORD = "desk-pass-1";
    private static final String NEW_PASSWORD = "desk-pass-22";

    @TempDir
    static Path dir;
    private static GatewayFixture server;
    private static SyncedStore otherDesk;
    private static Patient patient;
    private static AppServices services;

    @BeforeAll
    static void serverWithOnePatient() {
        server = new GatewayFixture("appconnectflow", false);
        otherDesk = new SyncedStore(dir, "other-desk", server.database().practiceA(), server.dataApiRemote(server.database().secretA()));
        patient = new Patient(Ids.next(), "Nadia", "Khan", LocalDate.of(2021, 2, 3), Gender.FEMALE, "Samira Khan", null, "630-555-0100",
                new Address("12 Elm St", null, "Naperville", "IL", "60540"), null, null, null, null, PatientStatus.ACTIVE, null,
                new BigDecimal("75.00"), null, null, true, null, null, null);
        otherDesk.data().writeAll(c -> c.insert(patient));
        otherDesk.engine().syncOnce();
        DataDirectory directory = new DataDirectory(dir.resolve("desk"));
        PracticeStores stores = new PracticeStores(directory, new PreferencesFile(directory.root()), Clock.systemUTC());
        services = new AppServices(directory, stores, new BackgroundTaskExecutor(2, Platform::runLater), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        otherDesk.close();
        server.close();
    }

    @Start
    void start(Stage stage) {
        new DesktopWindow(services).show(stage);
    }

    @Test
    void joinSignInSeeTheIndicatorLockAndChangeOwnPassword(FxRobot robot) throws Exception {
        joinFromTheServer(robot);
        sameFieldEditedOnTwoDesksWhileThisOneIsClosed();
        signIn(robot, PASSWORD);
        indicatorAndItsMenu(robot);
        settleTheConflict(robot);
        lockAndUnlock(robot, PASSWORD);
        changeOwnPassword(robot);
        lockAndUnlock(robot, NEW_PASSWORD);
    }

    private void joinFromTheServer(FxRobot robot) throws TimeoutException {
        waitFor(() -> robot.lookup("Connect to a server").tryQuery().isPresent());
        robot.clickOn("Connect to a server");
        waitFor(() -> visible(robot, "#connect-region"));
        robot.clickOn("#connect-region").write("us-east-1");
        fill(robot, "#connect-resource-arn", server.gateway().resourceArn());
        fill(robot, "#connect-secret-arn", server.database().secretA().secretArn());
        fill(robot, "#connect-database", server.databaseName());
        fill(robot, "#connect-endpoint", server.endpoint().toString());
        robot.interact(() -> robot.lookup("#connect-credentials").<ServerSettings.Credentials.Source>queryComboBox()
                .setValue(ServerSettings.Credentials.Source.LOCAL_GATEWAY));
        fill(robot, "#connect-name", "Front Desk");
        fill(robot, "#connect-email", EMAIL);
        fill(robot, "#connect-password", PASSWORD);
        fill(robot, "#connect-confirm", PASSWORD);

        ProgressBar bar = robot.lookup("#join-progress").queryAs(ProgressBar.class);
        List<Double> seen = new CopyOnWriteArrayList<>();
        robot.interact(() -> bar.progressProperty().addListener((obs, old, now) -> seen.add(now.doubleValue())));
        Node button = robot.lookup("#connect-button").query();
        robot.interact(() -> scrollPaneOf(button).setVvalue(1.0));
        robot.clickOn(button);
        waitFor(() -> robot.lookup("#sign-in-email").tryQuery().isPresent());
        assertTrue(seen.stream().anyMatch(p -> p > 0 && p <= 1), "the bar showed the download: " + seen);
        assertEquals(1.0, seen.get(seen.size() - 1), "and ended full");
    }

    /**
     * Another desk changes the patient's phone and syncs; this desk, signed out, changes it too. The
     * download may not have brought the patient yet if a transaction elsewhere on the shared PostgreSQL
     * held the pull's horizon back: this desk syncs until it has it, before the other desk's edit.
     */
    private void sameFieldEditedOnTwoDesksWhileThisOneIsClosed() throws Exception {
        Path store = services.dataDirectory().practice(server.database().practiceA());
        try (LocalStore desk = LocalStore.unlock(store, EMAIL, PASSWORD.toCharArray(), Clock.systemUTC())) {
            try (PracticeSync sync = PracticeSync.open(desk.dataSource(), desk.data().practiceId(), Clock.systemUTC()).orElseThrow()) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (desk.data().patients().findById(patient.id()).isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                    sync.syncNow();
                }
            }
            Patient here = desk.data().patients().findById(patient.id()).orElseThrow();
            otherDesk.data().writeAll(c -> c.update(withPhone(patient, "630-555-0111")));
            otherDesk.engine().syncOnce();
            desk.data().writeAll(c -> c.update(withPhone(here, "630-555-0122")));
        }
    }

    private void signIn(FxRobot robot, String password) throws TimeoutException {
        robot.clickOn("#sign-in-email").write(EMAIL);
        robot.clickOn("#sign-in-password").write(password).type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#sync-status").tryQuery().isPresent());
    }

    private void indicatorAndItsMenu(FxRobot robot) throws TimeoutException {
        try {
            waitFor(() -> text(robot, "#sync-status").startsWith("Up to date") && text(robot, "#sync-status").endsWith("1 conflict"));
        } catch (TimeoutException e) {
            throw new AssertionError("the indicator reads: " + text(robot, "#sync-status"), e);
        }
        assertTrue(text(robot, "#sync-status").contains("synced "), text(robot, "#sync-status"));
        assertTrue(robot.lookup("#sync-status").query().getPseudoClassStates().toString().contains("has-conflicts"));

        rightClick(robot, robot.lookup("#sync-status").query());
        waitFor(() -> visible(robot, "Sync now"));
        assertTrue(robot.lookup(n -> n instanceof Label l && l.getText() != null && l.getText().startsWith("1 open conflict (") && l.getText().endsWith("review…"))
                .tryQuery().isPresent(), "the menu names the open conflict");
        assertTrue(robot.lookup(n -> n instanceof Label l && l.getText() != null && l.getText().contains("Last sync"))
                .tryQuery().isPresent(), "the menu says when the last sync was");
        robot.clickOn("Sync now");
        waitFor(() -> text(robot, "#sync-status").startsWith("Up to date"));
        assertFalse(text(robot, "#sync-status").contains("waiting"), "nothing left to send: " + text(robot, "#sync-status"));
    }

    /**
     * The Conflicts screen from the indicator's menu, closed, then from a click on the indicator: the
     * phone conflict in the clinic's words; taking the other desk's value settles it and the count goes.
     */
    private void settleTheConflict(FxRobot robot) throws TimeoutException {
        openMenuUntil(robot, robot.lookup("#sync-status").query(),
                () -> robot.lookup(n -> n instanceof Label l && "1 open conflict (the later edit was kept): review…".equals(l.getText()))
                        .tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("1 open conflict (the later edit was kept): review…");
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                if (robot.lookup("#conflicts-layer").query().isVisible()) {
                    return robot.lookup("#conflict-detail-0").tryQuery().isPresent();
                }
                Thread.sleep(500);
                WaitForAsyncUtils.waitForFxEvents();
                if (!robot.lookup("#conflicts-layer").query().isVisible()) { // the click met the menu on its way in or out
                    Node syncStatus = robot.lookup("#sync-status").query();
                    openMenuUntil(robot, syncStatus, () -> robot.lookup(n -> n instanceof Label l
                            && "1 open conflict (the later edit was kept): review…".equals(l.getText())).tryQuery().map(Node::isVisible).orElse(false));
                    robot.clickOn("1 open conflict (the later edit was kept): review…");
                }
                return false;
            });
        } catch (TimeoutException e) {
            throw new AssertionError("the Conflicts dialog did not show the conflict: layer visible "
                    + robot.lookup("#conflicts-layer").query().isVisible() + ", summary '"
                    + robot.lookup("#conflicts-summary").tryQuery().map(n -> ((Label) n).getText()).orElse("(none)")
                    + "', indicator '" + text(robot, "#sync-status") + "'", e);
        }
        robot.clickOn("#conflicts-close");
        waitFor(() -> !robot.lookup("#conflicts-layer").query().isVisible());

        robot.clickOn("#sync-status");
        waitFor(() -> robot.lookup("#conflicts-layer").query().isVisible() && robot.lookup("#conflict-detail-0").tryQuery().isPresent());
        String detail = text(robot, "#conflict-detail-0");
        assertTrue(detail.startsWith("kept 630-555-0122 (this PC, ") && detail.endsWith("other edit 630-555-0111 (another PC, synced first)"),
                detail);
        assertTrue(robot.lookup(n -> n instanceof Label l && "Patient Nadia Khan · phone".equals(l.getText())).tryQuery().isPresent(),
                "an admin sees whose record it is");
        robot.clickOn("#conflict-other-0");
        waitFor(() -> robot.lookup("#conflicts-empty").query().isVisible() && !robot.lookup("#conflicts-summary").query().isVisible());
        waitFor(() -> text(robot, "#sync-status").startsWith("Up to date") && !text(robot, "#sync-status").contains("conflict"));
        assertFalse(robot.lookup("#sync-status").query().getPseudoClassStates().toString().contains("has-conflicts"));
        robot.clickOn("#conflicts-close");
        waitFor(() -> !robot.lookup("#conflicts-layer").query().isVisible());
    }

    private void lockAndUnlock(FxRobot robot, String password) throws TimeoutException {
        robot.clickOn("#lock-button");
        Node overlay = robot.lookup("#lock-overlay").query();
        waitFor(overlay::isVisible);
        robot.clickOn("#unlock-password").write("x").type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#unlock-failure").equals("Wrong password"));
        robot.clickOn("#unlock-password").write(password).type(KeyCode.ENTER);
        try {
            waitFor(() -> !overlay.isVisible());
        } catch (TimeoutException e) {
            throw new AssertionError("still locked: " + text(robot, "#unlock-failure"), e);
        }
        assertTrue(text(robot, "#sync-status").startsWith("Up to date"), "sync carried on while locked: " + text(robot, "#sync-status"));
    }

    private void changeOwnPassword(FxRobot robot) throws TimeoutException {
        robot.clickOn("#user-menu");
        waitFor(() -> visible(robot, "Change my password…"));
        robot.clickOn("Change my password…");
        waitFor(() -> visible(robot, "#own-password-current"));
        robot.clickOn("#own-password-current").write("x");
        robot.clickOn("#own-password-new").write(NEW_PASSWORD);
        robot.clickOn("#own-password-confirm").write(NEW_PASSWORD);
        robot.clickOn("#own-password-save");
        waitFor(() -> text(robot, "#own-password-current-error").equals("Wrong password"));
        assertEquals(NEW_PASSWORD, robot.lookup("#own-password-new").queryAs(TextInputControl.class).getText(),
                "only the wrong current password is cleared");
        robot.clickOn("#own-password-current").write(PASSWORD);
        robot.clickOn("#own-password-save");
        waitFor(() -> text(robot, "#own-password-done").startsWith("Your password was changed"));
        robot.clickOn("#own-password-close");
        waitFor(() -> !robot.lookup("#password-layer").query().isVisible());
    }

    private static Patient withPhone(Patient p, String phone) {
        return new Patient(p.id(), p.firstName(), p.lastName(), p.dateOfBirth(), p.gender(), p.parentGuardian(), p.email(), phone,
                p.address(), p.insuranceProvider(), p.insuranceId(), p.insuranceGroup(), p.familyId(), p.status(),
                p.pipelineStage(), p.feeOverride(), p.referredBy(), p.notes(), p.isActive(), p.primaryProviderId(), p.gestationalAgeDays(), p.noKnownAllergiesAt());
    }

    /**
     * A right-click as the desktop delivers it: the mouse button, then the context-menu request that the
     * platform sends with it (GTK and Windows do; Monocle's headless mouse sends only the button).
     */
    /**
     * Right-clicks {@code node} and waits until {@code shown}; a request that met the menu while it was
     * still closing from the last choice is made again (seen once in a full, loaded test run).
     */
    private static void openMenuUntil(FxRobot robot, Node node, java.util.concurrent.Callable<Boolean> shown) throws TimeoutException {
        rightClick(robot, node);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            if (shown.call()) {
                return true;
            }
            Thread.sleep(250);
            WaitForAsyncUtils.waitForFxEvents();
            if (!shown.call()) {
                requestMenu(robot, node);
            }
            return false;
        });
    }

    private static void requestMenu(FxRobot robot, Node node) {
        javafx.geometry.Bounds screen = node.localToScreen(node.getBoundsInLocal());
        javafx.geometry.Bounds local = node.getBoundsInLocal();
        robot.interact(() -> node.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                local.getCenterX(), local.getCenterY(), screen.getCenterX(), screen.getCenterY(), false, null)));
    }

    private static void rightClick(FxRobot robot, Node node) {
        robot.clickOn(node, MouseButton.SECONDARY);
        requestMenu(robot, node);
    }

    private static void fill(FxRobot robot, String query, String value) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.interact(() -> field.setText(value));
    }

    private static ScrollPane scrollPaneOf(Node node) {
        Node at = node;
        while (!(at instanceof ScrollPane)) {
            at = at.getParent();
        }
        return (ScrollPane) at;
    }
}
