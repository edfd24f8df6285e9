package com.starlightdesk.app.billing.invoices;

import com.starlightdesk.app.billing.BillingPrintouts;
import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceKind;
import com.starlightdesk.data.domain.InvoiceLineItem;
import com.starlightdesk.data.domain.InvoiceStatus;
import com.starlightdesk.data.domain.Payment;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import javafx.collections.transformation.FilteredList;

/**
 * Billing, Invoices: the practice's invoices, newest first, narrowed by status, kind, month and words (a patient's
 * name or an invoice's number); the chosen invoice's detail (its lines, the payments applied to it, its credit notes
 * and why it was voided) and what can be done with it: a draft is edited and sent, a sent invoice is never edited but
 * voided with a reason or corrected by a credit note, a voided membership invoice is reissued. Reads and writes run
 * in the background. Confined to the FX thread; needs no toolkit.
 */
public final class InvoicesViewModel {
    private final Session session;
    private final TaskExecutor executor;
    private final Clock clock;

    private final ObservableList<InvoiceRow> rows = FXCollections.observableArrayList();
    private final FilteredList<InvoiceRow> shown = new FilteredList<>(rows, r -> true);
    private final ObjectProperty<InvoiceStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<InvoiceKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final StringProperty words = new SimpleStringProperty("");
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObjectProperty<InvoiceRow> chosen = new SimpleObjectProperty<>();
    private final ObjectProperty<InvoiceDetail> detail = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty count = new SimpleStringProperty("");
    private final StringProperty done = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private long reading;
    private long readingDetail;

    public InvoicesViewModel(Session session, TaskExecutor executor, Clock clock) {
        this.session = session;
        this.executor = executor;
        this.clock = clock;
        status.addListener((obs, old, now) -> filter());
        kind.addListener((obs, old, now) -> filter());
        month.addListener((obs, old, now) -> filter());
        words.addListener((obs, old, now) -> filter());
        chosen.addListener((obs, old, now) -> readDetail(now));
    }

    /** The practice's today, in its time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(session.zone()));
    }

    /** Reads the invoices again (the chosen one stays chosen when it is still there). */
    public void load() {
        long mine = ++reading;
        loading.set(true);
        executor.submit(() -> InvoiceReads.rows(session.data()), read -> {
            if (mine != reading) {
                return;
            }
            loading.set(false);
            show(read);
        }, e -> {
            if (mine == reading) {
                loading.set(false);
                failure.set(SafeMessages.of(e));
            }
        });
    }

    private void show(List<InvoiceRow> read) {
        UUID keep = chosen.get() == null ? null : chosen.get().id();
        List<InvoiceRow> sorted = new ArrayList<>(read);
        sorted.sort(Comparator.comparing((InvoiceRow r) -> r.issuedOn(), Comparator.nullsFirst(Comparator.reverseOrder()))
                .thenComparing(InvoiceRow::patient).thenComparing(r -> r.id().toString()));
        rows.setAll(sorted);
        List<YearMonth> seen = sorted.stream().map(InvoiceRow::issuedOn).filter(d -> d != null).map(YearMonth::from).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        months.setAll(seen);
        filter();
        InvoiceRow again = keep == null ? null : rows.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null);
        chosen.set(again);
        if (again != null) {
            readDetail(again);
        }
    }

    private void filter() {
        InvoiceStatus s = status.get();
        InvoiceKind k = kind.get();
        YearMonth m = month.get();
        String w = words.get();
        Predicate<InvoiceRow> p = r -> (s == null || r.status() == s) && (k == null || r.kind() == k)
                && (m == null || r.issuedOn() != null && YearMonth.from(r.issuedOn()).equals(m)) && r.matches(w);
        shown.setPredicate(p);
        count.set(shown.size() == rows.size() ? rows.size() + (rows.size() == 1 ? " invoice" : " invoices")
                : shown.size() + " of " + rows.size() + " invoices");
    }

    /** Every filter back to "any". */
    public void clearFilters() {
        status.set(null);
        kind.set(null);
        month.set(null);
        words.set("");
    }

    /** Chooses the invoice {@code id} once it is listed (after a write). */
    public void choose(UUID id) {
        rows.stream().filter(r -> r.id().equals(id)).findFirst().ifPresent(chosen::set);
    }

    private void readDetail(InvoiceRow row) {
        long mine = ++readingDetail;
        if (row == null) {
            detail.set(null);
            return;
        }
        executor.submit(() -> InvoiceReads.detail(session.data(), row), read -> {
            if (mine == readingDetail) {
                detail.set(read);
            }
        }, e -> {
            if (mine == readingDetail) {
                failure.set(SafeMessages.of(e));
            }
        });
    }

    /** Says what was done, reads the list again and keeps {@code invoiceId} chosen. */
    void written(String message, UUID invoiceId) {
        failure.set("");
        done.set(message);
        session.changes().changed();
        UUID keep = invoiceId;
        long mine = ++reading;
        executor.submit(() -> InvoiceReads.rows(session.data()), read -> {
            if (mine != reading) {
                return;
            }
            show(read);
            choose(keep);
        }, e -> failure.set(SafeMessages.of(e)));
    }

    /** Says why something was not done. */
    void failed(Throwable e) {
        done.set("");
        failure.set(SafeMessages.of(e));
    }

    /** Where a printout's news goes: this page's banners. */
    BillingPrintouts.News news() {
        return BillingPrintouts.News.to(done, failure);
    }

    /** Forgets the last news (a new action starts). */
    void clearNews() {
        done.set("");
        failure.set("");
    }

    /** The invoice the detail shows, with its lines, payments and credit notes. */
    public record InvoiceDetail(InvoiceRow row, Invoice invoice, List<InvoiceLineItem> lines, List<Applied> payments, List<InvoiceRow> creditNotes) {
    }

    /** A payment applied to the invoice: the payment and how much of it went to this invoice. */
    public record Applied(Payment payment, java.math.BigDecimal amount) {
    }

    public Session session() { return session; }
    public TaskExecutor executor() { return executor; }
    public ObservableList<InvoiceRow> shown() { return shown; }
    /** Every invoice read, whatever the filters. */
    public ObservableList<InvoiceRow> rows() { return rows; }
    public ObservableList<YearMonth> months() { return months; }
    public ObjectProperty<InvoiceStatus> statusProperty() { return status; }
    public ObjectProperty<InvoiceKind> kindProperty() { return kind; }
    public ObjectProperty<YearMonth> monthProperty() { return month; }
    public StringProperty wordsProperty() { return words; }
    public ObjectProperty<InvoiceRow> chosenProperty() { return chosen; }
    public ReadOnlyObjectProperty<InvoiceDetail> detailProperty() { return detail; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading; }
    /** "12 invoices", or "3 of 12 invoices" while filtered. */
    public ReadOnlyStringProperty countProperty() { return count; }
    public ReadOnlyStringProperty doneProperty() { return done; }
    public ReadOnlyStringProperty failureProperty() { return failure; }

    /** A sent invoice is never edited: only a draft is. */
    public BooleanBinding editable() {
        return Bindings.createBooleanBinding(() -> chosen.get() != null && chosen.get().status() == InvoiceStatus.DRAFT, chosen);
    }
}
