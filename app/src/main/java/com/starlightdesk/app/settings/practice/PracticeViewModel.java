package com.starlightdesk.app.settings.practice;

import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.parts.FormNews;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.Letterhead;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.PracticeLogo;
import com.starlightdesk.data.domain.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Practice page of Settings: the practice's name and profile as its letters and claims name it (legal
 * name, address, phone, fax, tax id, NPI, logo), its time zone, and a preview of the letterhead they make.
 * Every bad value is named at its field at once, and nothing is saved while one is. A new time zone is saved
 * only once the admin has read, on a card, what it moves ({@link ZoneChange}). Reads and writes run on the
 * {@link TaskExecutor}. Confined to the FX thread; needs no toolkit.
 */
public final class PracticeViewModel {
    /** The domain's field names as the form names them. */
    private static final Map<String, String> FIELDS = Map.of("address.line1", "street", "address.line2", "street",
            "address.city", "city", "address.state", "state", "address.postalCode", "zip", "timeZone", "timeZone");
    /** The zones a US practice is in, offered first. */
    private static final List<String> US_ZONES = List.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico", "UTC");

    private final Session session;
    private final TaskExecutor executor;
    private final Clock clock;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty legalName = new SimpleStringProperty("");
    private final StringProperty street = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty state = new SimpleStringProperty("");
    private final StringProperty zip = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty fax = new SimpleStringProperty("");
    private final StringProperty taxId = new SimpleStringProperty("");
    private final StringProperty npi = new SimpleStringProperty("");
    private final ObjectProperty<PracticeLogo> logo = new SimpleObjectProperty<>();
    private final StringProperty timeZone = new SimpleStringProperty("");
    private final ObservableList<String> zones = FXCollections.observableArrayList();
    private final ObjectProperty<Letterhead> letterhead = new SimpleObjectProperty<>();
    private final ObjectProperty<ZoneChange> zoneChange = new SimpleObjectProperty<>();
    private final FormNews news = new FormNews(FIELDS);
    private final FieldErrors errors = news.errors();
    private Practice stored;

    public PracticeViewModel(Session session, TaskExecutor executor, Clock clock) {
        this.session = session;
        this.executor = executor;
        this.clock = clock;
        show(session.practice());
        for (Observable field : List.of(name, legalName, street, city, state, zip, phone, fax, taxId, npi, logo)) {
            field.addListener(o -> preview());
        }
    }

    public boolean canManage() {
        return session.permissions().canManageSettings();
    }

    /** Reads the practice as stored now (another desk may have changed it). */
    public void load() {
        executor.submit(() -> session.data().office().practice().orElseThrow(), this::show, news::failed);
    }

    private void show(Practice practice) {
        stored = practice;
        name.set(practice.name());
        legalName.set(text(practice.legalName()));
        Address a = practice.address();
        street.set(a == null ? "" : text(a.line1()));
        city.set(a == null ? "" : text(a.city()));
        state.set(a == null ? "" : text(a.state()));
        zip.set(a == null ? "" : text(a.postalCode()));
        phone.set(text(practice.phone()));
        fax.set(text(practice.fax()));
        taxId.set(text(practice.taxId()));
        npi.set(text(practice.npi()));
        logo.set(practice.logoImage().orElse(null));
        zones.setAll(US_ZONES);
        if (!US_ZONES.contains(practice.timeZone())) {
            zones.add(practice.timeZone());
        }
        timeZone.set(practice.timeZone());
        letterhead.set(practice.letterhead());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** The letterhead of the form as it stands, while it reads as a practice; the last good one otherwise. */
    private void preview() {
        if (stored == null) {
            return;
        }
        try {
            letterhead.set(stored.withProfileOf(draft(timeZone.get())).letterhead());
        } catch (ValidationException e) {
            // a field being typed is not a practice yet: the preview waits for it
        }
    }

    private Practice draft(String zone) {
        Address address = new Address(street.get(), null, city.get(), state.get(), zip.get());
        return new Practice(stored.id(), name.get(), zone, stored.workingHours(), legalName.get(), address, phone.get(),
                fax.get(), taxId.get(), npi.get(), logo.get() == null ? null : logo.get().base64(), stored.visitTypes(),
                stored.householdRule());
    }

    /**
     * The form as a practice, or null with every bad value named at its field: each failure is shown, that
     * field is set aside and the rest checked again, so one mistake does not hide the next.
     */
    private Practice checkedForm() {
        errors.clear();
        Map<String, String> values = new HashMap<>();
        values.put("name", name.get());
        values.put("legalName", legalName.get());
        values.put("address.line1", street.get());
        values.put("address.city", city.get());
        values.put("address.state", state.get());
        values.put("address.postalCode", zip.get());
        values.put("phone", phone.get());
        values.put("fax", fax.get());
        values.put("taxId", taxId.get());
        values.put("npi", npi.get());
        values.put("timeZone", timeZone.get());
        boolean bad = false;
        for (int tries = 0; tries <= values.size(); tries++) {
            try {
                Practice form = new Practice(stored.id(), values.get("name"), values.get("timeZone"), stored.workingHours(),
                        values.get("legalName"), new Address(values.get("address.line1"), null, values.get("address.city"),
                        values.get("address.state"), values.get("address.postalCode")), values.get("phone"), values.get("fax"),
                        values.get("taxId"), values.get("npi"), logo.get() == null ? null : logo.get().base64(), stored.visitTypes(),
                        stored.householdRule());
                return bad ? null : form;
            } catch (ValidationException e) {
                bad = true;
                errors.set(e, FIELDS);
                values.put(e.field(), e.field().equals("name") ? "?" : e.field().equals("timeZone") ? stored.timeZone() : null);
            }
        }
        return null;
    }

    /**
     * Saves the form. When the time zone changes, nothing is saved yet: the card says what moves
     * ({@link #zoneChangeProperty()}) and waits for {@link #confirmZoneChange} or {@link #keepZone}.
     */
    public void save() {
        news.clear();
        if (!canManage()) {
            news.refused("Only an admin can change the practice's profile");
            return;
        }
        Practice form = checkedForm();
        if (form == null) {
            return;
        }
        if (form.timeZone().equals(stored.timeZone())) {
            write(form);
            return;
        }
        news.working();
        ZoneId from = stored.zone();
        executor.submit(() -> {
            Practice now = session.data().office().practice().orElseThrow();
            Optional<Appointment> next = session.data().appointments().nextAfter(clock.instant());
            return ZoneChange.of(from, form.zone(), next.map(Appointment::startTime), now.hours(), clock.instant());
        }, change -> {
            news.done("");
            zoneChange.set(change);
        }, news::failed);
    }

    /** Saves the form with its new time zone, as the card described. */
    public void confirmZoneChange() {
        ZoneChange change = zoneChange.get();
        zoneChange.set(null);
        if (change == null) {
            return;
        }
        Practice form = checkedForm();
        if (form != null && form.zone().equals(change.to())) {
            write(form);
        }
    }

    /** Leaves the time zone as it is; the form goes back to the stored zone, the rest of it stays as typed. */
    public void keepZone() {
        zoneChange.set(null);
        timeZone.set(stored.timeZone());
    }

    private void write(Practice form) {
        news.working();
        boolean zoneMoved = !form.timeZone().equals(stored.timeZone());
        executor.submit(() -> session.data().write(changes -> {
            Practice current = session.data().office().practice().orElseThrow();
            Practice next = current.withProfileOf(form);
            return next.equals(current) ? current : changes.update(next);
        }), saved -> {
            show(saved);
            news.done(zoneMoved ? "Saved. The practice's time zone is now " + saved.timeZone()
                    + "; each desk shows it from its next sign-in." : "Saved. Letters and printouts take this header.");
            session.changes().changed();
        }, news::failed);
    }

    /** Takes the picture in {@code file} as the logo, once it is read and checked (at most 40 KB, a real PNG or JPEG). */
    public void chooseLogo(Path file) {
        news.clear();
        errors.set("logo", "");
        executor.submit(() -> PracticeLogo.of("logo", read(file)), logo::set, news::failed);
    }

    /** Reads at most one byte more than a logo may have, so a large file is refused without reading it all. */
    private static byte[] read(Path file) throws IOException {
        PracticeLogo.checkSize("logo", Files.size(file));
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(PracticeLogo.MAX_BYTES + 1);
        }
    }

    /** The practice's letters go out without a logo (once saved). */
    public void removeLogo() {
        errors.set("logo", "");
        logo.set(null);
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty legalNameProperty() { return legalName; }
    public StringProperty streetProperty() { return street; }
    public StringProperty cityProperty() { return city; }
    public StringProperty stateProperty() { return state; }
    public StringProperty zipProperty() { return zip; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty faxProperty() { return fax; }
    public StringProperty taxIdProperty() { return taxId; }
    public StringProperty npiProperty() { return npi; }
    public ReadOnlyObjectProperty<PracticeLogo> logoProperty() { return logo; }
    /** The time zone chosen in the form (the stored one until changed). */
    public StringProperty timeZoneProperty() { return timeZone; }
    /** The zones offered: those of the United States, then the practice's own if it is elsewhere. */
    public ObservableList<String> zones() { return zones; }
    /** The header letters and printouts take, as the form stands. */
    public ReadOnlyObjectProperty<Letterhead> letterheadProperty() { return letterhead; }
    /** The time-zone change waiting to be confirmed on its card, or null. */
    public ReadOnlyObjectProperty<ZoneChange> zoneChangeProperty() { return zoneChange; }
    public ReadOnlyStringProperty doneProperty() { return news.doneProperty(); }
    public ReadOnlyStringProperty failureProperty() { return news.failureProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return news.busyProperty(); }
    public FieldErrors errors() { return errors; }
}
