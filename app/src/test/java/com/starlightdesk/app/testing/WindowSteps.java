package com.starlightdesk.app.testing;

import atlantafx.base.controls.Message;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The steps the TestFX tests share when they drive real windows: wait for a state of the scene, read a
 * label or banner, ask whether a node shows or holds the focus. Call from the test thread, not the FX thread.
 */
public final class WindowSteps {
    /**
     * How long a step may take before the run counts as broken. It only ends a broken run: on a loaded
     * machine a step (a background read, a redraw) can take many seconds, and a passing run waits no
     * longer than its conditions need.
     */
    public static final long LIMIT_SECONDS = 90;

    private WindowSteps() {
    }

    /** Waits until {@code condition} holds, checking it once the FX thread has handled its pending events. */
    public static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    /** Signs in at the sign-in screen as {@code email}, and waits for the calendar to show a visit. */
    public static void signInToVisits(FxRobot robot, String email, String password) throws TimeoutException {
        signIn(robot, email, password);
        waitFor(() -> robot.lookup(".visit").tryQuery().isPresent());
    }

    /** Whether the node {@code query} finds is in the scene and visible. */
    public static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** The text of the label or button {@code query} finds, or of a banner ({@code Message}) its description. */
    public static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node instanceof Message banner ? banner.getDescription() : ((Labeled) node).getText();
    }

    /** How many items the list {@code query} finds shows in a window (0 while it is not showing): a picker's matches. */
    public static int listed(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery()
                .filter(list -> list.getScene() != null && list.getScene().getWindow() != null && list.getScene().getWindow().isShowing())
                .map(list -> ((ListView<?>) list).getItems().size()).orElse(0);
    }

    /** Signs in on the sign-in screen once it shows (the shell then opens, or a failure says why). */
    public static void signIn(FxRobot robot, String email, String password) throws TimeoutException {
        waitFor(() -> robot.lookup("#sign-in-email").tryQuery().isPresent());
        robot.clickOn("#sign-in-email").write(email);
        robot.clickOn("#sign-in-password").write(password).type(KeyCode.ENTER);
    }

    /** Whether the node {@code query} finds shows: it and every node above it visible, in a showing window. */
    public static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> {
            if (node.getScene() == null || node.getScene().getWindow() == null || !node.getScene().getWindow().isShowing()) {
                return false;
            }
            for (Node at = node; at != null; at = at.getParent()) {
                if (!at.isVisible()) {
                    return false;
                }
            }
            return true;
        }).orElse(false);
    }

    /** Whether {@code node} is {@code ancestor} or inside it (false for a null node). */
    public static boolean isInside(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Empties the text field {@code field} finds by keyboard, then types {@code text} into it. */
    public static void replace(FxRobot robot, String field, String text) throws TimeoutException {
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        waitFor(() -> ((javafx.scene.control.TextInputControl) robot.lookup(field).query()).getText().isEmpty());
        robot.write(text);
    }
}
