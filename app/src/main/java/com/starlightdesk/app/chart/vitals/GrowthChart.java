package com.starlightdesk.app.chart.vitals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polyline;

/**
 * A growth chart: axes with their units, the nine percentile curves labelled at the right edge, and the
 * child's measurements as points joined in order; hovering near a point shows what it is (value, age,
 * percentile, z-score). Drawn with a few shapes styled by {@code growth-chart.css}: the nodes are made
 * when a chart is {@linkplain #show shown}, and only moved when the control is resized. Confined to the
 * FX thread.
 */
public final class GrowthChart extends Region {
    private static final double LEFT = 58;
    private static final double RIGHT = 46;
    private static final double TOP = 34;
    private static final double BOTTOM = 46;
    private static final double LABEL_GAP = 11;
    private static final double HOVER_RADIUS = 12;

    private GrowthChartModel model;
    private final Label title = new Label();
    private final Path grid = new Path();
    private final Path axes = new Path();
    private final Label xTitle = new Label();
    private final Label yTitle = new Label();
    private final List<Label> xTicks = new ArrayList<>();
    private final List<Label> yTicks = new ArrayList<>();
    private final List<Path> curves = new ArrayList<>();
    private final List<Label> curveLabels = new ArrayList<>();
    private final Polyline childLine = new Polyline();
    private final List<Circle> dots = new ArrayList<>();
    private final Label callout = new Label();
    private Circle hovered;
    private double left;
    private double top;
    private double plotWidth;
    private double plotHeight;

    public GrowthChart() {
        getStyleClass().add("growth-chart");
        getStylesheets().add(Objects.requireNonNull(GrowthChart.class.getResource("growth-chart.css")).toExternalForm());
        title.getStyleClass().add("chart-title");
        grid.getStyleClass().add("grid-line");
        axes.getStyleClass().add("axis-line");
        xTitle.getStyleClass().add("axis-title");
        yTitle.getStyleClass().add("axis-title");
        yTitle.setRotate(-90);
        childLine.getStyleClass().add("child-line");
        childLine.setMouseTransparent(true);
        callout.getStyleClass().add("growth-callout");
        callout.setManaged(false);
        callout.setVisible(false);
        callout.setMouseTransparent(true);
        setMinSize(320, 240);
        setPrefSize(720, 460);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(Double.NaN, Double.NaN));
    }

    /** Shows {@code chart} (null: nothing). */
    public void show(GrowthChartModel chart) {
        this.model = chart;
        hovered = null;
        callout.setVisible(false);
        xTicks.clear();
        yTicks.clear();
        curves.clear();
        curveLabels.clear();
        dots.clear();
        if (chart == null) {
            getChildren().clear();
            return;
        }
        title.setText(chart.title());
        xTitle.setText(chart.x().title());
        yTitle.setText(chart.y().title());
        for (double v : ticks(chart.x())) {
            xTicks.add(tickLabel(v, chart.x().step()));
        }
        for (double v : ticks(chart.y())) {
            yTicks.add(tickLabel(v, chart.y().step()));
        }
        for (GrowthChartModel.Curve curve : chart.curves()) {
            Path path = new Path();
            path.getStyleClass().add("percentile-curve");
            if (curve.percentile() == 50) {
                path.getStyleClass().add("median");
            } else if (curve.percentile() == 3 || curve.percentile() == 97) {
                path.getStyleClass().add("outer");
            }
            path.setMouseTransparent(true);
            curves.add(path);
            Label label = new Label(ordinal(curve.percentile()));
            label.getStyleClass().add("percentile-label");
            curveLabels.add(label);
        }
        for (GrowthChartModel.Point point : chart.points()) {
            Circle dot = new Circle(4);
            dot.getStyleClass().add("child-point");
            dot.setUserData(point);
            dot.setAccessibleText(point.description());
            dots.add(dot);
        }
        List<Node> nodes = new ArrayList<>();
        nodes.add(grid);
        nodes.add(axes);
        nodes.addAll(curves);
        nodes.add(childLine);
        nodes.addAll(dots);
        nodes.addAll(xTicks);
        nodes.addAll(yTicks);
        nodes.addAll(curveLabels);
        nodes.add(title);
        nodes.add(xTitle);
        nodes.add(yTitle);
        nodes.add(callout);
        getChildren().setAll(nodes);
        requestLayout();
    }

    public GrowthChartModel model() {
        return model;
    }

    /** The child's points drawn, each with its description as accessible text (tests and the bench count them). */
    public List<Circle> points() {
        return List.copyOf(dots);
    }

    /** What hovering shows now (empty when nothing is hovered). */
    public String calloutText() {
        return callout.isVisible() ? callout.getText() : "";
    }

    @Override
    protected void layoutChildren() {
        if (model == null) {
            return;
        }
        left = LEFT;
        top = TOP;
        plotWidth = Math.max(10, getWidth() - LEFT - RIGHT);
        plotHeight = Math.max(10, getHeight() - TOP - BOTTOM);
        place(title, left, 8);

        List<PathElement> gridLines = new ArrayList<>();
        List<Double> xs = ticks(model.x());
        for (int i = 0; i < xs.size(); i++) {
            double px = px(xs.get(i));
            gridLines.add(new MoveTo(px, top));
            gridLines.add(new LineTo(px, top + plotHeight));
            Label tick = xTicks.get(i);
            place(tick, px - tick.prefWidth(-1) / 2, top + plotHeight + 4);
        }
        List<Double> ys = ticks(model.y());
        for (int i = 0; i < ys.size(); i++) {
            double py = py(ys.get(i));
            gridLines.add(new MoveTo(left, py));
            gridLines.add(new LineTo(left + plotWidth, py));
            Label tick = yTicks.get(i);
            place(tick, left - 6 - tick.prefWidth(-1), py - tick.prefHeight(-1) / 2);
        }
        grid.getElements().setAll(gridLines);
        axes.getElements().setAll(new MoveTo(left, top), new LineTo(left, top + plotHeight), new LineTo(left + plotWidth, top + plotHeight));
        place(xTitle, left + plotWidth / 2 - xTitle.prefWidth(-1) / 2, top + plotHeight + 24);
        double yTitleWidth = yTitle.prefWidth(-1);
        double yTitleHeight = yTitle.prefHeight(-1);
        place(yTitle, 12 - yTitleWidth / 2, top + plotHeight / 2 - yTitleHeight / 2);

        double[] labelY = new double[curves.size()];
        for (int c = 0; c < curves.size(); c++) {
            GrowthChartModel.Curve curve = model.curves().get(c);
            List<PathElement> elements = new ArrayList<>(curve.xs().length);
            for (int i = 0; i < curve.xs().length; i++) {
                double px = px(curve.xs()[i]);
                double py = py(curve.ys()[i]);
                elements.add(i == 0 ? new MoveTo(px, py) : new LineTo(px, py));
            }
            curves.get(c).getElements().setAll(elements);
            labelY[c] = curve.ys().length == 0 ? top : py(curve.ys()[curve.ys().length - 1]);
        }
        placeCurveLabels(labelY);

        Double[] line = new Double[dots.size() * 2];
        for (int i = 0; i < dots.size(); i++) {
            GrowthChartModel.Point p = (GrowthChartModel.Point) dots.get(i).getUserData();
            double px = px(p.x());
            double py = py(p.y());
            dots.get(i).setCenterX(px);
            dots.get(i).setCenterY(py);
            line[2 * i] = px;
            line[2 * i + 1] = py;
        }
        childLine.getPoints().setAll(line);
        if (hovered != null) {
            placeCallout(hovered);
        }
    }

    /** The percentile labels at the right edge, at their curve's end, pushed apart so they never overlap. */
    private void placeCurveLabels(double[] labelY) {
        Integer[] order = new Integer[labelY.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(labelY[a], labelY[b]));
        double previous = -Double.MAX_VALUE;
        for (int i : order) {
            double y = Math.max(labelY[i], previous + LABEL_GAP);
            previous = y;
            Label label = curveLabels.get(i);
            place(label, left + plotWidth + 4, y - label.prefHeight(-1) / 2);
        }
    }

    private void hover(double x, double y) {
        Circle nearest = null;
        double best = HOVER_RADIUS * HOVER_RADIUS;
        if (!Double.isNaN(x)) {
            for (Circle dot : dots) {
                double dx = dot.getCenterX() - x;
                double dy = dot.getCenterY() - y;
                double d = dx * dx + dy * dy;
                if (d <= best) {
                    best = d;
                    nearest = dot;
                }
            }
        }
        if (nearest == hovered) {
            return;
        }
        if (hovered != null) {
            hovered.getStyleClass().remove("hovered");
        }
        hovered = nearest;
        if (nearest == null) {
            callout.setVisible(false);
            return;
        }
        nearest.getStyleClass().add("hovered");
        callout.setText(((GrowthChartModel.Point) nearest.getUserData()).description());
        callout.setVisible(true);
        placeCallout(nearest);
    }

    private void placeCallout(Circle dot) {
        callout.applyCss();
        double w = callout.prefWidth(-1);
        double h = callout.prefHeight(w);
        double x = dot.getCenterX() + 10;
        double y = dot.getCenterY() - h - 10;
        if (x + w > getWidth() - 2) {
            x = dot.getCenterX() - w - 10;
        }
        if (y < 2) {
            y = dot.getCenterY() + 10;
        }
        callout.resizeRelocate(Math.max(2, x), y, w, h);
    }

    private static void place(Label label, double x, double y) {
        label.resizeRelocate(Math.round(x), Math.round(y), label.prefWidth(-1), label.prefHeight(-1));
    }

    private double px(double x) {
        GrowthChartModel.Axis a = model.x();
        return left + (x - a.from()) / (a.to() - a.from()) * plotWidth;
    }

    private double py(double y) {
        GrowthChartModel.Axis a = model.y();
        return top + plotHeight - (y - a.from()) / (a.to() - a.from()) * plotHeight;
    }

    private static List<Double> ticks(GrowthChartModel.Axis axis) {
        List<Double> ticks = new ArrayList<>();
        long first = (long) Math.ceil(axis.from() / axis.step() - 1e-9);
        long last = (long) Math.floor(axis.to() / axis.step() + 1e-9);
        for (long i = first; i <= last; i++) {
            ticks.add(i * axis.step() + 0.0);
        }
        return ticks;
    }

    private static Label tickLabel(double value, double step) {
        boolean whole = Math.abs(step - Math.rint(step)) < 1e-9;
        Label label = new Label(whole ? String.format(Locale.US, "%.0f", value)
                : String.format(Locale.US, step * 10 == Math.rint(step * 10) ? "%.1f" : "%.2f", value));
        label.getStyleClass().add("tick-label");
        return label;
    }

    /** 3rd, 5th, 50th, 97th… */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
