package com.starlightdesk.app.settings.practice;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.CardLayer;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.data.domain.Letterhead;
import com.starlightdesk.data.domain.PracticeLogo;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Settings, Practice: binds the profile form, the letterhead preview and the time-zone card to {@link PracticeViewModel}. */
public final class PracticeView {
    private final PracticeViewModel viewModel;
    private final CardLayer cards = new CardLayer("practice-cards");

    @FXML private StackPane root;
    @FXML private VBox form;
    @FXML private TextField name;
    @FXML private Label nameError;
    @FXML private TextField legalName;
    @FXML private Label legalNameError;
    @FXML private TextField street;
    @FXML private Label streetError;
    @FXML private TextField city;
    @FXML private Label cityError;
    @FXML private TextField state;
    @FXML private Label stateError;
    @FXML private TextField zip;
    @FXML private Label zipError;
    @FXML private TextField phone;
    @FXML private Label phoneError;
    @FXML private TextField fax;
    @FXML private Label faxError;
    @FXML private TextField taxId;
    @FXML private Label taxIdError;
    @FXML private TextField npi;
    @FXML private Label npiError;
    @FXML private ImageView logoPreview;
    @FXML private Label noLogo;
    @FXML private Button chooseLogo;
    @FXML private Button removeLogo;
    @FXML private Label logoError;
    @FXML private ComboBox<String> timeZone;
    @FXML private Label timeZoneError;
    @FXML private Button save;
    @FXML private Message done;
    @FXML private Message failure;
    @FXML private ImageView letterheadLogo;
    @FXML private VBox letterheadText;
    @FXML private Label letterheadTitle;
    @FXML private VBox zoneCard;
    @FXML private Label zoneCardTitle;
    @FXML private Label zoneCardText;
    @FXML private Button keepZone;

    public PracticeView(PracticeViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        FieldError.bind(name, viewModel.nameProperty(), nameError, viewModel.errors().of("name"));
        FieldError.bind(legalName, viewModel.legalNameProperty(), legalNameError, viewModel.errors().of("legalName"));
        FieldError.bind(street, viewModel.streetProperty(), streetError, viewModel.errors().of("street"));
        FieldError.bind(city, viewModel.cityProperty(), cityError, viewModel.errors().of("city"));
        FieldError.bind(state, viewModel.stateProperty(), stateError, viewModel.errors().of("state"));
        FieldError.bind(zip, viewModel.zipProperty(), zipError, viewModel.errors().of("zip"));
        FieldError.bind(phone, viewModel.phoneProperty(), phoneError, viewModel.errors().of("phone"));
        FieldError.bind(fax, viewModel.faxProperty(), faxError, viewModel.errors().of("fax"));
        FieldError.bind(taxId, viewModel.taxIdProperty(), taxIdError, viewModel.errors().of("taxId"));
        FieldError.bind(npi, viewModel.npiProperty(), npiError, viewModel.errors().of("npi"));
        FieldError.show(chooseLogo, logoError, viewModel.errors().of("logo"));
        timeZone.setItems(viewModel.zones());
        timeZone.valueProperty().bindBidirectional(viewModel.timeZoneProperty());
        FieldError.show(timeZone, timeZoneError, viewModel.errors().of("timeZone"));

        logoPreview.imageProperty().bind(Bindings.createObjectBinding(() -> image(viewModel.logoProperty().get()), viewModel.logoProperty()));
        noLogo.visibleProperty().bind(viewModel.logoProperty().isNull());
        removeLogo.disableProperty().bind(viewModel.logoProperty().isNull());
        viewModel.letterheadProperty().addListener((obs, old, now) -> showLetterhead(now));
        showLetterhead(viewModel.letterheadProperty().get());

        Banner.bind(done, Banner.Kind.DONE, viewModel.doneProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
        save.disableProperty().bind(viewModel.busyProperty());
        boolean canManage = viewModel.canManage();
        form.getChildren().stream().filter(n -> n != done && n != failure).forEach(n -> n.setDisable(!canManage));
        save.setVisible(canManage);

        root.getChildren().add(cards.node());
        cards.setOnEscape(viewModel::keepZone);
        viewModel.zoneChangeProperty().addListener((obs, old, change) -> {
            if (change == null) {
                cards.close();
                return;
            }
            zoneCardTitle.setText(change.title());
            zoneCardText.setText(change.text());
            keepZone.setText("Keep " + change.from().getId());
            cards.show(zoneCard);
            keepZone.requestFocus();
        });
        viewModel.load();
    }

    private void showLetterhead(Letterhead header) {
        if (header == null) {
            return;
        }
        letterheadTitle.setText(header.title());
        letterheadLogo.setImage(header.logo().map(PracticeView::image).orElse(null));
        letterheadLogo.setVisible(header.logo().isPresent());
        letterheadLogo.setManaged(header.logo().isPresent());
        List<Label> lines = header.lines().stream().map(line -> {
            Label label = new Label(line);
            label.getStyleClass().add("letterhead-line");
            return label;
        }).toList();
        letterheadText.getChildren().setAll(letterheadTitle);
        letterheadText.getChildren().addAll(lines);
    }

    private static Image image(PracticeLogo logo) {
        return logo == null ? null : new Image(new ByteArrayInputStream(logo.bytes()));
    }

    @FXML
    private void chooseLogo() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose the practice's logo");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG or JPEG pictures", "*.png", "*.jpg", "*.jpeg"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            viewModel.chooseLogo(file.toPath());
        }
    }

    @FXML
    private void removeLogo() {
        viewModel.removeLogo();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void confirmZoneChange() {
        viewModel.confirmZoneChange();
    }

    @FXML
    private void keepZone() {
        viewModel.keepZone();
    }
}
