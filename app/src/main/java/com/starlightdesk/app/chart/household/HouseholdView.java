package com.starlightdesk.app.chart.household;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.parts.PatientPicker;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The chart's Household section: lists the household's children from {@link HouseholdViewModel} (a tick each
 * for who the shared contact goes to, age, status, what of theirs differs, Open chart), binds the shared
 * contact and the link search, and delegates Add a sibling, Apply and Undo changes.
 */
public final class HouseholdView {
    private final HouseholdViewModel viewModel;

    @FXML private StackPane root;
    @FXML private Label summary;
    @FXML private VBox memberList;
    @FXML private Label siblingsError;
    @FXML private Button addSibling;
    @FXML private PatientPicker link;
    @FXML private Label linkError;
    @FXML private TextField guardian;
    @FXML private Label guardianError;
    @FXML private TextField phone;
    @FXML private Label phoneError;
    @FXML private TextField line1;
    @FXML private Label line1Error;
    @FXML private TextField line2;
    @FXML private Label line2Error;
    @FXML private TextField city;
    @FXML private Label cityError;
    @FXML private TextField state;
    @FXML private Label stateError;
    @FXML private TextField zip;
    @FXML private Label zipError;
    @FXML private Message done;
    @FXML private Message failure;
    @FXML private Button apply;
    @FXML private Button revert;

    public HouseholdView(HouseholdViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        FieldErrors errors = viewModel.errors();
        summary.textProperty().bind(viewModel.summaryProperty());
        FieldError.show(siblingsError, errors.of("siblings"));
        link.bind(viewModel.linkPicker());
        FieldError.show(link, linkError, errors.of("link"));
        FieldError.bind(guardian, viewModel.guardianProperty(), guardianError, errors.of("guardian"));
        FieldError.bind(phone, viewModel.phoneProperty(), phoneError, errors.of("phone"));
        FieldError.bind(line1, viewModel.line1Property(), line1Error, errors.of("line1"));
        FieldError.bind(line2, viewModel.line2Property(), line2Error, errors.of("line2"));
        FieldError.bind(city, viewModel.cityProperty(), cityError, errors.of("city"));
        FieldError.bind(state, viewModel.stateProperty(), stateError, errors.of("state"));
        FieldError.bind(zip, viewModel.zipProperty(), zipError, errors.of("zip"));
        Banner.bind(done, Banner.Kind.DONE, viewModel.doneProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
        apply.disableProperty().bind(viewModel.busyProperty());
        addSibling.disableProperty().bind(viewModel.busyProperty());
        revert.disableProperty().bind(viewModel.editedProperty().not().or(viewModel.busyProperty()));
        viewModel.members().addListener((ListChangeListener<HouseholdViewModel.Member>) change -> showMembers());
        showMembers();
    }

    private void showMembers() {
        memberList.getChildren().setAll(viewModel.members().stream().map(this::row).toList());
    }

    private Node row(HouseholdViewModel.Member member) {
        int index = viewModel.members().indexOf(member);
        CheckBox chosen = new CheckBox(member.name());
        chosen.setId("household-choose-" + index);
        chosen.getStyleClass().add("household-member-name");
        chosen.selectedProperty().bindBidirectional(member.chosenProperty());
        Label age = new Label(member.age());
        age.getStyleClass().add("household-member-age");
        Label status = new Label(member.status());
        status.getStyleClass().add("household-member-status");
        Label differs = new Label(viewModel.differences(member));
        differs.getStyleClass().add("household-member-differs");
        differs.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(chosen, age, status, differs, gap);
        if (member.isOpenChart()) {
            Label here = new Label("This chart");
            here.getStyleClass().add("text-muted");
            row.getChildren().add(here);
        } else {
            Button open = new Button("Open chart");
            open.setId("household-open-" + index);
            open.getStyleClass().add("flat");
            open.setMinWidth(Region.USE_PREF_SIZE);
            open.setOnAction(e -> viewModel.open(member));
            row.getChildren().add(open);
        }
        row.getStyleClass().add("household-member");
        return row;
    }

    @FXML
    private void addSibling() {
        viewModel.addSibling();
    }

    @FXML
    private void apply() {
        viewModel.apply();
    }

    @FXML
    private void revert() {
        viewModel.revert();
    }
}
