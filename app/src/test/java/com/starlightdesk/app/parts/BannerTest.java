package com.starlightdesk.app.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.event.Event;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Banners in a screen and notifications over it, in a real window. */
@ExtendWith(ApplicationExtension.class)
final class BannerTest {
    private final StringProperty failure = new SimpleStringProperty("");
    private final StringProperty done = new SimpleStringProperty("");
    private Message failureBanner;
    private Message doneBanner;
    private StackPane host;

    @Start
    void start(Stage stage) {
        failureBanner = new Message();
        doneBanner = new Message();
        Banner.bind(failureBanner, Banner.Kind.FAILURE, failure);
        Banner.bind(doneBanner, Banner.Kind.DONE, done);
        host = new StackPane(new VBox(new Label("A screen"), failureBanner, doneBanner));
        stage.setScene(new Scene(host, 600, 400));
        stage.show();
    }

    @Test
    void aBannerShowsWhileThereIsSomethingToSayInItsKindsColour(FxRobot robot) {
        assertFalse(failureBanner.isVisible() || failureBanner.isManaged(), "nothing to say, no room taken");
        assertTrue(failureBanner.getStyleClass().contains(Styles.DANGER));
        assertTrue(doneBanner.getStyleClass().contains(Styles.SUCCESS));
        assertFalse(doneBanner.getStyleClass().contains(Styles.DANGER));

        robot.interact(() -> failure.set("Wrong password"));
        assertTrue(failureBanner.isVisible() && failureBanner.isManaged());
        assertEquals("Wrong password", failureBanner.getDescription());
        assertFalse(doneBanner.isVisible());

        robot.interact(() -> failure.set(""));
        assertFalse(failureBanner.isVisible() || failureBanner.isManaged());
    }

    @Test
    void aBannerBoundAgainTakesTheNewKindOnly(FxRobot robot) {
        robot.interact(() -> Banner.bind(failureBanner, Banner.Kind.WARNING, failure));
        assertTrue(failureBanner.getStyleClass().contains(Styles.WARNING));
        assertFalse(failureBanner.getStyleClass().contains(Styles.DANGER));
    }

    @Test
    void aNotificationStaysOverTheScreenUntilClosedAndReplacesItsNamesake(FxRobot robot) {
        Notification[] shown = new Notification[2];
        robot.interact(() -> shown[0] = Banner.notify(host, "store-not-closed", Banner.Kind.WARNING, "The store was not closed."));
        assertSame(shown[0], host.getChildren().get(host.getChildren().size() - 1), "over the screen");
        assertEquals(Pos.TOP_RIGHT, StackPane.getAlignment(shown[0]));
        assertTrue(shown[0].getStyleClass().contains(Styles.WARNING));
        assertEquals("The store was not closed.", shown[0].getMessage());

        robot.interact(() -> shown[1] = Banner.notify(host, "store-not-closed", Banner.Kind.WARNING, "Again."));
        assertFalse(host.getChildren().contains(shown[0]), "one notice of a kind at a time");
        assertEquals(2, host.getChildren().size());

        robot.interact(() -> shown[1].getOnClose().handle(new Event(Event.ANY)));
        assertFalse(host.getChildren().contains(shown[1]));
        assertEquals(1, host.getChildren().size());
    }
}
