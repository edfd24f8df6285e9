package com.starlightdesk.app.chart.immunizations;

import com.starlightdesk.app.chart.immunizations.ImmunizationCardViewModel.CardDose;
import com.starlightdesk.app.chart.immunizations.ImmunizationCardViewModel.CardRow;
import com.starlightdesk.app.chart.immunizations.ImmunizationCardViewModel.ForecastRow;
import com.starlightdesk.app.parts.InView;
import com.starlightdesk.data.immunization.ImmunizationStatus.Standing;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Draws {@link ImmunizationCardViewModel}: the forecast as a grid of vaccine groups (the standing as a coloured
 * mark with its word, the next dose and its dates, the vaccines for it) and the record card as a grid of groups with
 * their doses in columns. A dose's reason shows in a tooltip when pointed at, and when the dose is reached with Tab
 * (its tooltip opens under it and the line above the card says it in full).
 */
public final class ImmunizationCardView {
    /** Room left in sight under a dose reached with Tab, for the tooltip that explains it. */
    private static final double TOOLTIP_ROOM = 48;
    private static final String POINT_AT_A_DOSE = "Point at a dose, or Tab to it, to see how it counts.";
    private final ImmunizationCardViewModel viewModel;

    @FXML private Label assessedOn;
    @FXML private Label state;
    @FXML private GridPane forecastGrid;
    @FXML private GridPane cardGrid;
    @FXML private Label detail;

    public ImmunizationCardView(ImmunizationCardViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        assessedOn.textProperty().bind(viewModel.assessedOnProperty());
        state.textProperty().bind(viewModel.stateProperty());
        state.visibleProperty().bind(viewModel.stateProperty().isNotEmpty());
        state.managedProperty().bind(state.visibleProperty());
        detail.setText(POINT_AT_A_DOSE);
        viewModel.forecast().addListener((ListChangeListener<ForecastRow>) change -> drawForecast());
        viewModel.card().addListener((ListChangeListener<CardRow>) change -> drawCard());
        drawForecast();
        drawCard();
    }

    private void drawForecast() {
        forecastGrid.getChildren().clear();
        boolean latest = viewModel.anyLatestProperty().get();
        List<String> heads = latest
                ? List.of("Vaccine group", "Standing", "Next", "Earliest", "Recommended", "Past due", "Latest", "Vaccines for it")
                : List.of("Vaccine group", "Standing", "Next", "Earliest", "Recommended", "Past due", "Vaccines for it");
        forecastGrid.getColumnConstraints().clear();
        for (int c = 0; c < heads.size(); c++) {
            forecastGrid.add(head(heads.get(c)), c, 0);
            ColumnConstraints column = new ColumnConstraints();
            boolean vaccines = c == heads.size() - 1;
            column.setMinWidth(vaccines ? 0 : Region.USE_PREF_SIZE);
            column.setHgrow(vaccines ? Priority.ALWAYS : Priority.NEVER);
            forecastGrid.getColumnConstraints().add(column);
        }
        int r = 1;
        for (ForecastRow row : viewModel.forecast()) {
            String id = idOf(row.groupLabel());
            Label group = new Label(row.groupLabel());
            group.getStyleClass().add("forecast-group");
            VBox groupCell = new VBox(group);
            groupCell.getStyleClass().add("forecast-group-cell");
            if (!row.refusal().isEmpty()) {
                Label refused = new Label("⚑ " + row.refusal());
                refused.setId("forecast-refusal-" + id);
                refused.getStyleClass().add("forecast-refusal");
                refused.setTooltip(new Tooltip(row.refusal()));
                groupCell.getChildren().add(refused);
            }
            groupCell.setId("forecast-" + id);
            groupCell.setAccessibleRole(AccessibleRole.TEXT);
            groupCell.setAccessibleText(row.spoken());
            Label standing = new Label(glyph(row.standing()) + " " + row.standing().words());
            standing.setId("forecast-standing-" + id);
            standing.getStyleClass().addAll("standing", "standing-" + row.standing().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            standing.setMinWidth(Label.USE_PREF_SIZE);
            forecastGrid.add(groupCell, 0, r);
            forecastGrid.add(new HBox(standing), 1, r);
            if (row.note().isEmpty() || !row.nextDose().isEmpty()) {
                int c = 2;
                forecastGrid.add(cell(row.nextDose()), c++, r);
                forecastGrid.add(cell(row.earliest()), c++, r);
                forecastGrid.add(cell(row.recommended()), c++, r);
                forecastGrid.add(cell(row.pastDue()), c++, r);
                if (latest) {
                    forecastGrid.add(cell(row.latest()), c++, r);
                }
                Label vaccines = cell(row.vaccines());
                vaccines.getStyleClass().add("forecast-vaccines");
                if (!row.allVaccines().isEmpty()) {
                    vaccines.setTooltip(tooltip(row.allVaccines()));
                }
                forecastGrid.add(vaccines, c, r);
            } else {
                Label note = cell(row.note());
                note.getStyleClass().add("text-muted");
                forecastGrid.add(note, 2, r, heads.size() - 2, 1);
            }
            for (Node n : List.copyOf(forecastGrid.getChildren())) {
                if (GridPane.getRowIndex(n) == r && r % 2 == 0) {
                    n.getStyleClass().add("even");
                }
            }
            r++;
        }
    }

    private void drawCard() {
        cardGrid.getChildren().clear();
        detail.setText(POINT_AT_A_DOSE);
        int columns = viewModel.doseColumns();
        cardGrid.add(head("Vaccine group"), 0, 0);
        for (int c = 1; c <= columns; c++) {
            cardGrid.add(head("Dose " + c), c, 0);
        }
        int r = 1;
        for (CardRow row : viewModel.card()) {
            Label group = new Label(row.group());
            group.getStyleClass().add("card-group");
            cardGrid.add(group, 0, r);
            if (row.doses().isEmpty()) {
                Label none = new Label("No doses");
                none.getStyleClass().addAll("card-none", "text-muted");
                cardGrid.add(none, 1, r, Math.max(1, columns), 1);
            }
            for (CardDose dose : row.doses()) {
                cardGrid.add(doseCell(dose), dose.number(), r);
            }
            r++;
        }
    }

    /** One dose: its day over its mark and vaccine; the reason on hover and on focus. */
    private Node doseCell(CardDose dose) {
        Label day = new Label(dose.givenOn());
        day.getStyleClass().add("dose-day");
        Label line = new Label(dose.line());
        line.getStyleClass().add("dose-line");
        VBox cell = new VBox(day, line);
        cell.setId("card-dose-" + idOf(dose.group()) + "-" + dose.number());
        cell.getStyleClass().addAll("card-dose", dose.valid() ? "valid" : "not-valid");
        cell.setFocusTraversable(true);
        cell.setAccessibleRole(AccessibleRole.TEXT);
        cell.setAccessibleText(dose.detail());
        Tooltip tip = tooltip(dose.detail());
        Tooltip.install(cell, tip);
        cell.setOnMouseEntered(e -> detail.setText(dose.detail()));
        cell.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                detail.setText(dose.detail());
                InView.bring(cell, TOOLTIP_ROOM);
                cell.getScene().getRoot().layout();
                Bounds at = cell.localToScreen(cell.getBoundsInLocal());
                if (at != null && !tip.isShowing()) {
                    tip.show(cell, at.getMinX(), at.getMaxY() + 4);
                }
            } else {
                tip.hide();
            }
        });
        return cell;
    }

    private static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(460);
        tip.setShowDelay(Duration.millis(250));
        tip.setShowDuration(Duration.seconds(30));
        return tip;
    }

    private static Label head(String text) {
        Label head = new Label(text);
        head.getStyleClass().add("grid-head");
        return head;
    }

    private static Label cell(String text) {
        Label cell = new Label(text);
        cell.getStyleClass().add("grid-cell");
        return cell;
    }

    /** The mark beside a standing's word, so it reads without its colour. */
    static String glyph(Standing standing) {
        return switch (standing) {
            case OVERDUE -> "⚠";
            case DUE -> "●";
            case CAN_BE_GIVEN -> "◐";
            case NOT_YET -> "○";
            case NOT_FORECAST -> "?";
            case COMPLETE -> "✓";
            case NO_MORE_DOSES -> "–";
        };
    }

    /** "dtap-tdap-td" for DTaP/Tdap/Td: a group's name as a node id. */
    static String idOf(String group) {
        return group.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
