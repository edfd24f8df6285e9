package com.starlightdesk.app.print;

import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.Chart;
import com.starlightdesk.data.domain.ChartPart;
import com.starlightdesk.data.domain.ImmunizationRecord;
import com.starlightdesk.data.domain.Letterhead;
import com.starlightdesk.data.growth.ChildGrowth;
import com.starlightdesk.data.growth.GrowthReferences;
import com.starlightdesk.data.immunization.forecast.Forecaster;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chart header's Print menu: which signed visits and which growth charts the open chart can print, and
 * its immunization record; a default file name for each (no name or birth date of the child in it), and the
 * printing itself off the FX thread: the chart read again, the PDF written straight to the file the user
 * chose, then opened in the PC's viewer, or the place it was saved told. Each printout is recorded in the
 * audit log as a reading of the chart part it shows (the visit summary, the growth chart, the immunizations).
 * Providers and admins print; staff do not see notes, so the menu is theirs only.
 * Confined to the FX thread; needs no toolkit.
 */
public final class PrintViewModel {
    private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.US);

    private final OpenChart chart;
    private final Session session;
    private final TaskExecutor executor;
    private final Clock clock;
    private final SystemViewer viewer;
    private final ChildGrowth growth;
    private final ObservableList<VisitSummary.SignedVisit> visits = FXCollections.observableArrayList();
    private final ObservableList<GrowthChart.Choice> growthCharts = FXCollections.observableArrayList();
    private final StringProperty news = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public PrintViewModel(OpenChart chart, Session session, TaskExecutor executor, Clock clock, SystemViewer viewer) {
        this.chart = chart;
        this.session = session;
        this.executor = executor;
        this.clock = clock;
        this.viewer = viewer;
        this.growth = new ChildGrowth(new GrowthReferences(), session.zone());
        chart.readProperty().addListener((obs, old, read) -> show(read));
        chart.patientProperty().addListener((obs, old, id) -> news.set(""));
        show(chart.readProperty().get());
    }

    private void show(OpenChart.Read read) {
        if (read == null) {
            visits.clear();
            growthCharts.clear();
            return;
        }
        visits.setAll(VisitSummary.signedVisits(read.chart(), read.providerNames(), session.zone()));
        growthCharts.setAll(GrowthChart.choices(read.patient(), read.chart().vitals(), growth, today()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(session.zone()));
    }

    /** Whether this user may print from a chart (providers and admins). */
    public boolean canPrint() {
        return session.permissions().canChart();
    }

    /** The chart's signed visit notes, newest first (the first is the last visit). */
    public ObservableList<VisitSummary.SignedVisit> visits() {
        return visits;
    }

    /** The growth charts the child's age and measurements call for. */
    public ObservableList<GrowthChart.Choice> growthCharts() {
        return growthCharts;
    }

    /** "Visit summary 2026-12-03.pdf". */
    public String fileName(VisitSummary.SignedVisit visit) {
        return "Visit summary " + FILE_DAY.format(visit.at()) + ".pdf";
    }

    /** "Growth chart, weight-for-age (WHO) 2026-12-04.pdf". */
    public String fileName(GrowthChart.Choice choice) {
        return "Growth chart, " + GrowthChart.title(choice.table()).toLowerCase(Locale.US) + " ("
                + (choice.table().standard().name().startsWith("WHO") ? "WHO" : "CDC") + ") " + FILE_DAY.format(today()) + ".pdf";
    }

    /** "Immunization record 2026-12-04.pdf" (the day it is as of). */
    public String immunizationRecordFileName() {
        return "Immunization record " + FILE_DAY.format(today()) + ".pdf";
    }

    /** Writes the child's immunization record as of today to {@code file} and opens it. */
    public void printImmunizationRecord(Path file) {
        print("Immunization record", file, (id, chartNow, letterhead, names) -> {
            ImmunizationRecord record = session.data().immunizations().open(id);
            ImmunizationHistory history = ImmunizationHistory.of(letterhead, chartNow.patient(), record, Forecaster.shipped(), names, today());
            DocumentFile.write(file, out -> ImmunizationHistoryDocument.write(history, out));
        });
    }

    /** Writes the summary of {@code visit} to {@code file} and opens it. */
    public void printVisitSummary(VisitSummary.SignedVisit visit, Path file) {
        UUID noteId = visit.noteId();
        print("Visit summary", file, (id, chartNow, letterhead, names) -> {
            session.data().auditChartSection(id, ChartPart.VISIT_SUMMARY);
            VisitSummary summary = VisitSummary.of(letterhead, chartNow, noteId, names, growth, clock.instant());
            DocumentFile.write(file, out -> VisitSummaryDocument.write(summary, out));
        });
    }

    /** Writes the growth chart {@code choice} to {@code file} and opens it. */
    public void printGrowthChart(GrowthChart.Choice choice, Path file) {
        print("Growth chart", file, (id, chartNow, letterhead, names) -> {
            session.data().auditChartSection(id, ChartPart.GROWTH_CHART);
            GrowthChart growthChart = GrowthChart.of(letterhead, chartNow.patient(), chartNow.vitals(), choice.table(), growth);
            DocumentFile.write(file, out -> GrowthChartDocument.write(growthChart, out));
        });
    }

    private interface Printing {
        void print(UUID patientId, Chart chart, Letterhead letterhead, Map<UUID, String> providerNames) throws Exception;
    }

    private void print(String what, Path file, Printing printing) {
        UUID id = chart.patientProperty().get();
        OpenChart.Read read = chart.readProperty().get();
        if (id == null || read == null || busy.get()) {
            return;
        }
        Map<UUID, String> names = Map.copyOf(read.providerNames());
        busy.set(true);
        news.set(what + ": writing the PDF…");
        executor.submit(() -> {
            Chart now = session.data().rereadChart(id);
            Letterhead letterhead = session.data().office().practice().orElseThrow().letterhead();
            printing.print(id, now, letterhead, names);
            return viewer.open(file);
        }, opened -> {
            busy.set(false);
            news.set(what + " saved to " + file.toAbsolutePath()
                    + (opened ? " and opened in the PDF viewer." : ". Open it from there to print it."));
        }, failure -> {
            busy.set(false);
            news.set(what + " could not be written: " + SafeMessages.of(failure));
        });
    }

    /** What the last printing did (where the file went, or why it failed); "" before any. */
    public ReadOnlyStringProperty newsProperty() {
        return news;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
