package com.starlightdesk.app.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.HPos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The month view: six weeks of days, each with its first visits in provider colours and a count of
 * the rest. A day's number opens that day; a click on a day's free space books there at 9:00; a visit
 * opens for editing. Confined to the FX thread.
 */
final class MonthGrid extends GridPane {
    private static final int SHOWN_PER_DAY = 4;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm", Locale.US);

    private final CalendarViewModel viewModel;
    private final ZoneId zone;

    MonthGrid(CalendarViewModel viewModel) {
        this.viewModel = viewModel;
        this.zone = viewModel.zone();
        getStyleClass().add("month-grid");
        for (int c = 0; c < 7; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 7);
            column.setHalignment(HPos.LEFT);
            getColumnConstraints().add(column);
        }
        RowConstraints header = new RowConstraints(28);
        getRowConstraints().add(header);
        for (int r = 0; r < 6; r++) {
            RowConstraints row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            row.setPercentHeight(-1);
            row.setMinHeight(60);
            getRowConstraints().add(row);
        }
    }

    void show(List<LocalDate> days, LocalDate anchor, List<CalendarVisit> visits) {
        getChildren().clear();
        for (int c = 0; c < 7; c++) {
            Label name = new Label(DayOfWeek.of(c + 1).getDisplayName(TextStyle.SHORT, Locale.US));
            name.getStyleClass().add("month-weekday");
            add(name, c, 0);
        }
        Map<LocalDate, List<CalendarVisit>> byDay = new HashMap<>();
        for (CalendarVisit v : visits) {
            byDay.computeIfAbsent(v.start(zone).toLocalDate(), d -> new ArrayList<>()).add(v);
        }
        LocalDate today = viewModel.today();
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            VBox cell = new VBox();
            cell.getStyleClass().add("month-day");
            if (day.getMonth() != anchor.getMonth()) {
                cell.getStyleClass().add("other-month");
            } else if (!viewModel.hoursProperty().get().isOpen(day.getDayOfWeek())) {
                cell.getStyleClass().add("closed");
            }
            if (day.equals(today)) {
                cell.getStyleClass().add("today");
            }
            Hyperlink number = new Hyperlink(Integer.toString(day.getDayOfMonth()));
            number.getStyleClass().add("month-day-number");
            number.setOnAction(e -> viewModel.showDay(day));
            cell.getChildren().add(number);
            List<CalendarVisit> ofDay = new ArrayList<>(byDay.getOrDefault(day, List.of()));
            ofDay.sort(Comparator.comparing(v -> v.appointment().startTime()));
            for (int k = 0; k < Math.min(SHOWN_PER_DAY, ofDay.size()); k++) {
                CalendarVisit v = ofDay.get(k);
                Label chip = new Label((v.doubleBooked() ? "⚠ " : "") + TIME.format(v.start(zone)) + " " + v.patientName());
                chip.getStyleClass().addAll("month-visit", "status-" + v.appointment().status().code().replace('_', '-'));
                chip.getStyleClass().add(v.providerStyleClass());
                if (v.providerInactive()) {
                    chip.getStyleClass().add("inactive-provider");
                    chip.setAccessibleText(chip.getText() + ", with " + v.providerName() + " (inactive)");
                }
                chip.setMaxWidth(Double.MAX_VALUE);
                chip.setOnMouseClicked(e -> {
                    e.consume();
                    viewModel.edit(v);
                });
                cell.getChildren().add(chip);
            }
            if (ofDay.size() > SHOWN_PER_DAY) {
                Hyperlink more = new Hyperlink("+" + (ofDay.size() - SHOWN_PER_DAY) + " more");
                more.getStyleClass().add("month-more");
                more.setOnAction(e -> viewModel.showDay(day));
                cell.getChildren().add(more);
            }
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && viewModel.canSchedule()) {
                    viewModel.book(day, LocalTime.of(9, 0), null);
                }
            });
            add(cell, i % 7, 1 + i / 7);
        }
    }
}
