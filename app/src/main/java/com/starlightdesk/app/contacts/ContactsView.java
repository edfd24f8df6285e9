package com.starlightdesk.app.contacts;

import atlantafx.base.controls.Message;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.ChoiceLabels;
import com.starlightdesk.app.parts.FieldError;
import com.starlightdesk.data.domain.Contact;
import com.starlightdesk.data.domain.PhoneNumber;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import com.starlightdesk.data.domain.ContactType;

/** The Contacts directory: binds the search, the list and the form to {@link ContactsViewModel}; the focus starts on the search. */
public final class ContactsView {
    private final ContactsViewModel viewModel;

    @FXML private HBox root;
    @FXML private TextField search;
    @FXML private Label count;
    @FXML private ListView<Contact> list;
    @FXML private Label heading;
    @FXML private ComboBox<ContactType> type;
    @FXML private TextField name;
    @FXML private Label nameError;
    @FXML private TextField organization;
    @FXML private Label organizationError;
    @FXML private TextField email;
    @FXML private Label emailError;
    @FXML private TextField phone;
    @FXML private Label phoneError;
    @FXML private TextArea notes;
    @FXML private Button save;
    @FXML private Button delete;
    @FXML private HBox confirm;
    @FXML private Label confirmText;
    @FXML private Message done;
    @FXML private Message failure;

    public ContactsView(ContactsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        count.textProperty().bind(viewModel.countProperty());
        list.setItems(viewModel.contacts());
        list.setCellFactory(l -> new ContactCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && !chosen.equals(viewModel.editingProperty().get())) {
                viewModel.edit(chosen);
            }
        });
        heading.textProperty().bind(viewModel.headingProperty());
        type.setItems(FXCollections.observableArrayList(viewModel.types()));
        type.setConverter(ChoiceLabels.of(t -> t == null ? "" : ChoiceLabels.ofCode(t.code())));
        type.valueProperty().bindBidirectional(viewModel.typeProperty());
        FieldError.bind(name, viewModel.nameProperty(), nameError, viewModel.news().errors().of("name"));
        FieldError.bind(organization, viewModel.organizationProperty(), organizationError, viewModel.news().errors().of("organization"));
        FieldError.bind(email, viewModel.emailProperty(), emailError, viewModel.news().errors().of("email"));
        FieldError.bind(phone, viewModel.phoneProperty(), phoneError, viewModel.news().errors().of("phone"));
        notes.textProperty().bindBidirectional(viewModel.notesProperty());
        save.disableProperty().bind(viewModel.news().busyProperty());
        delete.visibleProperty().bind(viewModel.editingProperty().isNotNull().and(viewModel.confirmingDeleteProperty().not()));
        delete.managedProperty().bind(delete.visibleProperty());
        confirm.visibleProperty().bind(viewModel.confirmingDeleteProperty());
        confirm.managedProperty().bind(confirm.visibleProperty());
        confirmText.setText("Delete this contact? It leaves every desk's directory.");
        Banner.bind(done, Banner.Kind.DONE, viewModel.news().doneProperty());
        Banner.bind(failure, Banner.Kind.FAILURE, viewModel.news().failureProperty());
        viewModel.editingProperty().addListener((obs, old, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            }
        });
        root.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                search.requestFocus();
            }
        });
        viewModel.startNew();
        viewModel.load();
    }

    /** A contact on the list: name, organization, kind and phone. */
    private static final class ContactCell extends ListCell<Contact> {
        @Override
        protected void updateItem(Contact contact, boolean isEmpty) {
            super.updateItem(contact, isEmpty);
            setText(null);
            if (isEmpty || contact == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Label who = new Label(contact.name());
            who.getStyleClass().add("contact-name");
            Label details = new Label(String.join(" · ", Stream.of(contact.organization(), ChoiceLabels.ofCode(contact.type().code()),
                    contact.phone() == null ? null : PhoneNumber.display(contact.phone()), contact.email())
                    .filter(Objects::nonNull).toList()));
            details.getStyleClass().add("contact-details");
            setGraphic(new VBox(who, details));
            setAccessibleText(contact.name() + (contact.organization() == null ? "" : ", " + contact.organization()));
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
    private void askDelete() {
        viewModel.askDelete();
    }

    @FXML
    private void delete() {
        viewModel.delete();
    }

    @FXML
    private void keep() {
        viewModel.keep();
    }
}
