package com.starlightdesk.app.settings.providers;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.app.parts.ProviderColors;
import com.starlightdesk.data.domain.ProviderColor;
import com.starlightdesk.data.repo.ProviderRoster;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** Settings, Providers: binds the list and the form to {@link ProvidersViewModel}. */
public final class ProvidersView {
    /** The style class of the form's colour preview, coloured with whatever the colour field holds. */
    private static final String TYPED = "typed-color";
    /** A palette colour that the colour field holds. */
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    private final ProvidersViewModel viewModel;

    @FXML private HBox content;
    @FXML private ListView<ProviderRoster.Entry> list;
    @FXML private Button add;
    @FXML private Label formTitle;
    @FXML private TextField name;
    @FXML private Label nameError;
    @FXML private TextField specialty;
    @FXML private Label specialtyError;
    @FXML private TextField email;
    @FXML private Label emailError;
    @FXML private FlowPane palette;
    @FXML private Region colorPreview;
    @FXML private TextField color;
    @FXML private Label colorError;
    @FXML private ComboBox<ProvidersViewModel.LinkedUser> user;
    @FXML private Label userError;
    @FXML private Label futureVisits;
    @FXML private Button save;
    @FXML private Button deactivate;
    @FXML private Message done;
    @FXML private Message failure;

    public ProvidersView(ProvidersViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        list.setItems(viewModel.providers());
        list.setCellFactory(view -> new ProviderCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && (viewModel.editingProperty().get() == null
                    || !chosen.provider().id().equals(viewModel.editingProperty().get().provider().id()))) {
                viewModel.edit(chosen);
            }
        });
        viewModel.providers().addListener((ListChangeListener<ProviderRoster.Entry>) c -> recolor());

        formTitle.textProperty().bind(viewModel.formTitleProperty());
        FieldError.bind(name, viewModel.nameProperty(), nameError, viewModel.errors().of("name"));
        FieldError.bind(specialty, viewModel.specialtyProperty(), specialtyError, viewModel.errors().of("specialty"));
        FieldError.bind(email, viewModel.emailProperty(), emailError, viewModel.errors().of("email"));
        FieldError.bind(color, viewModel.colorProperty(), colorError, viewModel.errors().of("color"));
        buildPalette();
        colorPreview.getStyleClass().add(TYPED);
        viewModel.colorProperty().addListener((obs, old, now) -> recolor());

        user.setItems(viewModel.linkableUsers());
        user.valueProperty().bindBidirectional(viewModel.userProperty());
        FieldError.show(user, userError, viewModel.errors().of("user"));

        futureVisits.textProperty().bind(viewModel.futureVisitsProperty());
        futureVisits.visibleProperty().bind(viewModel.futureVisitsProperty().isNotEmpty());
        futureVisits.managedProperty().bind(futureVisits.visibleProperty());
        deactivate.textProperty().bind(Bindings.createStringBinding(() -> viewModel.editingProperty().get() == null
                || viewModel.editingProperty().get().provider().isActive() ? "Deactivate" : "Reactivate", viewModel.editingProperty()));
        deactivate.visibleProperty().bind(viewModel.editingProperty().isNotNull());
        deactivate.managedProperty().bind(deactivate.visibleProperty());
        deactivate.disableProperty().bind(viewModel.busyProperty());
        save.disableProperty().bind(viewModel.busyProperty());
        Banner.bind(done, Banner.Kind.DONE, viewModel.doneProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
        viewModel.editingProperty().addListener((obs, old, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getItems().stream().filter(e -> e.provider().id().equals(now.provider().id())).findFirst()
                        .ifPresent(e -> list.getSelectionModel().select(e));
            }
        });

        boolean canManage = viewModel.canManage();
        add.setDisable(!canManage);
        save.setVisible(canManage);
        viewModel.startNew();
        recolor();
        viewModel.load();
    }

    /** One button per palette colour; the one the colour field holds is marked chosen. */
    private void buildPalette() {
        List<ProviderColor.Named> colors = ProviderColor.PALETTE;
        for (int i = 0; i < colors.size(); i++) {
            ProviderColor.Named named = colors.get(i);
            Button button = new Button();
            button.setId("provider-palette-" + named.name().toLowerCase(Locale.ROOT));
            button.getStyleClass().addAll("palette-color", "palette-" + i);
            button.setTooltip(new Tooltip(named.name() + " " + named.color().hex()));
            button.setAccessibleText(named.name());
            BooleanBinding chosen = Bindings.createBooleanBinding(
                    () -> ProviderColor.typed(viewModel.colorProperty().get()).filter(named.color()::equals).isPresent(),
                    viewModel.colorProperty());
            button.pseudoClassStateChanged(CHOSEN, chosen.get());
            chosen.addListener((obs, was, now) -> button.pseudoClassStateChanged(CHOSEN, now));
            button.textProperty().bind(Bindings.when(chosen).then("✓").otherwise(""));
            button.setOnAction(e -> viewModel.choose(named.color()));
            palette.getChildren().add(button);
        }
    }

    /** The colours of the palette, of the listed providers and of the typed colour (grey until it is one). */
    private void recolor() {
        Map<String, ProviderColor> colors = new LinkedHashMap<>();
        for (int i = 0; i < ProviderColor.PALETTE.size(); i++) {
            colors.put("palette-" + i, ProviderColor.PALETTE.get(i).color());
        }
        List<ProviderRoster.Entry> entries = viewModel.providers();
        for (int i = 0; i < entries.size(); i++) {
            colors.put("listed-" + i, ProviderColor.of(entries.get(i).provider()));
        }
        colors.put(TYPED, ProviderColor.typed(viewModel.colorProperty().get()).orElse(ProviderColor.NONE));
        ProviderColors.apply(content, colors);
    }

    /** A provider on the list: colour, name, specialty and e-mail, and "Deactivated" when so. */
    private final class ProviderCell extends ListCell<ProviderRoster.Entry> {
        @Override
        protected void updateItem(ProviderRoster.Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            Region swatch = new Region();
            swatch.getStyleClass().addAll("provider-swatch", "listed-" + getIndex());
            Label providerName = new Label(entry.provider().name());
            providerName.getStyleClass().add("provider-name");
            String details = String.join(" · ", Stream.of(entry.provider().specialty(), entry.provider().email())
                    .filter(Objects::nonNull).toList());
            Label more = new Label(details);
            more.getStyleClass().add("provider-details");
            HBox row = new HBox(swatch, providerName, more);
            row.getStyleClass().add("provider-row");
            if (!entry.provider().isActive()) {
                Label state = new Label("Deactivated");
                state.getStyleClass().add("provider-state");
                row.getChildren().add(state);
                row.getStyleClass().add("inactive");
            }
            setAccessibleText(entry.provider().name() + (entry.provider().isActive() ? "" : ", deactivated"));
            setGraphic(row);
        }
    }

    @FXML
    private void add() {
        viewModel.startNew();
        name.requestFocus();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void toggleActive() {
        viewModel.toggleActive();
    }
}
