package com.starlightdesk.app.calendar;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.text.Text;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/** One visit drawn on the day or week grid, in its provider's colour. */
final class VisitBlock extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm", Locale.US);

    private final CalendarVisit visit;

    VisitBlock(CalendarVisit visit, ZoneId zone) {
        this.visit = visit;
        getStyleClass().add("visit");
        getStyleClass().add("status-" + visit.appointment().status().code().replace('_', '-'));
        if (visit.doubleBooked()) {
            getStyleClass().add("double-booked");
        }
        getStyleClass().add(visit.providerStyleClass());
        Text name = new Text((visit.doubleBooked() ? "⚠ " : "") + visit.patientName());
        name.getStyleClass().add("visit-patient");
        Text time = new Text(TIME.format(visit.start(zone)) + "–" + TIME.format(visit.end(zone)) + " · "
                + VisitStatusFlow.label(visit.appointment().status()));
        time.getStyleClass().add("visit-time");
        getChildren().addAll(name, time);
        setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setUserData(visit.appointment().id());
    }

    CalendarVisit visit() {
        return visit;
    }
}
