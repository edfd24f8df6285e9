package com.starlightdesk.app.parts;

import static com.starlightdesk.app.testing.WindowSteps.isInside;
import static com.starlightdesk.app.testing.WindowSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A card over a screen in a real window: shown, closed by Escape when the layer allows it, the focus back. */
@ExtendWith(ApplicationExtension.class)
final class CardLayerTest {
    private StackPane root;
    private TextField before;
    private Button under;
    private CardLayer layer;
    private VBox card;
    private final AtomicInteger underPressed = new AtomicInteger();

    @Start
    void start(Stage stage) {
        before = new TextField();
        before.setId("before");
        under = new Button("Under the card");
        under.setId("under");
        under.setOnAction(e -> underPressed.incrementAndGet());
        TextField inCard = new TextField();
        inCard.setId("in-card");
        Button closeButton = new Button("Close");
        closeButton.setId("card-close");
        card = new VBox(inCard, closeButton);
        card.setMaxSize(200, 100);
        layer = new CardLayer("test-layer");
        closeButton.setOnAction(e -> layer.close());
        root = new StackPane(new VBox(before, under), layer.node());
        stage.setScene(new Scene(root, 600, 400));
        stage.show();
    }

    @Test
    void aCardShowsOverTheScreenAndTheFocusGoesBackWhenItCloses(FxRobot robot) throws TimeoutException {
        assertFalse(layer.node().isVisible(), "no card, no layer");
        robot.clickOn("#before");
        robot.interact(() -> layer.show(card));
        assertTrue(layer.isShowing() && layer.node().isVisible());
        assertTrue(isInside(robot.lookup("#in-card").query(), layer.node()));
        robot.clickOn("#in-card").write("x");
        assertTrue(robot.lookup("#in-card").query().isFocused());

        robot.clickOn("#card-close");
        assertFalse(layer.isShowing() || layer.node().isVisible());
        waitFor(() -> robot.lookup("#before").query().isFocused());
    }

    @Test
    void escapeRunsTheLayersActionAndOnlyThat(FxRobot robot) throws TimeoutException {
        List<String> escapes = new ArrayList<>();
        robot.interact(() -> {
            layer.setOnEscape(() -> {
                escapes.add("escape");
                layer.close();
            });
            layer.show(card);
        });
        robot.clickOn("#in-card").type(KeyCode.ESCAPE);
        assertEquals(List.of("escape"), escapes);
        assertFalse(layer.isShowing());
        robot.type(KeyCode.ESCAPE);
        assertEquals(List.of("escape"), escapes, "a closed layer does not hear Escape");
    }

    @Test
    void withoutAnEscapeActionNeitherEscapeNorAClickBesideTheCardClosesIt(FxRobot robot) {
        robot.interact(() -> layer.show(card));
        robot.clickOn("#in-card").type(KeyCode.ESCAPE);
        assertTrue(layer.isShowing(), "the lock stays");
        robot.clickOn(robot.point("#under"));
        assertTrue(layer.isShowing(), "a click beside the card");
        assertEquals(0, underPressed.get(), "nothing under the card takes the click");
    }

    @Test
    void whatIsUnderAClosedLayerTakesClicksAndTheFocusRuleDecidesWhereTheFocusGoes(FxRobot robot) {
        List<Node> handedBack = new ArrayList<>();
        robot.clickOn("#before");
        robot.interact(() -> {
            layer.setFocusAfter(handedBack::add);
            layer.show(card);
            layer.show(card);
            layer.close();
            layer.close();
        });
        assertEquals(1, handedBack.size(), "one close, one hand-back");
        assertSame(before, handedBack.get(0), "the node focused before the card, not one in it");
        robot.clickOn("#under");
        assertEquals(1, underPressed.get());
    }

    @Test
    void aCardShownBeforeTheLayerIsInAWindowAppearsWhenItIs(FxRobot robot) throws TimeoutException {
        CardLayer early = new CardLayer("early-layer");
        robot.interact(() -> {
            Button inside = new Button("Inside");
            inside.setId("early-card");
            early.show(new StackPane(inside));
            root.getChildren().add(early.node());
        });
        waitFor(() -> robot.lookup("#early-card").tryQuery().map(n -> n.getScene() != null).orElse(false));
        Node shown = robot.lookup("#early-card").query();
        assertNotNull(shown.getScene());
        assertTrue(early.node().isVisible());
        assertEquals(1.0, early.node().getOpacity());
    }
}
