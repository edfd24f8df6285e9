package com.starlightdesk.app.chart.vitals;

import atlantafx.base.theme.PrimerLight;
import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.bench.review.WindowDriver;
import com.starlightdesk.data.growth.GrowthReference;
import com.starlightdesk.data.growth.GrowthReferences;
import com.starlightdesk.data.growth.GrowthTable;
import com.starlightdesk.data.growth.Sex;
import com.starlightdesk.data.growth.StandardNormal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * Measures {@link GrowthChart} with 40 of a child's points, in a 1366×768 window under a display
 * (app/scripts/growth-chart-bench.sh): the chart's figures computed from the references (nine percentile
 * curves of 121 points), the time from handing a chart to the control until the pulse whose layout has
 * placed all 40 points, and the time to render the laid-out chart to an image; p50/p95 over 200
 * alternations between a WHO chart (weight-for-age, birth to 24 months) and a CDC one (BMI-for-age,
 * 2 to 20 years), after 40 warm-up rounds. Prints; asserts nothing. Not run by the test suite.
 */
public final class GrowthChartBench {
    private static final int POINTS = 40;
    private static final int WARM_UP = 40;
    private static final int ROUNDS = 200;

    private GrowthChartBench() {
    }

    public static void main(String[] args) throws Exception {
        Path snapshots = args.length > 0 ? Path.of(args[0]) : null;
        try {
            run(snapshots);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(Path snapshots) throws Exception {
        GrowthReferences references = new GrowthReferences();
        List<Long> models = new ArrayList<>();
        GrowthChartModel who = null;
        GrowthChartModel cdc = null;
        for (int i = 0; i < WARM_UP + ROUNDS; i++) {
            long t0 = System.nanoTime();
            who = GrowthChartModel.of(references, GrowthTable.WHO_WEIGHT_FOR_AGE, Sex.FEMALE,
                    child(references, GrowthTable.WHO_WEIGHT_FOR_AGE, 0, GrowthReferences.SWITCH_AGE_DAYS));
            cdc = GrowthChartModel.of(references, GrowthTable.CDC_BMI_FOR_AGE, Sex.FEMALE,
                    child(references, GrowthTable.CDC_BMI_FOR_AGE, GrowthReferences.SWITCH_AGE_DAYS, GrowthReferences.LAST_AGE_DAYS));
            if (i >= WARM_UP) {
                models.add((System.nanoTime() - t0) / 2);
            }
        }
        System.out.printf("growth chart: chart figures from the references (9 curves × %d points + %d points): %s%n",
                GrowthChartModel.CURVE_SAMPLES, POINTS, percentiles(models));

        WindowDriver.startToolkit();
        GrowthChart chart = WindowDriver.onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            GrowthChart control = new GrowthChart();
            BorderPane pane = new BorderPane(control);
            Scene scene = new Scene(pane, 1366, 768);
            scene.getStylesheets().add(Objects.requireNonNull(DesktopWindow.class.getResource("app.css")).toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return control;
        });
        List<Long> drawn = new ArrayList<>();
        List<Long> rendered = new ArrayList<>();
        for (int i = 0; i < WARM_UP + ROUNDS; i++) {
            GrowthChartModel model = i % 2 == 0 ? who : cdc;
            long layout = timeToLaidOut(chart, model);
            long t0 = System.nanoTime();
            WindowDriver.onFx(() -> chart.snapshot(null, null));
            long render = System.nanoTime() - t0;
            if (i >= WARM_UP) {
                drawn.add(layout);
                rendered.add(render);
            }
        }
        System.out.printf("growth chart: handed to the control until its %d points are laid out (one pulse): %s%n", POINTS,
                percentiles(drawn));
        System.out.printf("growth chart: laid-out chart rendered to an image (software pipeline): %s%n", percentiles(rendered));
        List<Long> total = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            total.add(models.get(i) + drawn.get(i) + rendered.get(i));
        }
        System.out.printf("growth chart: figures + layout + render, 40 points drawn: %s%n", percentiles(total));
        if (snapshots != null) {
            Files.createDirectories(snapshots);
            for (GrowthChartModel model : List.of(who, cdc)) {
                timeToLaidOut(chart, model);
                WindowDriver.savePng(chart.getScene(), snapshots.resolve(model.table().name().toLowerCase(Locale.ROOT) + ".png"));
            }
        }
    }

    /** A girl measured 40 times across {@code from}–{@code to} days, drifting around the 60th percentile. */
    private static List<GrowthChartModel.Plotted> child(GrowthReferences references, GrowthTable table, double from, double to) {
        GrowthReference reference = references.reference(table);
        List<GrowthChartModel.Plotted> points = new ArrayList<>();
        for (int i = 0; i < POINTS; i++) {
            double days = from + (to - from) * (i + 0.5) / POINTS;
            double z = 0.25 + 0.4 * Math.sin(i / 5.0);
            double value = reference.measurementAt(Sex.FEMALE, days, z).orElseThrow();
            points.add(new GrowthChartModel.Plotted(days, value, String.format(Locale.US,
                    "%.1f %s · %.0f days · %.0fth percentile · z %.2f", value, table.indicator().unit(), days,
                    100 * StandardNormal.cdf(z), z)));
        }
        return points;
    }

    private static long timeToLaidOut(GrowthChart chart, GrowthChartModel model) throws Exception {
        Scene scene = WindowDriver.onFx(chart::getScene);
        CountDownLatch done = new CountDownLatch(1);
        long[] start = new long[1];
        long[] end = new long[1];
        Runnable[] probe = new Runnable[1];
        probe[0] = () -> {
            if (chart.model() == model && chart.points().size() == POINTS
                    && chart.points().get(POINTS - 1).getCenterX() > 0) {
                end[0] = System.nanoTime();
                scene.removePostLayoutPulseListener(probe[0]);
                done.countDown();
            }
        };
        WindowDriver.onFx(() -> {
            scene.addPostLayoutPulseListener(probe[0]);
            start[0] = System.nanoTime();
            chart.show(model);
            return null;
        });
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("chart not laid out");
        }
        return end[0] - start[0];
    }

    private static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format(Locale.US, "p50 %.2f ms, p95 %.2f ms, max %.2f ms over %d", sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6, sorted.get(sorted.size() - 1) / 1e6, sorted.size());
    }
}
