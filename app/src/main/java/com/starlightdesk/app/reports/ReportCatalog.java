package com.starlightdesk.app.reports;

import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.desktop.ScreenLoader;
import com.starlightdesk.app.parts.SaveLocation;
import com.starlightdesk.app.session.Permissions;
import com.starlightdesk.app.session.Session;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;

/**
 * Every report of the product, in the hub's order: the immunization recall reports, then the billing reports (for those
 * who bill). A screen adds its own with a {@link ReportPage} line in {@link #pages(Permissions)}. Each page is built the
 * first time it is opened and kept for the session. Confined to the FX thread.
 */
public final class ReportCatalog {
    private final ScreenLoader screens;
    private final RecallViewModel recall;
    private final Session session;
    private final TaskExecutor executor;
    private final OpenChart chart;
    private final SaveLocation saveLocation;
    private final Clock clock;
    private final Map<BillingReport, Node> billingPages = new EnumMap<>(BillingReport.class);
    private Node recallPage;

    public ReportCatalog(ScreenLoader screens, RecallViewModel recall, Session session, TaskExecutor executor, OpenChart chart,
            SaveLocation saveLocation, Clock clock) {
        this.screens = screens;
        this.recall = recall;
        this.session = session;
        this.executor = executor;
        this.chart = chart;
        this.saveLocation = saveLocation;
        this.clock = clock;
    }

    /** The reports {@code permissions} may open, grouped in the hub's order. */
    public List<ReportPage> pages(Permissions permissions) {
        List<ReportPage> pages = new ArrayList<>();
        for (Report report : Report.values()) {
            pages.add(new ReportPage(report.name().toLowerCase(Locale.ROOT).replace('_', '-'), report.title(), report.description(),
                    ReportGroup.IMMUNIZATIONS, p -> true, () -> recallPage(report)));
        }
        for (BillingReport report : BillingReport.values()) {
            pages.add(new ReportPage(report.fileStem(), report.title(), report.description(), ReportGroup.BILLING, Permissions::canBill,
                    () -> billingPages.computeIfAbsent(report, r -> new BillingReportView(
                            new BillingReportViewModel(r, session, executor, chart, clock), saveLocation).node())));
        }
        pages.sort(java.util.Comparator.comparing(ReportPage::group));
        return pages.stream().filter(p -> p.openTo().test(permissions)).toList();
    }

    private Node recallPage(Report report) {
        recall.reportProperty().set(report);
        if (recallPage == null) {
            recallPage = screens.load(RecallView.class);
        }
        return recallPage;
    }
}
