package com.starlightdesk.app.billing.invoices;

import com.starlightdesk.app.billing.InvoiceWords;
import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.parts.Dollars;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.FeeScheduleEntry;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceLineItem;
import com.starlightdesk.data.domain.InvoiceStatus;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.repo.PracticeData;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
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
 * A visit invoice from a completed visit: the visit is chosen among the completed visits of the last
 * {@value #DAYS_BACK} days that have no invoice yet; starting it saves a draft with the lines the visit's doses
 * suggest (covered at $0.00 for a member when the fee schedule says so); services of the practice's fee schedule are
 * added with a quantity, quantities changed and lines removed while it is a draft; Send issues it, and from then on it
 * is never edited. Each bad value is named at its field. Writes run in the background. Confined to the FX thread;
 * needs no toolkit.
 */
public final class VisitInvoiceForm {
    /** How far back the completed visits offered go. */
    static final int DAYS_BACK = 60;

    private final InvoicesViewModel invoices;
    private final ObservableList<VisitChoice> visits = FXCollections.observableArrayList();
    private final ObjectProperty<VisitChoice> visit = new SimpleObjectProperty<>();
    private final ObjectProperty<Invoice> draft = new SimpleObjectProperty<>();
    private final ObservableList<InvoiceLineItem> lines = FXCollections.observableArrayList();
    private final ObservableList<FeeScheduleEntry> services = FXCollections.observableArrayList();
    private final ObjectProperty<FeeScheduleEntry> service = new SimpleObjectProperty<>();
    private final StringProperty quantity = new SimpleStringProperty("1");
    private final StringProperty total = new SimpleStringProperty("");
    private final StringProperty news = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private Runnable onClose = () -> { };

    /** A completed visit offered for invoicing: "12/3/2026 · Cohen, Maya · Sick visit". */
    public record VisitChoice(UUID appointmentId, LocalDate day, String patient, String type) {
        public String label() {
            return InvoiceWords.day(day) + " · " + patient + " · " + type;
        }
    }

    public VisitInvoiceForm(InvoicesViewModel invoices) {
        this.invoices = invoices;
    }

    void onClose(Runnable action) {
        this.onClose = action;
    }

    /** A new visit invoice: the completed visits with no invoice are read. */
    public void start(List<InvoiceRow> known) {
        clear();
        ZoneId zone = invoices.session().zone();
        LocalDate today = invoices.today();
        run(() -> {
            PracticeData data = invoices.session().data();
            List<Appointment> done = data.appointments().inRange(today.minusDays(DAYS_BACK).atStartOfDay(zone).toInstant(),
                    today.plusDays(1).atStartOfDay(zone).toInstant()).stream().filter(a -> a.status() == AppointmentStatus.COMPLETED).toList();
            Set<UUID> invoiced = new HashSet<>();
            for (InvoiceStatus s : List.of(InvoiceStatus.DRAFT, InvoiceStatus.SENT, InvoiceStatus.PAID, InvoiceStatus.OVERDUE)) {
                data.billing().invoicesByStatus(s.code()).stream().filter(i -> i.appointmentId() != null && i.voidedAt() == null)
                        .forEach(i -> invoiced.add(i.appointmentId()));
            }
            List<Appointment> open = done.stream().filter(a -> !invoiced.contains(a.id())).toList();
            Map<UUID, String> names = data.patients().displayNames(open.stream().map(Appointment::patientId).distinct().toList());
            return open.stream().sorted(Comparator.comparing(Appointment::startTime).reversed())
                    .map(a -> new VisitChoice(a.id(), a.startTime().atZone(zone).toLocalDate(), names.getOrDefault(a.patientId(), ""),
                            InvoiceWords.visitType(a.appointmentType())))
                    .toList();
        }, read -> {
            visits.setAll(read);
            news.set(read.isEmpty() ? "No completed visit of the last " + DAYS_BACK + " days is waiting for an invoice." : "");
        });
        readServices();
    }

    /** Opens the draft {@code invoiceId} to change its lines and send it. */
    public void edit(UUID invoiceId) {
        clear();
        run(() -> invoices.session().data().billing().invoice(invoiceId).orElseThrow(), this::showDraft);
        readServices();
    }

    private void readServices() {
        run(() -> invoices.session().data().feeSchedule().activeEntries(), services::setAll);
    }

    private void clear() {
        visits.clear();
        visit.set(null);
        draft.set(null);
        lines.clear();
        service.set(null);
        quantity.set("1");
        total.set("");
        news.set("");
        errors.clear();
    }

    /** Makes the draft of the chosen visit, with the lines its doses suggest. */
    public void startDraft() {
        errors.clear();
        VisitChoice chosen = visit.get();
        if (chosen == null) {
            errors.set("visit", "Choose the completed visit to invoice");
            return;
        }
        run(() -> invoices.session().data().invoices().startVisitInvoice(chosen.appointmentId()), this::showDraft);
    }

    private void showDraft(Invoice invoice) {
        draft.set(invoice);
        total.set(Dollars.format(invoice.totalAmount()));
        run(() -> invoices.session().data().invoices().lines(invoice.id()), read -> {
            lines.setAll(read);
            news.set(read.isEmpty() ? "The draft has no lines yet: add the visit's services from the fee schedule." : "");
        });
    }

    /** Adds the chosen service of the fee schedule to the draft, at the quantity typed. */
    public void addService() {
        errors.clear();
        Invoice invoice = draft.get();
        FeeScheduleEntry entry = service.get();
        if (invoice == null) {
            return;
        }
        if (entry == null) {
            errors.set("service", "Choose a service of the fee schedule");
        }
        Integer q = quantity(quantity.get(), "quantity");
        if (entry == null || q == null) {
            return;
        }
        run(() -> {
            invoices.session().data().invoices().addService(invoice.id(), entry.id(), q);
            return invoices.session().data().billing().invoice(invoice.id()).orElseThrow();
        }, saved -> {
            service.set(null);
            quantity.set("1");
            showDraft(saved);
        });
    }

    /** Changes a draft line's quantity to {@code typed} (a whole number from 1 to 10000). */
    public void changeQuantity(InvoiceLineItem line, String typed) {
        errors.clear();
        Invoice invoice = draft.get();
        Integer q = quantity(typed, "lines");
        if (invoice == null || q == null || q == line.quantity()) {
            return;
        }
        run(() -> {
            invoices.session().data().invoices().changeQuantity(line.id(), q);
            return invoices.session().data().billing().invoice(invoice.id()).orElseThrow();
        }, this::showDraft);
    }

    /** Removes a line from the draft. */
    public void removeLine(InvoiceLineItem line) {
        errors.clear();
        Invoice invoice = draft.get();
        if (invoice == null) {
            return;
        }
        run(() -> {
            invoices.session().data().invoices().removeLine(line.id());
            return invoices.session().data().billing().invoice(invoice.id()).orElseThrow();
        }, this::showDraft);
    }

    /** Keeps the draft as it is (it is saved with each change) and goes back to the list with it chosen. */
    public void saveDraft() {
        Invoice invoice = draft.get();
        onClose.run();
        if (invoice != null) {
            invoices.written("Draft invoice " + InvoiceWords.number(invoice.id()) + " is saved: " + Dollars.format(invoice.totalAmount())
                    + ". Send it when it is right.", invoice.id());
        }
    }

    /** Sends the draft: issued today and due in the practice's days to pay; never edited again. */
    public void send() {
        errors.clear();
        Invoice invoice = draft.get();
        if (invoice == null) {
            return;
        }
        run(() -> invoices.session().data().invoices().send(invoice.id()), sent -> {
            onClose.run();
            invoices.written("Invoice " + InvoiceWords.number(sent.id()) + " is sent: " + Dollars.format(sent.totalAmount()) + ", due "
                    + InvoiceWords.day(sent.dueDate()) + ".", sent.id());
        });
    }

    /** Leaves the form; a draft already started stays a draft. */
    public void close() {
        Invoice invoice = draft.get();
        onClose.run();
        if (invoice != null) {
            invoices.written("Draft invoice " + InvoiceWords.number(invoice.id()) + " is kept as a draft.", invoice.id());
        }
    }

    private Integer quantity(String typed, String field) {
        String t = typed == null ? "" : typed.strip();
        if (!t.matches("\\d{1,5}") || Integer.parseInt(t) < 1 || Integer.parseInt(t) > 10_000) {
            errors.set(field, "Type a quantity from 1 to 10000");
            return null;
        }
        return Integer.parseInt(t);
    }

    private <T> void run(Callable<T> work, Consumer<T> then) {
        busy.set(true);
        invoices.executor().submit(work, result -> {
            busy.set(false);
            then.accept(result);
        }, e -> {
            busy.set(false);
            if (e instanceof ValidationException v) {
                errors.set(v, Map.of("appointmentId", "visit", "feeScheduleEntryId", "service", "quantity", "quantity", "lines", "lines",
                        "amount", "lines"));
            } else {
                news.set(SafeMessages.of(e));
            }
        });
    }

    public ObservableList<VisitChoice> visits() { return visits; }
    public ObjectProperty<VisitChoice> visitProperty() { return visit; }
    public ReadOnlyObjectProperty<Invoice> draftProperty() { return draft; }
    public ObservableList<InvoiceLineItem> lines() { return lines; }
    public ObservableList<FeeScheduleEntry> services() { return services; }
    public ObjectProperty<FeeScheduleEntry> serviceProperty() { return service; }
    public StringProperty quantityProperty() { return quantity; }
    /** The draft's total, "$85.00". */
    public ReadOnlyStringProperty totalProperty() { return total; }
    /** What the form has to say that belongs to no field (no visit waiting; a failure in safe words). */
    public ReadOnlyStringProperty newsProperty() { return news; }
    /** Problems at the fields: visit, service, quantity, lines. */
    public FieldErrors errors() { return errors; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
}
