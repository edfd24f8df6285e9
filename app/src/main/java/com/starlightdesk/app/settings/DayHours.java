package com.starlightdesk.app.settings;

import java.time.DayOfWeek;
import java.time.LocalTime;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One weekday's row of the working-hours form: open or closed, and from when to when. FX thread. */
public final class DayHours {
    private final DayOfWeek day;
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final ObjectProperty<LocalTime> opens = new SimpleObjectProperty<>(LocalTime.of(8, 0));
    private final ObjectProperty<LocalTime> closes = new SimpleObjectProperty<>(LocalTime.of(18, 0));

    DayHours(DayOfWeek day) {
        this.day = day;
    }

    public DayOfWeek day() {
        return day;
    }

    public BooleanProperty openProperty() { return open; }
    public ObjectProperty<LocalTime> opensProperty() { return opens; }
    public ObjectProperty<LocalTime> closesProperty() { return closes; }
}
