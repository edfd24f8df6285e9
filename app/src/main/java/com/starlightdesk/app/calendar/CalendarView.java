package com.starlightdesk.app.calendar;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.chart.notes.NotesViewModel;
import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.ChoiceLabels;
import com.starlightdesk.app.parts.EmptyState;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.app.parts.PatientPicker;
import com.starlightdesk.app.parts.ProviderColors;
import com.starlightdesk.app.parts.VisitTypeMarks;
import com.starlightdesk.app.setup.SetupChecklistViewModel;
import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.Provider;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The calendar screen: binds the toolbar, grids and booking form to {@link CalendarViewModel}; a new
 * practice's setup checklist ({@link SetupChecklistViewModel}) shows over the grid, and its "Setup: 2 of 5"
 * link in the toolbar once hidden.
 */
public final class CalendarView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US);

    private final CalendarViewModel viewModel;
    private final NotesViewModel notes;
    private final SetupChecklistViewModel setup;
    private final CalendarEmptyViewModel empty;
    private final OpenChart chart;
    private WeekGrid weekGrid;
    private MonthGrid monthGrid;

    @FXML private BorderPane root;
    @FXML private Label title;
    @FXML private Hyperlink setupLink;
    @FXML private ToggleButton dayMode;
    @FXML private ToggleButton weekMode;
    @FXML private ToggleButton monthMode;
    @FXML private Button newAppointment;
    @FXML private HBox providerFilter;
    @FXML private HBox warningBanner;
    @FXML private Label warning;
    @FXML private Message failure;
    @FXML private StackPane gridHost;

    @FXML private javafx.scene.control.ScrollPane bookingScroll;
    @FXML private Label bookingTitle;
    @FXML private PatientPicker patientSearch;
    @FXML private Label chosenPatient;
    @FXML private Label patientError;
    @FXML private ComboBox<Provider> provider;
    @FXML private Label providerError;
    @FXML private ComboBox<AppointmentType> type;
    @FXML private DatePicker date;
    @FXML private ComboBox<LocalTime> start;
    @FXML private Label startError;
    @FXML private ComboBox<LocalTime> end;
    @FXML private Label endError;
    @FXML private TextField chiefComplaint;
    @FXML private Label chiefComplaintError;
    @FXML private VBox statusBox;
    @FXML private ComboBox<AppointmentStatus> status;
    @FXML private Message bookingWarning;
    @FXML private Button saveBooking;
    @FXML private Button visitNote;
    @FXML private Button openChart;
    @FXML private EmptyState emptyCalendar;

    public CalendarView(CalendarViewModel viewModel, SetupChecklistViewModel setup, CalendarEmptyViewModel empty,
            NotesViewModel notes, OpenChart chart) {
        this.viewModel = viewModel;
        this.notes = notes;
        this.setup = setup;
        this.empty = empty;
        this.chart = chart;
    }

    @FXML
    private void initialize() {
        weekGrid = new WeekGrid(viewModel);
        monthGrid = new MonthGrid(viewModel);
        title.textProperty().bind(viewModel.titleProperty());
        ToggleGroup modes = new ToggleGroup();
        bindMode(dayMode, CalendarMode.DAY, modes);
        bindMode(weekMode, CalendarMode.WEEK, modes);
        bindMode(monthMode, CalendarMode.MONTH, modes);
        newAppointment.setVisible(viewModel.canSchedule());
        newAppointment.setManaged(viewModel.canSchedule());
        setupLink.textProperty().bind(setup.linkTextProperty());
        setupLink.visibleProperty().bind(setup.linkShownProperty());
        setupLink.managedProperty().bind(setupLink.visibleProperty());
        CalendarEmptyView.bind(emptyCalendar, empty, setup.cardShownProperty());

        warning.textProperty().bind(viewModel.warningProperty());
        warningBanner.visibleProperty().bind(viewModel.warningProperty().isNotEmpty());
        warningBanner.managedProperty().bind(warningBanner.visibleProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.failureProperty());

        viewModel.providers().addListener((ListChangeListener<ProviderChoice>) c -> {
            buildProviderFilter();
            redraw(); // the day view's columns, and a first provider's grid in a practice with no visit yet
        });
        viewModel.visits().addListener((ListChangeListener<CalendarVisit>) c -> redraw());
        // Another range with no visit either changes no visit: draw its days all the same.
        viewModel.rangeProperty().addListener((obs, old, now) -> {
            if (viewModel.visits().isEmpty()) {
                redraw();
            }
        });
        viewModel.modeProperty().addListener((obs, old, now) -> redraw());
        viewModel.hoursProperty().addListener((obs, old, now) -> redraw());
        bindBooking();

        root.addEventHandler(KeyEvent.KEY_PRESSED, this::shortcut);
        root.setFocusTraversable(true);
        root.setOnMouseClicked(e -> {
            if (!(e.getTarget() instanceof TextInputControl)) {
                root.requestFocus();
            }
        });
        if (!viewModel.providers().isEmpty()) {
            buildProviderFilter();
        }
        redraw();
        viewModel.start(); // usually started already, when the session opened
    }

    private void bindMode(ToggleButton button, CalendarMode mode, ToggleGroup group) {
        button.setToggleGroup(group);
        button.setSelected(viewModel.modeProperty().get() == mode);
        button.setOnAction(e -> {
            button.setSelected(true);
            viewModel.modeProperty().set(mode);
        });
        viewModel.modeProperty().addListener((obs, old, now) -> button.setSelected(now == mode));
    }

    private void buildProviderFilter() {
        List<javafx.scene.Node> boxes = new ArrayList<>();
        Label label = new Label("Providers:");
        label.getStyleClass().add("text-muted");
        boxes.add(label);
        for (ProviderChoice choice : viewModel.providers()) {
            CheckBox box = new CheckBox(choice.provider().name());
            box.selectedProperty().bindBidirectional(choice.shownProperty());
            Region swatch = new Region();
            swatch.getStyleClass().add("provider-swatch");
            swatch.getStyleClass().add(choice.styleClass());
            box.setGraphic(swatch);
            box.getStyleClass().add("provider-choice");
            boxes.add(box);
        }
        Hyperlink all = new Hyperlink("Show all");
        all.setId("providers-show-all");
        all.setOnAction(e -> viewModel.showAllProviders());
        all.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.providers().stream().anyMatch(c -> !c.shownProperty().get()),
                viewModel.providers().stream().map(ProviderChoice::shownProperty).toArray(Observable[]::new)));
        all.managedProperty().bind(all.visibleProperty());
        boxes.add(all);
        providerFilter.getChildren().setAll(boxes);
        ProviderColors.apply(root, ProviderChoice.colors(viewModel.everyProvider()));
    }

    private void redraw() {
        CalendarRange range = viewModel.rangeProperty().get();
        if (range == null) {
            return;
        }
        if (viewModel.modeProperty().get() == CalendarMode.MONTH) {
            monthGrid.show(range.days(), viewModel.anchorProperty().get(), viewModel.visits());
            gridHost.getChildren().setAll(monthGrid);
        } else {
            weekGrid.show(range.days(), viewModel.columnProviders(), viewModel.visits());
            gridHost.getChildren().setAll(weekGrid);
        }
    }

    private void shortcut(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        if (e.getTarget() instanceof ComboBox<?> || e.getTarget() instanceof DatePicker) {
            return;
        }
        switch (e.getCode()) {
            case T -> viewModel.showToday();
            case LEFT, PAGE_UP -> viewModel.previous();
            case RIGHT, PAGE_DOWN -> viewModel.next();
            case N -> viewModel.bookNext();
            case ESCAPE -> viewModel.booking().close();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void bindBooking() {
        BookingForm form = viewModel.booking();
        // The form joins the scene only when opened: its pickers and lists cost nothing until then.
        root.setRight(null);
        form.openProperty().addListener((obs, was, open) -> root.setRight(open ? bookingScroll : null));
        bookingTitle.textProperty().bind(form.titleProperty());
        patientSearch.bind(form.patientPicker());
        patientSearch.setOnDismiss(form::close); // Escape in the empty field closes the form, as elsewhere in it
        chosenPatient.textProperty().bind(Bindings.createStringBinding(() -> form.patientProperty().get() == null
                ? "No patient chosen" : form.patientProperty().get().displayName()
                        + " · born " + BIRTH.format(form.patientProperty().get().dateOfBirth()), form.patientProperty()));
        FieldError.show(patientError, form.errors().of("patient"));

        provider.itemsProperty().bind(Bindings.createObjectBinding(() -> javafx.collections.FXCollections.observableArrayList(
                viewModel.providers().stream().map(ProviderChoice::provider).toList()), viewModel.providers()));
        provider.valueProperty().bindBidirectional(form.providerProperty());
        provider.setConverter(ChoiceLabels.of(p -> p == null ? "" : p.name()));
        FieldError.show(provider, providerError, form.errors().of("provider"));

        type.getItems().setAll(BookingForm.types());
        type.valueProperty().bindBidirectional(form.typeProperty());
        type.setConverter(ChoiceLabels.of(t -> t == null ? "" : ChoiceLabels.ofCode(t.code())));
        type.setCellFactory(list -> new TypeCell());
        type.setButtonCell(new TypeCell());
        VisitTypeMarks.apply(gridHost, viewModel.visitTypesProperty().get());
        viewModel.visitTypesProperty().addListener((obs, old, now) -> {
            VisitTypeMarks.apply(gridHost, now);
            type.setButtonCell(new TypeCell());
        });
        date.valueProperty().bindBidirectional(form.dateProperty());

        List<LocalTime> times = new ArrayList<>();
        for (int m = 6 * 60; m <= 21 * 60; m += CalendarViewModel.SNAP_MINUTES) {
            times.add(LocalTime.of(m / 60, m % 60));
        }
        start.getItems().setAll(times);
        end.getItems().setAll(times);
        start.setConverter(ChoiceLabels.of(t -> t == null ? "" : TIME.format(t)));
        end.setConverter(ChoiceLabels.of(t -> t == null ? "" : TIME.format(t)));
        start.valueProperty().bindBidirectional(form.startProperty());
        end.valueProperty().bindBidirectional(form.endProperty());
        FieldError.show(start, startError, form.errors().of("start"));
        FieldError.show(end, endError, form.errors().of("end"));
        FieldError.bind(chiefComplaint, form.chiefComplaintProperty(), chiefComplaintError, form.errors().of("chiefComplaint"));

        status.setConverter(ChoiceLabels.of(s -> s == null ? "" : VisitStatusFlow.label(s)));
        form.openProperty().addListener((obs, was, open) -> {
            if (open) {
                AppointmentStatus current = form.statusProperty().get();
                List<AppointmentStatus> choices = new ArrayList<>();
                choices.add(current);
                choices.addAll(VisitStatusFlow.next(current));
                status.getItems().setAll(choices);
                status.setValue(current);
                statusBox.setVisible(!form.isNew());
                statusBox.setManaged(!form.isNew());
                openChart.setVisible(!form.isNew());
                openChart.setManaged(!form.isNew());
                if (form.isNew()) {
                    patientSearch.requestFocus();
                }
            }
        });
        status.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                form.statusProperty().set(now);
            }
        });
        Banner.bind(bookingWarning, Banner.Kind.WARNING, form.warningProperty());
        saveBooking.setDisable(!viewModel.canSchedule());
        visitNote.visibleProperty().bind(form.openProperty().and(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> notes.canChart() && form.editingVisit() != null, form.openProperty())));
        visitNote.managedProperty().bind(visitNote.visibleProperty());
    }

    /** A visit type on the booking form's chooser: its colour, then its name. */
    private final class TypeCell extends ListCell<AppointmentType> {
        @Override
        protected void updateItem(AppointmentType item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Region swatch = new Region();
            swatch.getStyleClass().add("visit-type-swatch");
            swatch.setStyle(VisitTypeMarks.fill(viewModel.visitTypesProperty().get().of(item).colour()));
            setGraphic(swatch);
            setText(ChoiceLabels.ofCode(item.code()));
        }
    }

    @FXML
    private void today() {
        viewModel.showToday();
    }

    @FXML
    private void previous() {
        viewModel.previous();
    }

    @FXML
    private void next() {
        viewModel.next();
    }

    @FXML
    private void newAppointment() {
        viewModel.bookNext();
    }

    @FXML
    private void saveBooking() {
        viewModel.saveBooking();
    }

    /** The visit's patient's chart, at its front page (the shell shows Patients). */
    @FXML
    private void openChart() {
        var patient = viewModel.booking().patientProperty().get();
        if (patient != null) {
            viewModel.booking().close();
            chart.open(patient.id());
        }
    }

    @FXML
    private void closeBooking() {
        viewModel.booking().close();
    }

    /** Opens the visit's note in the patient's chart (started from the template that suits the visit if it had none). */
    @FXML
    private void openVisitNote() {
        Appointment visit = viewModel.booking().editingVisit();
        if (visit != null) {
            viewModel.booking().close();
            notes.openVisit(visit.patientId(), visit.id());
        }
    }

    @FXML
    private void reopenSetup() {
        setupLink.setVisited(false); // it stays a link, in the link's colour, for the next time
        setup.reopen();
    }

    @FXML
    private void dismissWarning() {
        viewModel.dismissWarning();
    }
}
