package com.starlightdesk.app.calendar;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * One visit drawn on the day or week grid, in its provider's colour. Blocks are reused from one
 * week to the next ({@link #show}), so paging through weeks restyles only what changed.
 */
final class VisitBlock extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm", Locale.US);

    private final ZoneId zone;
    private final Text name = new Text();
    private final Text time = new Text();
    private CalendarVisit visit;

    VisitBlock(ZoneId zone) {
        this.zone = zone;
        name.getStyleClass().add("visit-patient");
        time.getStyleClass().add("visit-time");
        getChildren().addAll(name, time);
        setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    /** Shows {@code shown} in this block. */
    void show(CalendarVisit shown) {
        this.visit = shown;
        List<String> classes = new ArrayList<>(4);
        classes.add("visit");
        classes.add("status-" + shown.appointment().status().code().replace('_', '-'));
        classes.add(shown.providerStyleClass());
        if (shown.doubleBooked()) {
            classes.add("double-booked");
        }
        if (!getStyleClass().equals(classes)) {
            getStyleClass().setAll(classes);
        }
        name.setText((shown.doubleBooked() ? "⚠ " : "") + shown.patientName());
        time.setText(TIME.format(shown.start(zone)) + "–" + TIME.format(shown.end(zone)) + " · "
                + VisitStatusFlow.label(shown.appointment().status()));
        setUserData(shown.appointment().id());
        setTranslateX(0);
        setTranslateY(0);
    }

    /** Puts the block aside until a later week needs it. */
    void hide() {
        setVisible(false);
        if (!getStyleClass().equals(List.of("visit-spare"))) {
            getStyleClass().setAll("visit-spare");
        }
        visit = null;
        setUserData(null);
    }

    CalendarVisit visit() {
        return visit;
    }
}
