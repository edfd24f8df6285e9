package com.starlightdesk.app.chart;

import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.Chart;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.Subscription;
import com.starlightdesk.data.domain.SubscriptionStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The chart open in this session: whose it is, which section is shown, and the chart as last read. Opening
 * a chart reads it in the background and records the read in the audit log once; showing a section records
 * which part of the chart the user looked at. A section that wrote calls {@link #changed()}, and so does a
 * sync that brought other desks' changes: the chart is read again (not audited again: the same opening) and
 * {@link #revisionProperty()} moves, which the header, the front page and each section follow.
 * Confined to the FX thread; needs no toolkit.
 */
public final class OpenChart {
    private static final Logger LOG = Logger.getLogger(OpenChart.class.getName());

    /** A chart as read, with what the header names beside it: the patient's plan and the providers. */
    public record Read(Chart chart, String planName, Map<UUID, String> providerNames) {
        public Patient patient() {
            return chart.patient();
        }
    }

    private final Session session;
    private final TaskExecutor executor;
    private final List<ChartSection> sections;
    private final ObjectProperty<UUID> patientId = new SimpleObjectProperty<>();
    private final ObjectProperty<Read> read = new SimpleObjectProperty<>();
    private final ObjectProperty<ChartSection> section = new SimpleObjectProperty<>(ChartSection.SUMMARY);
    private final LongProperty revision = new SimpleLongProperty();
    private final LongProperty rereads = new SimpleLongProperty();
    private final StringProperty failure = new SimpleStringProperty("");
    private final List<Runnable> openListeners = new java.util.ArrayList<>();
    private long reading;

    public OpenChart(Session session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
        this.sections = Arrays.stream(ChartSection.values()).filter(s -> s.visibleTo(session.permissions())).toList();
        session.changes().addListener(() -> {
            if (patientId.get() != null) {
                changed();
            }
        });
    }

    /** Opens {@code id}'s chart at its front page. */
    public void open(UUID id) {
        open(id, ChartSection.SUMMARY);
    }

    /** Opens {@code id}'s chart at {@code at} (the front page if this user may not see that section). */
    public void open(UUID id, ChartSection at) {
        Objects.requireNonNull(id, "id");
        boolean samePatient = id.equals(patientId.get());
        if (!samePatient) {
            read.set(null);
            failure.set("");
            patientId.set(id);
            load(id, true);
        }
        show(sections.contains(at) ? at : ChartSection.SUMMARY, !samePatient);
        openListeners.forEach(Runnable::run);
    }

    /** {@code listener} runs each time a chart is opened, from any screen (the shell then shows Patients). */
    public void addOpenListener(Runnable listener) {
        openListeners.add(listener);
    }

    /** Shows another section of the open chart. */
    public void show(ChartSection at) {
        show(at, false);
    }

    private void show(ChartSection at, boolean reopened) {
        if (!sections.contains(at)) {
            return;
        }
        boolean moved = section.get() != at;
        section.set(at);
        UUID id = patientId.get();
        // The front page is the opening itself (audited with the chart read); any other section is recorded
        // each time it is shown, as its part of the chart.
        if (id != null && at != ChartSection.SUMMARY && (moved || reopened)) {
            executor.submit(() -> {
                session.data().auditChartSection(id, at.part());
                return Boolean.TRUE;
            }, ok -> { }, e -> LOG.log(Level.WARNING, "A chart section's opening could not be recorded: {0}",
                    e.getClass().getName()));
        }
    }

    /** The chart's data changed (a section saved, or a sync brought changes): read it again. */
    public void changed() {
        UUID id = patientId.get();
        if (id != null) {
            load(id, false);
        }
    }

    /** Closes the chart (back to the patients list, sign-out, lock). */
    public void close() {
        reading++;
        patientId.set(null);
        read.set(null);
        failure.set("");
        section.set(ChartSection.SUMMARY);
    }

    private void load(UUID id, boolean opening) {
        long ticket = ++reading;
        executor.submit(() -> {
            Chart chart = opening ? session.data().openChart(id) : session.data().rereadChart(id);
            return new Read(chart, planName(id), session.data().office().providers().stream()
                    .collect(Collectors.toMap(Provider::id, Provider::name)));
        }, loaded -> {
            if (ticket == reading) {
                read.set(loaded);
                revision.set(revision.get() + 1);
                if (!opening) {
                    rereads.set(rereads.get() + 1);
                }
            }
        }, e -> {
            if (ticket == reading) {
                failure.set("The chart could not be read: " + SafeMessages.of(e));
            }
        });
    }

    private String planName(UUID id) {
        List<Subscription> subscriptions = session.data().billing().subscriptions(id);
        Map<UUID, String> plans = session.data().billing().plans().stream()
                .collect(Collectors.toMap(MembershipPlan::id, MembershipPlan::name));
        return subscriptions.stream()
                .filter(s -> s.status() == SubscriptionStatus.ACTIVE || s.status() == SubscriptionStatus.PAUSED)
                .map(s -> plans.getOrDefault(s.planId(), "Plan") + (s.status() == SubscriptionStatus.PAUSED ? " (paused)" : ""))
                .findFirst().orElse(null);
    }

    /** The sections this user may open, in order. */
    public List<ChartSection> sections() {
        return sections;
    }

    public Session session() {
        return session;
    }

    /** The patient whose chart is open, or null. */
    public ReadOnlyObjectProperty<UUID> patientProperty() { return patientId; }
    /** The chart as last read (null while the first read runs). */
    public ReadOnlyObjectProperty<Read> readProperty() { return read; }
    public ReadOnlyObjectProperty<ChartSection> sectionProperty() { return section; }
    /** Moves each time the chart was read (opened, or read again after a change). */
    public ReadOnlyLongProperty revisionProperty() { return revision; }
    /** Moves each time the open chart was read again after a change to it (a section saved, a sync); not on an opening. */
    public ReadOnlyLongProperty rereadProperty() { return rereads; }
    public ReadOnlyStringProperty failureProperty() { return failure; }
}
