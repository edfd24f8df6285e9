package com.starlightdesk.app.parts;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * How a screen tells the person at the desk how something went, in the theme's colours: a banner in
 * the screen (AtlantaFX's {@link Message}) that shows while its view-model has something to say and
 * takes no room otherwise, or a notification over the window (AtlantaFX's {@link Notification}) that
 * stays until it is closed. Stateless; call it on the FX thread.
 */
public final class Banner {

    /** What the news is, which sets its colour. */
    public enum Kind {
        /** Something did not happen: what and what to do. */
        FAILURE(Styles.DANGER),
        /** Something worth attention that did happen. */
        WARNING(Styles.WARNING),
        /** Something the person asked for is done. */
        DONE(Styles.SUCCESS);

        private final String styleClass;

        Kind(String styleClass) {
            this.styleClass = styleClass;
        }
    }

    private Banner() {
    }

    /** Shows {@code text} in {@code banner} while it is not empty; an empty text hides it and frees its room. */
    public static void bind(Message banner, Kind kind, ObservableStringValue text) {
        for (Kind other : Kind.values()) {
            banner.getStyleClass().remove(other.styleClass);
        }
        banner.getStyleClass().addAll(kind.styleClass, "banner");
        banner.descriptionProperty().bind(text);
        banner.visibleProperty().bind(banner.descriptionProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        // Its least height is its height on one line: measured at its least width, a long text (a file's path) would
        // wrap into a column and push the screen's content off the window.
        banner.setMinHeight(Region.USE_PREF_SIZE);
    }

    /**
     * Shows {@code text} in a notification at the top right of {@code host}, over whatever it shows, in
     * place of an earlier one with the same {@code id}; its close button removes it.
     */
    public static Notification notify(StackPane host, String id, Kind kind, String text) {
        Notification notice = new Notification(text);
        notice.setId(id);
        notice.getStyleClass().addAll(kind.styleClass, Styles.ELEVATED_1);
        notice.setMaxSize(480, Region.USE_PREF_SIZE);
        notice.setOnClose(e -> host.getChildren().remove(notice));
        StackPane.setAlignment(notice, Pos.TOP_RIGHT);
        StackPane.setMargin(notice, new Insets(12));
        host.getChildren().removeIf(n -> id.equals(n.getId()));
        host.getChildren().add(notice);
        return notice;
    }
}
