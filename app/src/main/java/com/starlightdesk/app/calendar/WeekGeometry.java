package com.starlightdesk.app.calendar;

import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Where things lie on the week grid at one size of it: the columns across (a closed day without visits
 * narrow, the others alike) after the hour gutter, the shown hours down below the day headers, and the
 * conversions between positions and times of day (minutes since midnight). Pure: no JavaFX. Immutable.
 */
final class WeekGeometry {
    /** Width of the hour labels at the left. */
    static final double GUTTER = 58;
    /** Height of the day headers at the top. */
    static final double HEADER = 34;
    /** Share of an open day's width a closed day without visits gets. */
    static final double CLOSED_DAY_SHARE = 0.45;
    private static final double MIN_HOUR_HEIGHT = 20;
    private static final double BOTTOM_MARGIN = 8;
    private static final int SNAP = CalendarViewModel.SNAP_MINUTES;
    private static final int DAY_MINUTES = 24 * 60;

    /** A rectangle on the grid. */
    record Box(double x, double y, double width, double height) {
    }

    private final double width;
    private final ShownHours hours;
    private final double hourHeight;
    private final double[] columnX;
    private final double[] columnWidths;

    /**
     * The geometry of a grid {@code width} by {@code height} showing {@code hours} in {@code count}
     * columns, of which those marked in {@code narrow} are narrow ({@code narrow} of another length than
     * {@code count} marks none).
     */
    WeekGeometry(double width, double height, ShownHours hours, int count, boolean[] narrow) {
        this.width = width;
        this.hours = hours;
        this.hourHeight = Math.max(MIN_HOUR_HEIGHT, (height - HEADER - BOTTOM_MARGIN) / (hours.last() - hours.first()));
        this.columnX = new double[count];
        this.columnWidths = new double[count];
        boolean marked = narrow.length == count;
        double shares = 0;
        for (int i = 0; i < count; i++) {
            shares += marked && narrow[i] ? CLOSED_DAY_SHARE : 1;
        }
        double unit = shares == 0 ? 0 : (width - GUTTER) / shares;
        double x = GUTTER;
        for (int i = 0; i < count; i++) {
            columnX[i] = x;
            columnWidths[i] = unit * (marked && narrow[i] ? CLOSED_DAY_SHARE : 1);
            x += columnWidths[i];
        }
    }

    int columnCount() {
        return columnX.length;
    }

    double width() {
        return width;
    }

    ShownHours hours() {
        return hours;
    }

    double columnX(int column) {
        return columnX[column];
    }

    double columnWidth(int column) {
        return columnWidths[column];
    }

    double hourHeight() {
        return hourHeight;
    }

    /** Vertical position of a minute of the day. */
    double y(double minuteOfDay) {
        return HEADER + (minuteOfDay - hours.firstMinute()) / 60.0 * hourHeight;
    }

    /** The column under {@code x}, or -1 (the gutter, past the last column). */
    int columnAt(double x) {
        for (int i = 0; i < columnX.length; i++) {
            if (x >= columnX[i] && x < columnX[i] + columnWidths[i]) {
                return i;
            }
        }
        return -1;
    }

    /** The slot under {@code y}: its minute of the day snapped down to the slot size and kept within the shown hours. */
    int slotAt(double y) {
        double minute = hours.firstMinute() + (y - HEADER) / hourHeight * 60;
        int snapped = (int) Math.floor(minute / SNAP) * SNAP;
        return Math.max(hours.firstMinute(), Math.min(hours.lastMinute() - SNAP, snapped));
    }

    /** The minute of the day at {@code y}, rounded to the nearest slot boundary (the lower edge of a resized visit). */
    int nearestSlotEdge(double y) {
        return (int) Math.round((hours.firstMinute() + (y - HEADER) / hourHeight * 60) / SNAP) * SNAP;
    }

    /** How many minutes a drag of {@code dy} moves a visit, rounded to whole slots. */
    int minutesMoved(double dy) {
        return (int) Math.round(dy / hourHeight * 60 / SNAP) * SNAP;
    }

    /** Where a visit from {@code start} to {@code end} is drawn in {@code column}, in its {@code lane}. */
    Box visit(int column, ZonedDateTime start, ZonedDateTime end, VisitLanes.Lane lane) {
        double startMinute = Math.max(minuteOfDay(start), hours.firstMinute());
        double endMinute = end.toLocalDate().isAfter(start.toLocalDate()) ? DAY_MINUTES : minuteOfDay(end);
        double laneWidth = (columnWidths[column] - 6) / lane.count();
        double x = columnX[column] + 2 + lane.index() * laneWidth;
        double top = Math.max(HEADER, y(startMinute));
        double height = Math.max(16, y(endMinute) - top - 1);
        return new Box(x, top, laneWidth - 2, height);
    }

    /** The selection of a new visit in {@code column} from {@code fromMinute} to {@code toMinute}. */
    Box selection(int column, int fromMinute, int toMinute) {
        return new Box(columnX[column] + 2, y(fromMinute), columnWidths[column] - 4, y(toMinute) - y(fromMinute));
    }

    static int minuteOfDay(ZonedDateTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    /** The time of a minute of the day; the end of the day is midnight. */
    static LocalTime time(int minuteOfDay) {
        return minuteOfDay >= DAY_MINUTES ? LocalTime.MIDNIGHT : LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
    }
}
