package com.starlightdesk.app.billing;

import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.Dollars;
import com.starlightdesk.app.print.InvoiceDocument;
import com.starlightdesk.app.print.InvoiceSheet;
import com.starlightdesk.app.print.StatementBatch;
import com.starlightdesk.app.print.StatementDocument;
import com.starlightdesk.app.print.StatementSheet;
import com.starlightdesk.app.print.SystemViewer;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.billing.HouseholdStatement;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.repo.PracticeData;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Billing's printouts, written off the FX thread to the file or folder the user chose: one invoice (then opened in the
 * PC's PDF viewer where there is one), a household's statement for a month (opened too), and the month's statements of
 * every household with a balance, with how many are written so far. Each tells what it did, or why not, as one line
 * for the page's banner; no one's name is in a file name. One printout at a time. Confined to the FX thread; needs no
 * toolkit.
 */
public final class BillingPrintouts {
    private final Session session;
    private final TaskExecutor executor;
    private final SystemViewer viewer;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty progressWords = new SimpleStringProperty("");

    public BillingPrintouts(Session session, TaskExecutor executor, SystemViewer viewer) {
        this.session = session;
        this.executor = executor;
        this.viewer = viewer;
    }

    /** What the news of a printout goes to: what was done, or why it was not. */
    public interface News {
        void done(String words);

        void failed(String words);

        /** News shown in a page's two banners: {@code done} or {@code failure} set, the other emptied. */
        static News to(StringProperty done, StringProperty failure) {
            return new News() {
                @Override
                public void done(String words) {
                    failure.set("");
                    done.set(words);
                }

                @Override
                public void failed(String words) {
                    done.set("");
                    failure.set(words);
                }
            };
        }
    }

    /** Writes invoice {@code invoiceId} as it stands today to {@code file} and opens it. */
    public void invoice(UUID invoiceId, Path file, News news) {
        run(news, () -> {
            InvoiceSheet sheet = InvoiceSheet.read(session.data(), invoiceId);
            InvoiceDocument.write(file, sheet);
            return saved(sheet.title() + " " + sheet.invoice().number(), file);
        });
    }

    /** Writes {@code household}'s statement of {@code month} (its first day to its last) to {@code file} and opens it. */
    public void statement(UUID household, YearMonth month, Path file, News news) {
        run(news, () -> {
            StatementSheet sheet = StatementSheet.read(session.data(), household, month.atDay(1), month.atEndOfMonth());
            StatementDocument.write(file, sheet);
            return saved("Statement for " + InvoiceWords.month(month.atDay(1)) + " (closing balance "
                    + Dollars.format(sheet.statement().closingBalance()) + ")", file);
        });
    }

    /**
     * Writes the statements of {@code month} for every household with a balance at its end into {@code folder}, the
     * progress told as it goes. A folder this desk cannot write in is refused before anything is read.
     */
    public void monthStatements(YearMonth month, Path folder, News news) {
        progress.set(0);
        progressWords.set("");
        run(news, () -> {
            PracticeData data = session.data();
            Path checked = StatementBatch.checkedFolder(folder);
            int total = data.statements().withBalance(month.atEndOfMonth()).size();
            executor.deliver(() -> progressWords.set("0 of " + total + " statements written…"));
            StatementBatch.Written written = StatementBatch.write(data, month, checked, done -> executor.deliver(() -> {
                progress.set(total == 0 ? 1 : (double) done / total);
                progressWords.set(done + " of " + total + " statements written…");
            }));
            int n = written.files().size();
            return n == 0 ? "No household had a balance at the end of " + InvoiceWords.month(month.atDay(1)) + ": no statements written."
                    : n + (n == 1 ? " statement" : " statements") + " for " + InvoiceWords.month(month.atDay(1)) + " written to " + checked
                    + " (" + Dollars.format(written.owed()) + " owed in all).";
        });
    }

    private String saved(String what, Path file) {
        boolean opened = viewer.open(file);
        return what + " saved to " + file.toAbsolutePath() + (opened ? " and opened in the PDF viewer." : ". Open it from there to print it.");
    }

    private void run(News news, Callable<String> work) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        executor.submit(work, words -> {
            busy.set(false);
            progress.set(1);
            progressWords.set("");
            news.done(words);
        }, failure -> {
            busy.set(false);
            progressWords.set("");
            news.failed(failure instanceof ValidationException v && v.field().equals("folder")
                    ? "The folder " + v.getMessage().substring("folder: ".length()) : "Not printed: " + SafeMessages.of(failure));
        });
    }

    /** Whether a printout is being written. */
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    /** How far the month's statements are, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() { return progress; }
    /** "12 of 40 statements written…" while the month's statements are written; "" otherwise. */
    public ReadOnlyStringProperty progressWordsProperty() { return progressWords; }
}
