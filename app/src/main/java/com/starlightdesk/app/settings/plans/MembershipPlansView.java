package com.starlightdesk.app.settings.plans;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.EmptyState;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.data.domain.MembershipPlan;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Membership plans page of Settings: binds to {@link MembershipPlansViewModel} and delegates its buttons. */
public final class MembershipPlansView {
    private final MembershipPlansViewModel viewModel;

    @FXML private ListView<MembershipPlan> list;
    @FXML private VBox form;
    @FXML private Label formTitle;
    @FXML private TextField name;
    @FXML private Label nameError;
    @FXML private TextField ageMin;
    @FXML private Label ageMinError;
    @FXML private TextField ageMax;
    @FXML private Label ageMaxError;
    @FXML private TextField fee;
    @FXML private Label feeError;
    @FXML private Button save;
    @FXML private Button deactivate;
    @FXML private Message done;
    @FXML private Message warning;
    @FXML private Message failure;

    public MembershipPlansView(MembershipPlansViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        list.setItems(viewModel.plans());
        list.setCellFactory(view -> new PlanCell());
        list.setPlaceholder(emptyState());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, plan) -> {
            MembershipPlan editing = viewModel.chosenProperty().get();
            if (plan != null && (editing == null || !editing.id().equals(plan.id()))) {
                viewModel.edit(plan);
            }
        });
        viewModel.chosenProperty().addListener((obs, old, plan) -> {
            if (plan == null) {
                list.getSelectionModel().clearSelection();
            } else if (plan != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(plan);
            }
        });
        form.visibleProperty().bind(viewModel.formOpenProperty());
        form.managedProperty().bind(form.visibleProperty());
        formTitle.textProperty().bind(viewModel.formTitle());
        FieldError.bind(name, viewModel.nameProperty(), nameError, viewModel.errors().of("name"));
        FieldError.bind(ageMin, viewModel.ageMinProperty(), ageMinError, viewModel.errors().of("ageMin"));
        FieldError.bind(ageMax, viewModel.ageMaxProperty(), ageMaxError, viewModel.errors().of("ageMax"));
        FieldError.bind(fee, viewModel.feeProperty(), feeError, viewModel.errors().of("fee"));
        deactivate.textProperty().bind(viewModel.activationAction());
        save.disableProperty().bind(viewModel.busyProperty());
        deactivate.disableProperty().bind(viewModel.chosenProperty().isNull().or(viewModel.busyProperty()));
        Banner.bind(done, Banner.Kind.DONE, viewModel.doneProperty());
        Banner.bind(warning, Banner.Kind.WARNING, viewModel.warningProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());
        viewModel.load();
    }

    /** What the list shows while the practice has no plan: what a plan is, and the way to add the first. */
    private EmptyState emptyState() {
        EmptyState empty = new EmptyState("", "No membership plans yet.", "Add your first plan — e.g. Infant 0–1 years, $99/month.");
        empty.setId("plans-empty");
        empty.addAction("plan-add-first", "Add your first plan", this::add);
        empty.visibleProperty().bind(viewModel.emptyProperty());
        return empty;
    }

    @FXML
    private void add() {
        viewModel.add();
        name.requestFocus();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void changeActivation() {
        viewModel.changeActivation();
    }

    /** A plan in the list: its name, then its age band and monthly fee, and "inactive" when deactivated. */
    private static final class PlanCell extends ListCell<MembershipPlan> {
        private final Label planName = new Label();
        private final Label details = new Label();
        private final Label state = new Label("inactive");
        private final HBox row = new HBox(planName, details, state);

        PlanCell() {
            row.getStyleClass().add("plan-row");
            planName.getStyleClass().add("plan-name");
            details.getStyleClass().add("plan-details");
            state.getStyleClass().add("plan-state");
        }

        @Override
        protected void updateItem(MembershipPlan plan, boolean empty) {
            super.updateItem(plan, empty);
            if (empty || plan == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            planName.setText(plan.name());
            details.setText(MembershipPlansViewModel.describe(plan));
            state.setVisible(!plan.isActive());
            state.setManaged(!plan.isActive());
            row.getStyleClass().remove("inactive");
            if (!plan.isActive()) {
                row.getStyleClass().add("inactive");
            }
            setText(null);
            setGraphic(row);
            setAccessibleText(plan.name() + ", " + MembershipPlansViewModel.describe(plan) + (plan.isActive() ? "" : ", inactive"));
        }
    }
}
