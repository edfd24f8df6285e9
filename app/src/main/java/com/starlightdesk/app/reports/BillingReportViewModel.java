package com.starlightdesk.app.reports;

import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.print.DocumentFile;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.AuditAction;
import com.starlightdesk.data.repo.Tables;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One billing report on screen: read in the background each time it is shown (a read still going is overtaken by the
 * next), a line's chart opened, the sheet saved as CSV where the user chooses (recorded in the audit log). Reads the
 * local store only, so it works offline. Confined to the FX thread; needs no toolkit.
 */
public final class BillingReportViewModel {
    private final BillingReport report;
    private final Session session;
    private final TaskExecutor executor;
    private final OpenChart chart;
    private final Clock clock;
    private final ObjectProperty<ReportSheet> sheet = new SimpleObjectProperty<>();
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final StringProperty done = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private long ticket;

    public BillingReportViewModel(BillingReport report, Session session, TaskExecutor executor, OpenChart chart, Clock clock) {
        this.report = report;
        this.session = session;
        this.executor = executor;
        this.chart = chart;
        this.clock = clock;
    }

    /** Reads the report again. */
    public void read() {
        long mine = ++ticket;
        working.set(true);
        done.set("");
        failure.set("");
        executor.submit(() -> report.read(session.data()), read -> {
            if (mine == ticket) {
                working.set(false);
                sheet.set(read);
            }
        }, e -> {
            if (mine == ticket) {
                working.set(false);
                failure.set("The report could not be read: " + SafeMessages.of(e));
            }
        });
    }

    /** Opens the chart of the patient line {@code index} names (the household's eldest, the invoice's patient), if any. */
    public void open(int index) {
        ReportSheet read = sheet.get();
        UUID patient = read == null ? null : read.opens(index);
        if (patient != null) {
            chart.open(patient, read.opensAt());
        }
    }

    /** Saves the sheet as shown to {@code file} as CSV; the export is recorded in the audit log. */
    public void exportCsv(Path file) {
        ReportSheet read = sheet.get();
        if (read == null) {
            return;
        }
        byte[] bytes = read.table().bytes();
        done.set("");
        failure.set("");
        executor.submit(() -> {
            DocumentFile.write(file, out -> out.write(bytes));
            session.data().writeAll(c -> c.auditBulk(AuditAction.EXPORT, Tables.INVOICES.name()));
            return read.table().rows().size();
        }, n -> done.set(String.format("%,d %s saved to %s.", n, n == 1 ? "line" : "lines", file.getFileName())),
                e -> failure.set("The file could not be saved: " + SafeMessages.of(e)));
    }

    /** The name offered for the CSV file: the report and today, no patient's name. */
    public String fileName() {
        return report.fileStem() + "-" + LocalDate.now(clock.withZone(session.zone())) + ".csv";
    }

    public BillingReport report() { return report; }
    /** The report as last read; null until the first read is done. */
    public ReadOnlyObjectProperty<ReportSheet> sheetProperty() { return sheet; }
    public ReadOnlyBooleanProperty workingProperty() { return working; }
    public ReadOnlyStringProperty doneProperty() { return done; }
    public ReadOnlyStringProperty failureProperty() { return failure; }
}
