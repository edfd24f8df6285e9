package com.starlightdesk.app.calendar;

import com.starlightdesk.data.domain.AppointmentStatus;
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
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The day and week grid: one column per day (per provider in a day view), from an hour before the
 * practice opens to an hour after it closes (further when a visit lies outside), each day's working
 * hours lit and days the practice is closed drawn narrow when they hold no visit; visits placed by
 * their start and end in the practice's zone. Click or drag on an empty slot books; a visit
 * is dragged to move, dragged by its lower edge to resize, clicked to edit, right-clicked for its
 * status. Confined to the FX thread.
 */
final class WeekGrid extends Region {
    static final double GUTTER = 58;
    static final double HEADER = 34;
    private static final double RESIZE_EDGE = 7;
    /** Share of an open day's width a closed day without visits gets. */
    private static final double CLOSED_DAY_SHARE = 0.45;
    private static final DateTimeFormatter HEADER_DAY = DateTimeFormatter.ofPattern("EEE M/d", Locale.US);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("h a", Locale.US);

    private final CalendarViewModel viewModel;
    private final ZoneId zone;
    /** One column of the grid: a day, or in the day view with several providers, one provider's day. */
    private record GridColumn(LocalDate day, Provider provider) {
        boolean holds(CalendarVisit v, ZoneId zone) {
            return day.equals(v.start(zone).toLocalDate()) && (provider == null || provider.id().equals(v.appointment().providerId()));
        }
    }

    private List<GridColumn> columns = List.of();
    /** Each column's working hours (null: closed), its left edge and its width. */
    private final List<WorkingHours.Span> spans = new ArrayList<>();
    private double[] columnX = new double[0];
    private double[] columnWidths = new double[0];
    private boolean[] narrow = new boolean[0];
    private int firstHour = 7;
    private int lastHour = 19;
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

    private double pressX;
    private double pressY;
    private int selectionDay = -1;
    private int selectionFrom;
    private int selectionTo;

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
        setOnMousePressed(this::pressOnSlot);
        setOnMouseDragged(this::dragOnSlot);
        setOnMouseReleased(this::releaseOnSlot);
    }

    /**
     * Redraws for {@code shownDays} and their visits; a single day with several providers shown gets
     * one column per provider.
     */
    void show(List<LocalDate> shownDays, List<Provider> providers, List<CalendarVisit> visits) {
        List<GridColumn> wanted = shownDays.size() == 1 && providers.size() > 1
                ? providers.stream().map(p -> new GridColumn(shownDays.get(0), p)).toList()
                : shownDays.stream().map(d -> new GridColumn(d, null)).toList();
        WorkingHours hours = viewModel.hoursProperty().get();
        ShownHours shown = ShownHours.of(hours, visits, zone);
        if (wanted.size() != columns.size() || hourLines.isEmpty() || shown.first() != firstHour || shown.last() != lastHour) {
            firstHour = shown.first();
            lastHour = shown.last();
            buildFrame(wanted.size());
        }
        this.columns = wanted;
        dressColumns(hours, visits);
        placeVisits(visits);
        requestLayout();
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
        for (int hour = firstHour; hour <= lastHour; hour++) {
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

    /** The hours the grid shows, from the start of hour {@code first} to the start of hour {@code last}. */
    record ShownHours(int first, int last) {
        /** An hour before the earliest opening of the week to an hour after the latest closing, widened to hold every visit. */
        static ShownHours of(WorkingHours hours, List<CalendarVisit> visits, ZoneId zone) {
            int first = Math.max(0, hours.earliestOpening().getHour() - 1);
            LocalTime closing = hours.latestClosing();
            int last = Math.min(24, closing.getHour() + (closing.getMinute() > 0 ? 1 : 0) + 1);
            for (CalendarVisit v : visits) {
                ZonedDateTime start = v.start(zone);
                ZonedDateTime end = v.end(zone);
                first = Math.min(first, start.getHour());
                int endHour = end.toLocalDate().isAfter(start.toLocalDate()) ? 24 : end.getHour() + (end.getMinute() > 0 ? 1 : 0);
                last = Math.max(last, endHour);
            }
            return new ShownHours(first, Math.max(last, first + 1));
        }
    }

    /** Header texts, today and closed-day marks and working hours for the current columns. */
    private void dressColumns(WorkingHours hours, List<CalendarVisit> visits) {
        LocalDate today = viewModel.today();
        spans.clear();
        narrow = new boolean[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            GridColumn gridColumn = columns.get(i);
            LocalDate day = gridColumn.day();
            WorkingHours.Span span = hours.on(day.getDayOfWeek()).orElse(null);
            spans.add(span);
            boolean closed = span == null;
            narrow[i] = closed && gridColumn.provider() == null && columns.size() > 1 && noVisitOn(day, visits);
            boolean isToday = day.equals(today);
            restyle(dayColumns.get(i), "day-column", closed, isToday);
            restyle(workBands.get(i), "working-hours", closed, isToday);
            workBands.get(i).setVisible(!closed);
            Label header = dayHeaders.get(i);
            header.setText(gridColumn.provider() == null ? HEADER_DAY.format(day) : gridColumn.provider().name());
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

    private static void restyle(javafx.scene.Node node, String base, boolean closed, boolean today) {
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
                wire(block);
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

    /** Places the columns across the width: closed days without visits narrow, the others alike. */
    private void placeColumns() {
        int count = columns.size();
        if (columnX.length != count) {
            columnX = new double[count];
            columnWidths = new double[count];
        }
        double shares = 0;
        for (int i = 0; i < count; i++) {
            shares += narrow.length == count && narrow[i] ? CLOSED_DAY_SHARE : 1;
        }
        double unit = shares == 0 ? 0 : (getWidth() - GUTTER) / shares;
        double x = GUTTER;
        for (int i = 0; i < count; i++) {
            columnX[i] = x;
            columnWidths[i] = unit * (narrow.length == count && narrow[i] ? CLOSED_DAY_SHARE : 1);
            x += columnWidths[i];
        }
    }

    private double hourHeight() {
        return Math.max(20, (getHeight() - HEADER - 8) / (lastHour - firstHour));
    }

    /** Vertical position of a minute of the day. */
    private double y(double minuteOfDay) {
        return HEADER + (minuteOfDay - firstHour * 60) / 60.0 * hourHeight();
    }

    @Override
    protected void layoutChildren() {
        placeColumns();
        double top = y(firstHour * 60);
        double bottom = y(lastHour * 60);
        for (int i = 0; i < columns.size(); i++) {
            double x = columnX[i];
            double width = columnWidths[i];
            dayColumns.get(i).resizeRelocate(x, top, width, bottom - top);
            WorkingHours.Span span = spans.get(i);
            if (span != null) {
                double workTop = y(span.opens().toSecondOfDay() / 60.0);
                workBands.get(i).resizeRelocate(x, workTop, width, y(span.closes().toSecondOfDay() / 60.0) - workTop);
            }
            dayHeaders.get(i).resizeRelocate(x, 0, width, HEADER);
        }
        for (int h = 0; h < hourLines.size(); h++) {
            double lineY = y((firstHour + h) * 60);
            hourLines.get(h).resizeRelocate(GUTTER, lineY, getWidth() - GUTTER, 1);
            Label label = hourLabels.get(h);
            double labelHeight = label.prefHeight(-1);
            label.resizeRelocate(4, lineY - labelHeight / 2, GUTTER - 10, labelHeight);
        }
        for (int i = 0; i < shownBlocks; i++) {
            placeBlock(blocks.get(i));
        }
        placeNowLine();
    }

    private void placeBlock(VisitBlock block) {
        CalendarVisit v = block.visit();
        ZonedDateTime start = v.start(zone);
        int dayIndex = columnOf(v);
        if (dayIndex < 0) {
            block.setVisible(false);
            return;
        }
        double startMinute = Math.max(start.getHour() * 60 + start.getMinute(), firstHour * 60);
        ZonedDateTime end = v.end(zone);
        double endMinute = end.toLocalDate().isAfter(start.toLocalDate()) ? 24 * 60 : end.getHour() * 60 + end.getMinute();
        VisitLanes.Lane lane = lanes.getOrDefault(v.appointment().id(), new VisitLanes.Lane(0, 1));
        double laneWidth = (columnWidths[dayIndex] - 6) / lane.count();
        double x = columnX[dayIndex] + 2 + lane.index() * laneWidth;
        double top = Math.max(HEADER, y(startMinute));
        double height = Math.max(16, y(endMinute) - top - 1);
        block.setVisible(true);
        block.resizeRelocate(x, top, laneWidth - 2, height);
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
        int minute = now.getHour() * 60 + now.getMinute();
        boolean visible = first >= 0 && minute >= firstHour * 60 && minute <= lastHour * 60;
        nowLine.setVisible(visible);
        if (visible) {
            int lastColumn = first + count - 1;
            nowLine.resizeRelocate(columnX[first], y(minute), columnX[lastColumn] + columnWidths[lastColumn] - columnX[first], 2);
        }
    }

    /** The column under {@code x}, or -1. */
    private int dayAt(double x) {
        for (int i = 0; i < columnX.length && i < columns.size(); i++) {
            if (x >= columnX[i] && x < columnX[i] + columnWidths[i]) {
                return i;
            }
        }
        return -1;
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

    /** The minute of the day under {@code y}, snapped down to a quarter hour and kept within the grid. */
    private int minuteAt(double y) {
        double minute = firstHour * 60 + (y - HEADER) / hourHeight() * 60;
        int snapped = (int) Math.floor(minute / CalendarViewModel.SNAP_MINUTES) * CalendarViewModel.SNAP_MINUTES;
        return Math.max(firstHour * 60, Math.min(lastHour * 60 - CalendarViewModel.SNAP_MINUTES, snapped));
    }

    private static LocalTime time(int minuteOfDay) {
        return minuteOfDay >= 24 * 60 ? LocalTime.MIDNIGHT : LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
    }

    // Booking on an empty slot: press, optionally drag down, release.

    private void pressOnSlot(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !viewModel.canSchedule() || e.getY() < HEADER) {
            return;
        }
        selectionDay = dayAt(e.getX());
        if (selectionDay < 0) {
            return;
        }
        selectionFrom = minuteAt(e.getY());
        selectionTo = selectionFrom + CalendarViewModel.SNAP_MINUTES * 2;
        showSelection();
    }

    private void dragOnSlot(MouseEvent e) {
        if (selectionDay < 0) {
            return;
        }
        int at = minuteAt(e.getY()) + CalendarViewModel.SNAP_MINUTES;
        selectionTo = Math.max(selectionFrom + CalendarViewModel.SNAP_MINUTES, at);
        showSelection();
    }

    private void releaseOnSlot(MouseEvent e) {
        if (selectionDay < 0) {
            return;
        }
        GridColumn column = columns.get(selectionDay);
        int from = selectionFrom;
        int to = selectionTo;
        selectionDay = -1;
        selection.setVisible(false);
        viewModel.book(column.day(), time(from), time(to), column.provider());
    }

    private void showSelection() {
        selection.setVisible(true);
        selection.resizeRelocate(columnX[selectionDay] + 2, y(selectionFrom), columnWidths[selectionDay] - 4,
                y(selectionTo) - y(selectionFrom));
    }

    // Visits: click to edit, drag to move, drag the lower edge to resize, right-click for status.

    private void wire(VisitBlock block) {
        block.setOnMousePressed(e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            e.consume();
            pressX = e.getSceneX();
            pressY = e.getSceneY();
            block.getProperties().put("resize", e.getY() >= block.getHeight() - RESIZE_EDGE);
            block.getProperties().put("h0", block.getHeight());
            block.toFront();
        });
        block.setOnMouseMoved(e -> block.setCursor(viewModel.canSchedule() && e.getY() >= block.getHeight() - RESIZE_EDGE
                ? javafx.scene.Cursor.S_RESIZE : javafx.scene.Cursor.HAND));
        block.setOnMouseDragged(e -> {
            e.consume();
            if (e.getButton() != MouseButton.PRIMARY || !viewModel.canSchedule() || !canMove(block)) {
                return;
            }
            double dx = e.getSceneX() - pressX;
            double dy = e.getSceneY() - pressY;
            if (Boolean.TRUE.equals(block.getProperties().get("resize"))) {
                block.resize(block.getWidth(), Math.max(12, (double) block.getProperties().get("h0") + dy));
            } else {
                block.setTranslateX(dx);
                block.setTranslateY(dy);
            }
        });
        block.setOnMouseReleased(e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            e.consume();
            double dx = e.getSceneX() - pressX;
            double dy = e.getSceneY() - pressY;
            block.setTranslateX(0);
            block.setTranslateY(0);
            if (Math.abs(dx) < 4 && Math.abs(dy) < 4) {
                viewModel.edit(block.visit());
                return;
            }
            if (!viewModel.canSchedule() || !canMove(block)) {
                requestLayout();
                return;
            }
            CalendarVisit v = block.visit();
            if (Boolean.TRUE.equals(block.getProperties().get("resize"))) {
                double bottom = block.getLayoutY() + (double) block.getProperties().get("h0") + dy;
                int end = (int) Math.round((firstHour * 60 + (bottom - HEADER) / hourHeight() * 60)
                        / CalendarViewModel.SNAP_MINUTES) * CalendarViewModel.SNAP_MINUTES;
                int startMinute = v.start(zone).getHour() * 60 + v.start(zone).getMinute();
                viewModel.resize(v, time(Math.max(startMinute + CalendarViewModel.SNAP_MINUTES, end)));
            } else {
                double centerX = block.getLayoutX() + dx + block.getWidth() / 2;
                int day = dayAt(centerX);
                int originalMinute = v.start(zone).getHour() * 60 + v.start(zone).getMinute();
                int minutesMoved = (int) Math.round(dy / hourHeight() * 60 / CalendarViewModel.SNAP_MINUTES) * CalendarViewModel.SNAP_MINUTES;
                int start = Math.max(0, Math.min(24 * 60 - CalendarViewModel.SNAP_MINUTES, originalMinute + minutesMoved));
                if (day < 0) {
                    requestLayout();
                    return;
                }
                viewModel.move(v, columns.get(day).day(), time(start), columns.get(day).provider());
            }
        });
        block.setOnContextMenuRequested(e -> {
            statusMenu(block.visit()).show(block, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    private static boolean canMove(VisitBlock block) {
        AppointmentStatus status = block.visit().appointment().status();
        return status == AppointmentStatus.SCHEDULED || status == AppointmentStatus.CONFIRMED;
    }

    ContextMenu statusMenu(CalendarVisit visit) {
        ContextMenu menu = new ContextMenu();
        MenuItem edit = new MenuItem("Open…");
        edit.setOnAction(e -> viewModel.edit(visit));
        menu.getItems().addAll(edit, new SeparatorMenuItem());
        for (AppointmentStatus to : VisitStatusFlow.next(visit.appointment().status())) {
            MenuItem item = new MenuItem(VisitStatusFlow.action(to));
            item.setId("status-" + to.code());
            item.setOnAction(e -> viewModel.changeStatus(visit, to));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** The blocks showing visits now. */
    List<VisitBlock> blocks() {
        return List.copyOf(blocks.subList(0, shownBlocks));
    }
}
