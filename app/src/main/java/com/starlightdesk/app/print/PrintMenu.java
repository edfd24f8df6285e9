package com.starlightdesk.app.print;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The chart header's Print menu, bound to {@link PrintViewModel}: Visit summary… (the last signed visit, or
 * the one chosen when there are several), Growth chart… (the one chosen, the child's current weight
 * chart first) and Immunization record… (also offered by the Immunizations section's button); each asks
 * where to save the PDF, with a name that does not hold the child's. Shown to providers and admins only.
 * Confined to the FX thread.
 */
public final class PrintMenu {
    private final PrintViewModel viewModel;
    private MenuButton menu;

    public PrintMenu(PrintViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Binds the header's menu, its items and the line that tells what printing did. */
    public void bind(MenuButton menu, MenuItem visitSummary, MenuItem growthChart, MenuItem immunizationRecord, Label news) {
        this.menu = menu;
        boolean allowed = viewModel.canPrint();
        menu.setVisible(allowed);
        menu.setManaged(allowed);
        news.setVisible(allowed);
        news.setManaged(allowed);
        news.textProperty().bind(viewModel.newsProperty());
        menu.disableProperty().bind(viewModel.busyProperty());
        visitSummary.disableProperty().bind(Bindings.isEmpty(viewModel.visits()));
        growthChart.disableProperty().bind(Bindings.isEmpty(viewModel.growthCharts()));
        visitSummary.setOnAction(e -> printVisitSummary());
        growthChart.setOnAction(e -> printGrowthChart());
        immunizationRecord.setOnAction(e -> printImmunizationRecord(window()));
    }

    /** Binds a button that prints the immunization record (the Immunizations section's), shown to those who print. */
    public void bindImmunizationRecord(ButtonBase button) {
        boolean allowed = viewModel.canPrint();
        button.setVisible(allowed);
        button.setManaged(allowed);
        button.disableProperty().bind(viewModel.busyProperty());
        button.setOnAction(e -> printImmunizationRecord(button.getScene() == null ? null : button.getScene().getWindow()));
    }

    private void printImmunizationRecord(Window owner) {
        saveAs("Save the immunization record", viewModel.immunizationRecordFileName(), owner)
                .ifPresent(viewModel::printImmunizationRecord);
    }

    private void printVisitSummary() {
        List<VisitSummary.SignedVisit> visits = List.copyOf(viewModel.visits());
        choose("Visit summary", "The visit to summarise for the family:", visits, VisitSummary.SignedVisit::label)
                .ifPresent(visit -> saveAs("Save the visit summary", viewModel.fileName(visit), window())
                        .ifPresent(file -> viewModel.printVisitSummary(visit, file)));
    }

    private void printGrowthChart() {
        List<GrowthChart.Choice> charts = List.copyOf(viewModel.growthCharts());
        choose("Growth chart", "The growth chart to print:", charts, GrowthChart.Choice::label)
                .ifPresent(chart -> saveAs("Save the growth chart", viewModel.fileName(chart), window())
                        .ifPresent(file -> viewModel.printGrowthChart(chart, file)));
    }

    /** The one item when there is one, else the user's choice (the first offered first). */
    private <T> Optional<T> choose(String title, String question, List<T> items, Function<T, String> label) {
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.size() == 1) {
            return Optional.of(items.get(0));
        }
        List<String> labels = items.stream().map(label).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(labels.get(0), labels);
        dialog.initOwner(window());
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(question);
        return dialog.showAndWait().map(labels::indexOf).filter(i -> i >= 0).map(items::get);
    }

    private Optional<Path> saveAs(String title, String name, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF documents", "*.pdf"));
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        chooser.setInitialDirectory((Files.isDirectory(documents) ? documents : home).toFile());
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        Path chosen = file.toPath();
        String fileName = chosen.getFileName().toString();
        return Optional.of(fileName.toLowerCase(Locale.ROOT).endsWith(".pdf") ? chosen : chosen.resolveSibling(fileName + ".pdf"));
    }

    private Window window() {
        return menu == null || menu.getScene() == null ? null : menu.getScene().getWindow();
    }
}
