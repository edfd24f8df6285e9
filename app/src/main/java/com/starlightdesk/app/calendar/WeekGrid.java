package com.starlightdesk.app.calendar;

import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.WorkingHours;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The day and week grid: one column per day (per provider in a day view), from an hour before the
 * practice opens to an hour after it closes (further when a visit lies outside), each day's working
 * hours lit and days the practice is closed drawn narrow when they hold no visit; visits placed by
 * their start and end in the practice's zone. Where things lie is {@link WeekGeometry}'s, what the mouse
 * does {@link WeekGestures}'; this class keeps the nodes and lays them out. Confined to the FX thread.
 */
final class WeekGrid extends Region {
    private static final DateTimeFormatter HEADER_DAY = DateTimeFormatter.ofPattern("EEE M/d", Locale.US);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("h a", Locale.US);

    private final CalendarViewModel viewModel;
    private final ZoneId zone;
    private final WeekGestures gestures;

    private List<GridColumn> columns = List.of();
    /** Each column's working hours (null: closed) and whether it is drawn narrow. */
    private final List<WorkingHours.Span> spans = new ArrayList<>();
    private boolean[] narrow = new boolean[0];
    private ShownHours hours = new ShownHours(7, 19);
    private WeekGeometry geometry = new WeekGeometry(0, 0, hours, 0, narrow);
    private final List<Region> dayColumns = new ArrayList<>();
    private final List<Region> workBands = new ArrayList<>();
    private final List<Label> dayHeaders = new ArrayList<>();
    private final List<Region> hourLines = new ArrayList<>();
    private final List<Label> hourLabels = new ArrayList<>();
    private final List<VisitBlock> blocks = new ArrayList<>();
    private final Map<UUID, VisitLanes.Lane> lanes = new HashMap<>();
    private final Region selection = new Region();
    private final Region nowLine = new Region();
    private int shownBlocks;

    WeekGrid(CalendarViewModel viewModel) {
        this.viewModel = viewModel;
        this.zone = viewModel.zone();
        getStyleClass().add("week-grid");
        selection.getStyleClass().add("new-visit-selection");
        selection.setVisible(false);
        selection.setManaged(false);
        selection.setMouseTransparent(true);
        nowLine.getStyleClass().add("now-line");
        nowLine.setManaged(false);
        nowLine.setMouseTransparent(true);
        this.gestures = new WeekGestures(this, viewModel, selection);
    }

    /**
     * Redraws for {@code shownDays} and their visits; a single day with several providers shown gets
     * one column per provider.
     */
    void show(List<LocalDate> shownDays, List<Provider> providers, List<CalendarVisit> visits) {
        List<GridColumn> wanted = shownDays.size() == 1 && providers.size() > 1
                ? providers.stream().map(p -> new GridColumn(shownDays.get(0), p)).toList()
                : shownDays.stream().map(d -> new GridColumn(d, null)).toList();
        WorkingHours working = viewModel.hoursProperty().get();
        ShownHours shown = ShownHours.of(working, visits, zone);
        if (wanted.size() != columns.size() || hourLines.isEmpty() || !shown.equals(hours)) {
            hours = shown;
            buildFrame(wanted.size());
        }
        this.columns = wanted;
        dressColumns(working, visits);
        placeVisits(visits);
        requestLayout();
    }

    /** Where things lie on the grid as last laid out. */
    WeekGeometry geometry() {
        return geometry;
    }

    /** The column under {@code x} as last laid out, or -1. */
    int columnAt(double x) {
        int column = geometry.columnAt(x);
        return column < columns.size() ? column : -1;
    }

    GridColumn column(int index) {
        return columns.get(index);
    }

    /** The columns, hour lines and labels: rebuilt only when the number of columns changes. */
    private void buildFrame(int count) {
        getChildren().clear();
        dayColumns.clear();
        workBands.clear();
        dayHeaders.clear();
        hourLines.clear();
        hourLabels.clear();
        blocks.clear();
        for (int i = 0; i < count; i++) {
            Region column = new Region();
            Region band = new Region();
            Label header = new Label();
            header.setAlignment(Pos.CENTER);
            dayColumns.add(column);
            workBands.add(band);
            dayHeaders.add(header);
        }
        getChildren().addAll(dayColumns);
        getChildren().addAll(workBands);
        for (int hour = hours.first(); hour <= hours.last(); hour++) {
            Region line = new Region();
            line.getStyleClass().add("hour-line");
            line.setMouseTransparent(true);
            hourLines.add(line);
            Label label = new Label(HOUR.format(LocalTime.of(hour % 24, 0)));
            label.getStyleClass().add("hour-label");
            label.setMouseTransparent(true);
            hourLabels.add(label);
        }
        getChildren().addAll(hourLines);
        getChildren().addAll(hourLabels);
        getChildren().addAll(dayHeaders);
        getChildren().addAll(selection, nowLine);
    }

    /** Header texts, today and closed-day marks and working hours for the current columns. */
    private void dressColumns(WorkingHours working, List<CalendarVisit> visits) {
        LocalDate today = viewModel.today();
        spans.clear();
        narrow = new boolean[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            GridColumn gridColumn = columns.get(i);
            LocalDate day = gridColumn.day();
            WorkingHours.Span span = working.on(day.getDayOfWeek()).orElse(null);
            spans.add(span);
            boolean closed = span == null;
            narrow[i] = closed && gridColumn.provider() == null && columns.size() > 1 && noVisitOn(day, visits);
            boolean isToday = day.equals(today);
            restyle(dayColumns.get(i), "day-column", closed, isToday);
            restyle(workBands.get(i), "working-hours", closed, isToday);
            workBands.get(i).setVisible(!closed);
            Label header = dayHeaders.get(i);
            Provider provider = gridColumn.provider();
            header.setText(provider == null ? HEADER_DAY.format(day) : provider.name() + (provider.isActive() ? "" : " (inactive)"));
            restyle(header, "day-header", closed, isToday);
        }
    }

    private boolean noVisitOn(LocalDate day, List<CalendarVisit> visits) {
        for (CalendarVisit v : visits) {
            if (v.start(zone).toLocalDate().equals(day)) {
                return false;
            }
        }
        return true;
    }

    private static void restyle(Node node, String base, boolean closed, boolean today) {
        List<String> classes = new ArrayList<>(3);
        classes.add(base);
        if (closed) {
            classes.add("closed");
        }
        if (today) {
            classes.add("today");
        }
        if (!node.getStyleClass().equals(classes)) {
            node.getStyleClass().setAll(classes);
        }
    }

    /** Shows the visits in reused blocks; spare blocks are hidden, new ones made only when needed. */
    private void placeVisits(List<CalendarVisit> visits) {
        lanes.clear();
        Map<Integer, List<CalendarVisit>> byColumn = new HashMap<>();
        for (CalendarVisit v : visits) {
            int index = columnOf(v);
            if (index >= 0) {
                byColumn.computeIfAbsent(index, i -> new ArrayList<>()).add(v);
            }
        }
        List<CalendarVisit> ordered = new ArrayList<>(visits.size());
        for (int i = 0; i < columns.size(); i++) {
            List<CalendarVisit> ofDay = byColumn.getOrDefault(i, List.of());
            lanes.putAll(VisitLanes.of(ofDay));
            ordered.addAll(ofDay);
        }
        List<VisitBlock> added = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            VisitBlock block;
            if (i < blocks.size()) {
                block = blocks.get(i);
            } else {
                block = new VisitBlock(zone);
                gestures.wire(block);
                blocks.add(block);
                added.add(block);
            }
            block.show(ordered.get(i));
            block.setVisible(true);
        }
        for (int i = ordered.size(); i < blocks.size(); i++) {
            blocks.get(i).hide();
        }
        shownBlocks = ordered.size();
        if (!added.isEmpty()) {
            getChildren().addAll(getChildren().indexOf(selection), added);
        }
    }

    @Override
    protected void layoutChildren() {
        geometry = new WeekGeometry(getWidth(), getHeight(), hours, columns.size(), narrow);
        double top = geometry.y(hours.firstMinute());
        double bottom = geometry.y(hours.lastMinute());
        for (int i = 0; i < columns.size(); i++) {
            double x = geometry.columnX(i);
            double width = geometry.columnWidth(i);
            dayColumns.get(i).resizeRelocate(x, top, width, bottom - top);
            WorkingHours.Span span = spans.get(i);
            if (span != null) {
                double workTop = geometry.y(span.opens().toSecondOfDay() / 60.0);
                workBands.get(i).resizeRelocate(x, workTop, width, geometry.y(span.closes().toSecondOfDay() / 60.0) - workTop);
            }
            dayHeaders.get(i).resizeRelocate(x, 0, width, WeekGeometry.HEADER);
        }
        for (int h = 0; h < hourLines.size(); h++) {
            double lineY = geometry.y((hours.first() + h) * 60);
            hourLines.get(h).resizeRelocate(WeekGeometry.GUTTER, lineY, getWidth() - WeekGeometry.GUTTER, 1);
            Label label = hourLabels.get(h);
            double labelHeight = label.prefHeight(-1);
            label.resizeRelocate(4, lineY - labelHeight / 2, WeekGeometry.GUTTER - 10, labelHeight);
        }
        for (int i = 0; i < shownBlocks; i++) {
            placeBlock(blocks.get(i));
        }
        placeNowLine();
    }

    private void placeBlock(VisitBlock block) {
        CalendarVisit v = block.visit();
        int column = columnOf(v);
        if (column < 0) {
            block.setVisible(false);
            return;
        }
        VisitLanes.Lane lane = lanes.getOrDefault(v.appointment().id(), new VisitLanes.Lane(0, 1));
        WeekGeometry.Box box = geometry.visit(column, v.start(zone), v.end(zone), lane);
        block.setVisible(true);
        block.resizeRelocate(box.x(), box.y(), box.width(), box.height());
    }

    private void placeNowLine() {
        ZonedDateTime now = ZonedDateTime.now(java.time.Clock.systemUTC().withZone(zone));
        LocalDate today = viewModel.today();
        int first = -1;
        int count = 0;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).day().equals(today)) {
                first = first < 0 ? i : first;
                count++;
            }
        }
        int minute = WeekGeometry.minuteOfDay(now);
        boolean visible = first >= 0 && minute >= hours.firstMinute() && minute <= hours.lastMinute();
        nowLine.setVisible(visible);
        if (visible) {
            int lastColumn = first + count - 1;
            double left = geometry.columnX(first);
            nowLine.resizeRelocate(left, geometry.y(minute), geometry.columnX(lastColumn) + geometry.columnWidth(lastColumn) - left, 2);
        }
    }

    /** The column a visit is drawn in, or -1. */
    private int columnOf(CalendarVisit v) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).holds(v, zone)) {
                return i;
            }
        }
        return -1;
    }
}
