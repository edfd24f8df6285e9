package com.starlightdesk.app.calendar;

import com.starlightdesk.data.domain.AppointmentStatus;
import java.time.ZoneId;
import javafx.scene.Cursor;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The week grid's mouse: press (and drag down) on an empty slot and release to book; on a visit, click
 * to edit, drag to move, drag the lower edge to resize, right-click for its status. Turns positions into
 * times through the grid's {@link WeekGeometry} and hands the result to the {@link CalendarViewModel}.
 * Confined to the FX thread.
 */
final class WeekGestures {
    /** Height of a visit's lower edge that resizes instead of moving. */
    private static final double RESIZE_EDGE = 7;
    /** How far the mouse may move between press and release for a click. */
    private static final double CLICK_SLOP = 4;
    private static final int SNAP = CalendarViewModel.SNAP_MINUTES;

    private final WeekGrid grid;
    private final CalendarViewModel viewModel;
    private final ZoneId zone;
    private final Region selection;

    // The new visit being selected on empty slots: its column (-1: none) and minutes of the day.
    private int selectionColumn = -1;
    private int selectionFrom;
    private int selectionTo;

    // The visit being dragged: where the press was, whether it resizes, and its height then.
    private double pressX;
    private double pressY;
    private boolean resizing;
    private double heightAtPress;
    /** Whether the slot selection being made was dragged to a range (or only clicked). */
    private boolean rangeDragged;

    WeekGestures(WeekGrid grid, CalendarViewModel viewModel, Region selection) {
        this.grid = grid;
        this.viewModel = viewModel;
        this.zone = viewModel.zone();
        this.selection = selection;
        grid.setOnMousePressed(this::pressOnSlot);
        grid.setOnMouseDragged(this::dragOnSlot);
        grid.setOnMouseReleased(this::releaseOnSlot);
    }

    // Booking on an empty slot: press, optionally drag down, release.

    private void pressOnSlot(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !viewModel.canSchedule() || e.getY() < WeekGeometry.HEADER) {
            return;
        }
        selectionColumn = grid.columnAt(e.getX());
        if (selectionColumn < 0) {
            return;
        }
        selectionFrom = grid.geometry().slotAt(e.getY());
        selectionTo = selectionFrom + SNAP * 2;
        rangeDragged = false;
        showSelection();
    }

    private void dragOnSlot(MouseEvent e) {
        if (selectionColumn < 0) {
            return;
        }
        int slot = grid.geometry().slotAt(e.getY());
        if (!rangeDragged && slot == selectionFrom) {
            return; // still on the slot pressed: a click, not a range
        }
        rangeDragged = true;
        selectionTo = Math.max(selectionFrom + SNAP, slot + SNAP);
        showSelection();
    }

    private void releaseOnSlot(MouseEvent e) {
        if (selectionColumn < 0) {
            return;
        }
        GridColumn column = grid.column(selectionColumn);
        int from = selectionFrom;
        int to = selectionTo;
        selectionColumn = -1;
        selection.setVisible(false);
        // A click books the visit type's default length; a dragged range is the visit's own.
        viewModel.book(column.day(), WeekGeometry.time(from), rangeDragged ? WeekGeometry.time(to) : null, column.provider());
    }

    private void showSelection() {
        WeekGeometry.Box box = grid.geometry().selection(selectionColumn, selectionFrom, selectionTo);
        selection.setVisible(true);
        selection.resizeRelocate(box.x(), box.y(), box.width(), box.height());
    }

    // Visits: click to edit, drag to move, drag the lower edge to resize, right-click for status.

    /** Gives a new visit block its mouse handling. */
    void wire(VisitBlock block) {
        block.setOnMousePressed(e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            e.consume();
            pressX = e.getSceneX();
            pressY = e.getSceneY();
            resizing = e.getY() >= block.getHeight() - RESIZE_EDGE;
            heightAtPress = block.getHeight();
            block.toFront();
        });
        block.setOnMouseMoved(e -> block.setCursor(viewModel.canSchedule() && e.getY() >= block.getHeight() - RESIZE_EDGE
                ? Cursor.S_RESIZE : Cursor.HAND));
        block.setOnMouseDragged(e -> {
            e.consume();
            if (e.getButton() != MouseButton.PRIMARY || !viewModel.canSchedule() || !canMove(block)) {
                return;
            }
            double dx = e.getSceneX() - pressX;
            double dy = e.getSceneY() - pressY;
            if (resizing) {
                block.resize(block.getWidth(), Math.max(12, heightAtPress + dy));
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
            release(block, e.getSceneX() - pressX, e.getSceneY() - pressY);
        });
        block.setOnContextMenuRequested(e -> {
            statusMenu(block.visit()).show(block, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    /** A press on {@code block} ended {@code dx}, {@code dy} away: an edit, a resize, a move, or nothing. */
    private void release(VisitBlock block, double dx, double dy) {
        block.setTranslateX(0);
        block.setTranslateY(0);
        if (Math.abs(dx) < CLICK_SLOP && Math.abs(dy) < CLICK_SLOP) {
            viewModel.edit(block.visit());
            return;
        }
        if (!viewModel.canSchedule() || !canMove(block)) {
            grid.requestLayout();
            return;
        }
        CalendarVisit v = block.visit();
        WeekGeometry geometry = grid.geometry();
        int startMinute = WeekGeometry.minuteOfDay(v.start(zone));
        if (resizing) {
            int end = geometry.nearestSlotEdge(block.getLayoutY() + heightAtPress + dy);
            viewModel.resize(v, WeekGeometry.time(Math.max(startMinute + SNAP, end)));
            return;
        }
        int column = grid.columnAt(block.getLayoutX() + dx + block.getWidth() / 2);
        if (column < 0) {
            grid.requestLayout();
            return;
        }
        int start = Math.max(0, Math.min(24 * 60 - SNAP, startMinute + geometry.minutesMoved(dy)));
        GridColumn target = grid.column(column);
        viewModel.move(v, target.day(), WeekGeometry.time(start), target.provider());
    }

    private static boolean canMove(VisitBlock block) {
        AppointmentStatus status = block.visit().appointment().status();
        return status == AppointmentStatus.SCHEDULED || status == AppointmentStatus.CONFIRMED;
    }

    private ContextMenu statusMenu(CalendarVisit visit) {
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
}
