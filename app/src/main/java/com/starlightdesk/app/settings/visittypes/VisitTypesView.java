package com.starlightdesk.app.settings.visittypes;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.ChoiceLabels;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.app.parts.VisitTypeMarks;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/** Settings, Visit types: one row per kind of visit, bound to {@link VisitTypesViewModel}. */
public final class VisitTypesView {
    private final VisitTypesViewModel viewModel;

    @FXML private GridPane grid;
    @FXML private Button save;
    @FXML private Message done;
    @FXML private Message failure;

    public VisitTypesView(VisitTypesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        boolean canManage = viewModel.canManage();
        int line = 0;
        for (VisitTypeRow row : viewModel.rows()) {
            String id = "visit-type-" + row.type().code().replace('_', '-');
            Region swatch = new Region();
            swatch.getStyleClass().add("visit-type-swatch");
            VisitTypeMarks.paint(swatch, row.colourProperty());
            Label name = new Label(ChoiceLabels.ofCode(row.type().code()));
            name.getStyleClass().add("visit-type-name");

            TextField minutes = new TextField();
            minutes.setId(id + "-minutes");
            minutes.setPrefColumnCount(4);
            Label minutesError = new Label();
            minutesError.setId(id + "-minutes-error");
            FieldError.bind(minutes, row.minutesProperty(), minutesError, viewModel.errors().of(row.minutesField()));

            TextField colour = new TextField();
            colour.setId(id + "-colour");
            colour.setPrefColumnCount(7);
            colour.setPromptText("#RRGGBB");
            Label colourError = new Label();
            colourError.setId(id + "-colour-error");
            FieldError.bind(colour, row.colourProperty(), colourError, viewModel.errors().of(row.colourField()));
            ColorPicker picker = picker(row);
            picker.setId(id + "-picker");

            grid.addRow(line++, swatch, name, minutes, new Label("minutes"), colour, picker);
            VBox errors = new VBox(minutesError, colourError);
            grid.add(errors, 2, line++, 4, 1);
            for (javafx.scene.Node input : new javafx.scene.Node[] {minutes, colour, picker}) {
                input.setDisable(!canManage);
            }
        }
        save.setVisible(canManage);
        save.disableProperty().bind(viewModel.busyProperty());
        Banner.bind(done, Banner.Kind.DONE, viewModel.doneProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
        viewModel.load();
    }

    /** A colour picker that writes the row's colour as #RRGGBB and follows a colour typed in the row. */
    private static ColorPicker picker(VisitTypeRow row) {
        ColorPicker picker = new ColorPicker();
        picker.getStyleClass().add("button");
        follow(picker, row.colourProperty().get());
        row.colourProperty().addListener((obs, old, now) -> follow(picker, now));
        picker.setOnAction(e -> {
            Color c = picker.getValue();
            row.colourProperty().set(String.format(Locale.ROOT, "#%02X%02X%02X",
                    Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255)));
        });
        return picker;
    }

    private static void follow(ColorPicker picker, String colour) {
        if (colour != null && colour.strip().matches("#[0-9A-Fa-f]{6}")) {
            picker.setValue(Color.web(colour.strip()));
        }
    }

    @FXML
    private void save() {
        viewModel.save();
    }
}
