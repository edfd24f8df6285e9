package com.starlightdesk.app.shell;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.billing.BillingPlace;
import com.starlightdesk.app.billing.BillingView;
import com.starlightdesk.app.calendar.CalendarView;
import com.starlightdesk.app.calendar.CalendarViewModel;
import com.starlightdesk.app.conflicts.ConflictsViewModel;
import com.starlightdesk.app.contacts.ContactsView;
import com.starlightdesk.app.crm.PipelineView;
import com.starlightdesk.app.desktop.ScreenLoader;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.PatientPicker;
import com.starlightdesk.app.password.OwnPasswordViewModel;
import com.starlightdesk.app.patients.NewPatientViewModel;
import com.starlightdesk.app.patients.PatientsView;
import com.starlightdesk.app.reports.ReportsView;
import com.starlightdesk.app.settings.SettingsView;
import com.starlightdesk.app.tasks.MyTasks;
import com.starlightdesk.app.tasks.TasksView;
import com.starlightdesk.schema.Release;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.Event;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The shell: navigation, search ({@link ShellSearch}), user, lock and sync indicator ({@link SyncIndicator})
 * around the current place. Its cards (the Conflicts screen, the own-password form, the lock screen) are
 * {@link ShellDialogs}. The focus
 * starts on the current place (the calendar, whose keyboard shortcuts then work), never on the
 * patient search, which Ctrl+K reaches.
 */
public final class ShellView {
    private final ShellViewModel viewModel;
    private final ScreenLoader screens;
    private final OwnPasswordViewModel ownPassword;
    private final ConflictsViewModel conflicts;
    private final NewPatientViewModel newPatient;
    private final MyTasks myTasks;
    private final Map<Section, Node> places = new EnumMap<>(Section.class);
    private Timeline ticker;
    private ShellDialogs dialogs;

    @FXML private StackPane root;
    @FXML private BorderPane main;
    @FXML private VBox navigation;
    @FXML private PatientPicker search;
    @FXML private Label practiceName;
    @FXML private Label userName;
    @FXML private Label syncStatus;
    @FXML private Button myTasksButton;
    @FXML private MenuItem syncDetailItem;
    @FXML private MenuItem syncConflictsItem;
    @FXML private MenuItem syncNowItem;
    @FXML private StackPane workspace;
    @FXML private StackPane content;
    @FXML private VBox lockCard;
    @FXML private Label lockedUser;
    @FXML private PasswordField unlockPassword;
    @FXML private Button unlockButton;
    @FXML private Message unlockFailure;

    public ShellView(ShellViewModel viewModel, ScreenLoader screens, OwnPasswordViewModel ownPassword, ConflictsViewModel conflicts,
            NewPatientViewModel newPatient, CalendarViewModel calendar, BillingPlace billing, MyTasks myTasks) {
        this.viewModel = viewModel;
        this.screens = screens;
        this.ownPassword = ownPassword;
        this.conflicts = conflicts;
        this.newPatient = newPatient;
        this.myTasks = myTasks;
        // Another screen opened the booking form (the recall list's Book visit): the calendar shows it.
        calendar.addBookingListener(() -> viewModel.show(Section.CALENDAR));
        // Another screen opened Billing at a page: Billing shows it (for those who may see Billing).
        billing.addOpenListener(() -> viewModel.show(Section.BILLING));
        // My tasks in the top bar opens Tasks narrowed to the signed-in user's.
        myTasks.addOpenListener(() -> viewModel.show(Section.TASKS));
    }

    @FXML
    private void initialize() {
        practiceName.setText(viewModel.practiceName());
        userName.setText(viewModel.userName() + " · " + viewModel.roleLabel());
        lockedUser.setText(viewModel.userName() + ", type your password to continue.");
        buildNavigation();
        myTasksButton.textProperty().bind(myTasks.labelProperty());
        myTasksButton.setOnAction(e -> myTasks.open());
        dialogs = new ShellDialogs(viewModel, screens, ownPassword, conflicts, newPatient, workspace, root, lockCard, unlockPassword,
                () -> places.get(viewModel.sectionProperty().get()), this::focusPlace);
        ShellSearch.bind(search, viewModel.search(), root, viewModel.lockedProperty(), this::focusPlace);
        SyncIndicatorViewModel sync = viewModel.syncIndicator();
        SyncIndicator.bind(sync, syncStatus, syncDetailItem, syncConflictsItem, syncNowItem, dialogs::openConflicts);
        conflicts.settledStatusProperty().addListener((obs, old, status) -> sync.show(status));
        sync.conflictsProperty().addListener((obs, old, open) -> conflicts.countChanged(open.longValue()));

        main.visibleProperty().bind(viewModel.lockedProperty().not());
        unlockPassword.textProperty().bindBidirectional(viewModel.unlockPasswordProperty());
        unlockButton.disableProperty().bind(viewModel.unlockingProperty());
        Banner.bind(unlockFailure, Banner.Kind.FAILURE, viewModel.unlockFailureProperty());

        root.addEventFilter(InputEvent.ANY, this::userActive);
        ticker = new Timeline(new KeyFrame(Duration.seconds(5), e -> {
            viewModel.checkIdle();
            sync.refresh();
        }));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                ticker.stop();
            }
        });
        sync.start();
        viewModel.sectionProperty().addListener((obs, old, section) -> {
            show(section);
            focusPlace();
        });
        show(viewModel.sectionProperty().get());
        focusPlace(); // once the shell is in the window: the scene would otherwise focus the search field
    }

    /** Puts the focus on the current place once it is in the window (its own shortcuts then work). */
    private void focusPlace() {
        Node place = places.get(viewModel.sectionProperty().get());
        if (place == null) {
            return;
        }
        if (place.getScene() != null) {
            place.requestFocus();
            return;
        }
        place.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene != null) {
                    place.sceneProperty().removeListener(this);
                    if (places.get(viewModel.sectionProperty().get()) == place && !viewModel.lockedProperty().get()) {
                        place.requestFocus();
                    }
                }
            }
        });
    }

    private void userActive(Event event) {
        viewModel.userActive();
    }

    private void buildNavigation() {
        ToggleGroup group = new ToggleGroup();
        for (Section section : viewModel.sections()) {
            ToggleButton button = new ToggleButton(section.label());
            button.setId("nav-" + section.name().toLowerCase(Locale.ROOT));
            button.getStyleClass().add("nav-item");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(group);
            button.setSelected(section == viewModel.sectionProperty().get());
            button.setOnAction(e -> {
                button.setSelected(true);
                viewModel.sectionProperty().set(section);
            });
            viewModel.sectionProperty().addListener((obs, old, now) -> button.setSelected(now == section));
            navigation.getChildren().add(button);
        }
    }

    private void show(Section section) {
        Node place = places.computeIfAbsent(section, this::build);
        content.getChildren().setAll(place);
    }

    private Node build(Section section) {
        return switch (section) {
            case CALENDAR -> screens.load(CalendarView.class);
            case PATIENTS -> screens.load(PatientsView.class);
            case SETTINGS -> screens.load(SettingsView.class);
            case REPORTS -> screens.load(ReportsView.class);
            case BILLING -> screens.load(BillingView.class);
            case TASKS -> screens.load(TasksView.class);
            case CRM -> screens.load(PipelineView.class);
            case CONTACTS -> screens.load(ContactsView.class);
        };
    }

    @FXML
    private void lock() {
        viewModel.lock();
    }

    @FXML
    private void changePassword() {
        dialogs.changePassword();
    }

    /** The release this desk runs, for the person who calls support or checks an update took. */
    @FXML
    private void about() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(root.getScene().getWindow());
        about.setTitle("About Starlight Desk");
        about.setHeaderText(Release.name());
        about.setContentText("Practice management for a pediatric direct-primary-care practice.\nJava " + Runtime.version()
                + ". What each release brought is in its CHANGELOG.");
        about.getDialogPane().setId("about-dialog");
        about.show();
    }

    @FXML
    private void unlock() {
        viewModel.unlock();
    }

    @FXML
    private void switchUser() {
        ticker.stop();
        viewModel.switchUser();
    }

    /** The root of the loaded shell (for tests and screenshots). */
    public Parent root() {
        return root;
    }
}
