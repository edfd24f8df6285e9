package com.starlightdesk.app.contacts;

import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.FormNews;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.Contact;
import com.starlightdesk.data.domain.ContactType;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.PhoneNumber;
import com.starlightdesk.data.domain.ValidationException;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Contacts directory: the practice's referring doctors, insurers, vendors and others, searched by name,
 * organization or phone, with a form to add one or edit the one chosen and a delete that asks first. A bad e-mail or
 * phone is named at its field by the contact's own rules. Reads and writes run through the {@link TaskExecutor}.
 * Confined to the FX thread; needs no toolkit.
 */
public final class ContactsViewModel {
    private final Session session;
    private final TaskExecutor executor;
    private final FormNews news = new FormNews(Map.of());

    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Contact> contacts = FXCollections.observableArrayList();
    private final ObjectProperty<Contact> editing = new SimpleObjectProperty<>();
    private final StringProperty heading = new SimpleStringProperty("New contact");
    private final ObjectProperty<ContactType> type = new SimpleObjectProperty<>(ContactType.REFERRAL_DOCTOR);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty organization = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final BooleanProperty confirmingDelete = new SimpleBooleanProperty(false);
    private final StringProperty count = new SimpleStringProperty("");
    private long reads;

    public ContactsViewModel(Session session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
        search.addListener((obs, old, now) -> load());
        session.changes().addListener(this::load);
    }

    /** Reads the contacts the search finds (all when it is empty). */
    public void load() {
        String typed = search.get();
        long read = ++reads;
        executor.submit(() -> session.data().contacts().search(typed), found -> {
            if (read == reads) {
                contacts.setAll(found);
                count.set(found.size() == 1 ? "1 contact" : found.size() + " contacts");
            }
        }, news::failed);
    }

    /** Empties the form for a new contact. */
    public void startNew() {
        news.clear();
        news.errors().clear();
        confirmingDelete.set(false);
        editing.set(null);
        heading.set("New contact");
        type.set(ContactType.REFERRAL_DOCTOR);
        name.set("");
        organization.set("");
        email.set("");
        phone.set("");
        notes.set("");
    }

    /** Fills the form with {@code contact} to edit it. */
    public void edit(Contact contact) {
        if (contact == null) {
            return;
        }
        news.clear();
        news.errors().clear();
        confirmingDelete.set(false);
        editing.set(contact);
        heading.set("Edit " + contact.name());
        type.set(contact.type());
        name.set(contact.name());
        organization.set(text(contact.organization()));
        email.set(text(contact.email()));
        phone.set(text(contact.phone()));
        notes.set(text(contact.notes()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** Adds the form's contact, or saves the one being edited; a bad field is named and nothing is written. */
    public void save() {
        news.clear();
        news.errors().clear();
        confirmingDelete.set(false);
        Contact open = editing.get();
        Contact candidate;
        try {
            candidate = new Contact(open == null ? Ids.next() : open.id(), type.get(), name.get(), organization.get(), email.get(),
                    PhoneNumber.of("phone", phone.get()), notes.get());
        } catch (ValidationException e) {
            news.failed(e);
            return;
        }
        news.working();
        executor.submit(() -> open == null ? session.data().contacts().add(candidate) : session.data().contacts().edit(candidate),
                saved -> {
                    edit(saved);
                    news.done(open == null ? saved.name() + " is added to the contacts." : "Saved " + saved.name() + ".");
                    session.changes().changed();
                }, news::failed);
    }

    /** Asks whether the contact being edited should be deleted. */
    public void askDelete() {
        if (editing.get() != null) {
            news.clear();
            confirmingDelete.set(true);
        }
    }

    /** Keeps the contact after all. */
    public void keep() {
        confirmingDelete.set(false);
    }

    /** Deletes the contact being edited (asked first). */
    public void delete() {
        Contact open = editing.get();
        if (open == null || !confirmingDelete.get()) {
            return;
        }
        news.working();
        executor.submit(() -> {
            session.data().contacts().delete(open.id());
            return open;
        }, gone -> {
            startNew();
            news.done(gone.name() + " is deleted from the contacts.");
            session.changes().changed();
        }, news::failed);
    }

    public List<ContactType> types() {
        return List.of(ContactType.values());
    }

    public FormNews news() { return news; }
    public StringProperty searchProperty() { return search; }
    public ObservableList<Contact> contacts() { return contacts; }
    /** The contact being edited; null while the form adds one. */
    public ReadOnlyObjectProperty<Contact> editingProperty() { return editing; }
    public ReadOnlyStringProperty headingProperty() { return heading; }
    public ObjectProperty<ContactType> typeProperty() { return type; }
    public StringProperty nameProperty() { return name; }
    public StringProperty organizationProperty() { return organization; }
    public StringProperty emailProperty() { return email; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty notesProperty() { return notes; }
    public ReadOnlyBooleanProperty confirmingDeleteProperty() { return confirmingDelete; }
    public ReadOnlyStringProperty countProperty() { return count; }
}
