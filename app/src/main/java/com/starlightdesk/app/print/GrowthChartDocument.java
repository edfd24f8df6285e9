package com.starlightdesk.app.print;

import com.starlightdesk.data.domain.VitalSigns;
import com.starlightdesk.data.growth.AxisRange;
import com.starlightdesk.data.growth.Bmi;
import com.starlightdesk.data.growth.CurvePoint;
import com.starlightdesk.data.growth.GrowthIndicator;
import com.starlightdesk.data.growth.GrowthReference;
import com.starlightdesk.data.growth.GrowthStandard;
import com.starlightdesk.data.growth.Inches;
import com.starlightdesk.data.growth.PercentileCurve;
import com.starlightdesk.data.growth.Pounds;
import com.starlightdesk.data.growth.Sex;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Writes a {@link GrowthChart} as a PDF: the practice's letterhead, the child, the chart drawn as vector
 * graphics (the 3rd to 97th percentile curves with the bands between them shaded, a grid, both axes in the
 * reference's units and the US unit on the right, the child's measurements joined by a line), and a table
 * of the measurements with their percentiles. Stateless.
 */
public final class GrowthChartDocument {
    private static final float PLOT_MOST = 400;
    private static final float PLOT_LEAST = 290;
    /** What the page holds below the plot besides the table: axis labels, legend, the note. */
    private static final float BELOW_PLOT = 120;
    private static final float AXIS_LEFT = 40;
    private static final float AXIS_RIGHT = 50;
    private static final Color GRID = new Color(0xDD, 0xE3, 0xEA);
    private static final Color GRID_MINOR = new Color(0xEE, 0xF1, 0xF5);
    private static final Color OUTER_BAND = new Color(0xE6, 0xEF, 0xF7);
    private static final Color INNER_BAND = new Color(0xD2, 0xE2, 0xF0);
    private static final Color CURVE = new Color(0x5A, 0x80, 0xA6);
    private static final Color CHILD = new Color(0xD1, 0x4B, 0x1F);
    private static final float BODY = 10;
    private static final float TABLE_ROW = PageFlow.leading(9) + 2;
    private static final double POUNDS_PER_KG = 1 / Pounds.KG_PER_POUND.doubleValue();
    private static final double INCHES_PER_CM = 1 / Inches.CM_PER_INCH.doubleValue();

    private GrowthChartDocument() {
    }

    /** Writes {@code chart} to {@code out} (not closed). */
    public static void write(GrowthChart chart, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Growth chart");
            info.setCreator("Starlight Desk");
            DocumentFonts fonts = DocumentFonts.embedIn(document);
            try (PageFlow flow = new PageFlow(document, fonts)) {
                String about = chart.childName() + " · born " + Wording.DAY.format(chart.birthDate());
                flow.onNewPage(f -> LetterheadBlock.running(f, chart.letterhead(), about));
                flow.newPage();
                LetterheadBlock.draw(flow, chart.letterhead(), "Growth chart", GrowthChart.title(chart.table()));
                child(flow, chart);
                plot(flow, chart);
                measurements(flow, chart);
                flow.finish(about, chart.letterhead().title());
            }
            document.save(out);
        }
    }

    private static void child(PageFlow flow, GrowthChart chart) throws IOException {
        flow.down(20);
        flow.text(chart.childName(), flow.fonts().bold(), 17, PageFlow.INK, flow.left(), flow.y());
        flow.down(17);
        flow.text("Born " + Wording.DAY.format(chart.birthDate()) + "  ·  " + (chart.sex() == Sex.FEMALE ? "Female" : "Male"),
                flow.fonts().regular(), BODY, PageFlow.MUTED, flow.left(), flow.y());
        flow.down(8);
    }

    /** The chart's frame: where data x and y land on the page. */
    private record Frame(float left, float bottom, float width, float height, AxisRange x, double yFrom, double yTo) {
        float px(double value) {
            return (float) (left + (value - x.from()) / (x.to() - x.from()) * width);
        }

        float py(double value) {
            return (float) (bottom + (value - yFrom) / (yTo - yFrom) * height);
        }

        float right() {
            return left + width;
        }

        float top() {
            return bottom + height;
        }
    }

    private static void plot(PageFlow flow, GrowthChart chart) throws IOException {
        DocumentFonts fonts = flow.fonts();
        GrowthIndicator indicator = chart.table().indicator();
        String sexWord = chart.sex() == Sex.FEMALE ? "girls" : "boys";
        flow.down(16);
        flow.text(GrowthChart.title(chart.table()) + ", " + sexWord + ", " + GrowthChart.range(chart.table(), chart.xRange()),
                fonts.bold(), 12, PageFlow.ACCENT, flow.left(), flow.y() - 12);
        flow.down(36);
        // as tall as the page allows with the table of measurements under it, within bounds
        float table = 54 + Math.max(1, chart.points().size()) * TABLE_ROW;
        float room = flow.y() - PageFlow.MARGIN - PageFlow.FOOTER - BELOW_PLOT - table;
        float plotHeight = Math.max(PLOT_LEAST, Math.min(PLOT_MOST, room));

        double yFrom = Double.MAX_VALUE;
        double yTo = -Double.MAX_VALUE;
        for (PercentileCurve curve : chart.curves()) {
            for (CurvePoint p : curve.points()) {
                yFrom = Math.min(yFrom, p.measurement());
                yTo = Math.max(yTo, p.measurement());
            }
        }
        for (GrowthChart.Point p : chart.points()) {
            yFrom = Math.min(yFrom, p.measurement());
            yTo = Math.max(yTo, p.measurement());
        }
        double step = niceStep(yTo - yFrom, 12);
        yFrom = Math.max(0, Math.floor(yFrom / step) * step);
        yTo = Math.ceil(yTo / step) * step;

        Frame frame = new Frame(flow.left() + AXIS_LEFT, flow.y() - plotHeight, flow.width() - AXIS_LEFT - AXIS_RIGHT,
                plotHeight, chart.xRange(), yFrom, yTo);
        PDPageContentStream out = flow.out();

        bands(out, frame, chart.curves());
        grid(flow, frame, chart, step);
        curves(flow, frame, chart.curves());
        childPoints(out, frame, chart.points());

        out.setStrokingColor(PageFlow.MUTED);
        out.setLineWidth(0.8f);
        out.addRect(frame.left(), frame.bottom(), frame.width(), frame.height());
        out.stroke();

        // y axis titles: the reference's unit on the left, the US unit on the right
        flow.text(unitTitle(indicator), fonts.bold(), 8, PageFlow.MUTED, flow.left(), frame.top() + 9);
        String usUnit = usUnit(indicator);
        if (usUnit != null) {
            flow.textRight(usUnit, fonts.bold(), 8, PageFlow.MUTED, flow.left() + flow.width(), frame.top() + 9);
        }
        flow.down(plotHeight + 30);
        String xTitle = indicator.byLength() ? (chart.table().lengthPosition() == com.starlightdesk.data.domain.LengthPosition.STANDING
                ? "Height (cm)" : "Length (cm)") : ageInYears(chart.xRange()) ? "Age (years)" : "Age (months)";
        float titleWidth = DocumentFonts.width(fonts.bold(), xTitle, 8.5f);
        flow.text(xTitle, fonts.bold(), 8.5f, PageFlow.MUTED, frame.left() + (frame.width() - titleWidth) / 2, flow.y() + 4);
        flow.down(10);

        legend(flow, frame);
        String source = chart.table().standard() == GrowthStandard.WHO_2006
                ? "WHO Child Growth Standards (2006)" : "CDC 2000 growth charts for the United States";
        flow.paragraph("The curves are the 3rd, 5th, 10th, 25th, 50th (thicker), 75th, 90th, 95th and 97th percentiles of the "
                + source + ". " + chart.note(), fonts.regular(), 8.5f, PageFlow.MUTED, flow.left(), flow.width());
    }

    private static String unitTitle(GrowthIndicator indicator) {
        return switch (indicator) {
            case WEIGHT_FOR_AGE, WEIGHT_FOR_LENGTH -> "Weight (kg)";
            case LENGTH_FOR_AGE -> "Length / height (cm)";
            case HEAD_CIRCUMFERENCE_FOR_AGE -> "Head circumference (cm)";
            case BMI_FOR_AGE -> "BMI (kg/m²)";
        };
    }

    private static String usUnit(GrowthIndicator indicator) {
        return switch (indicator) {
            case WEIGHT_FOR_AGE, WEIGHT_FOR_LENGTH -> "lb";
            case LENGTH_FOR_AGE, HEAD_CIRCUMFERENCE_FOR_AGE -> "in";
            case BMI_FOR_AGE -> null;
        };
    }

    private static double usFactor(GrowthIndicator indicator) {
        return switch (indicator) {
            case WEIGHT_FOR_AGE, WEIGHT_FOR_LENGTH -> POUNDS_PER_KG;
            case LENGTH_FOR_AGE, HEAD_CIRCUMFERENCE_FOR_AGE -> INCHES_PER_CM;
            case BMI_FOR_AGE -> 0;
        };
    }

    private static boolean ageInYears(AxisRange range) {
        return range.to() / GrowthReference.DAYS_PER_MONTH > 36;
    }

    /** A step of 1, 2 or 5 times a power of ten that divides {@code span} into at most {@code most} parts. */
    static double niceStep(double span, int most) {
        double raw = span / most;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static void bands(PDPageContentStream out, Frame frame, List<PercentileCurve> curves) throws IOException {
        band(out, frame, curve(curves, 3), curve(curves, 97), OUTER_BAND);
        band(out, frame, curve(curves, 25), curve(curves, 75), INNER_BAND);
    }

    private static PercentileCurve curve(List<PercentileCurve> curves, int percentile) {
        return curves.stream().filter(c -> c.percentile() == percentile).findFirst().orElseThrow();
    }

    private static void band(PDPageContentStream out, Frame frame, PercentileCurve low, PercentileCurve high, Color color)
            throws IOException {
        if (low.points().isEmpty() || high.points().isEmpty()) {
            return;
        }
        out.setNonStrokingColor(color);
        CurvePoint first = low.points().get(0);
        out.moveTo(frame.px(first.x()), frame.py(first.measurement()));
        for (CurvePoint p : low.points()) {
            out.lineTo(frame.px(p.x()), frame.py(p.measurement()));
        }
        for (int i = high.points().size() - 1; i >= 0; i--) {
            CurvePoint p = high.points().get(i);
            out.lineTo(frame.px(p.x()), frame.py(p.measurement()));
        }
        out.closePath();
        out.fill();
    }

    private static void grid(PageFlow flow, Frame frame, GrowthChart chart, double yStep) throws IOException {
        PDPageContentStream out = flow.out();
        DocumentFonts fonts = flow.fonts();
        GrowthIndicator indicator = chart.table().indicator();
        // horizontal lines, labelled on the left in the reference's unit
        double minor = yStep / 2;
        for (double y = frame.yFrom(); y <= frame.yTo() + 1e-9; y += minor) {
            boolean major = Math.abs(y / yStep - Math.rint(y / yStep)) < 1e-6;
            line(out, frame.left(), frame.py(y), frame.right(), frame.py(y), major ? GRID : GRID_MINOR, major ? 0.5f : 0.3f);
            if (major) {
                flow.textRight(axisNumber(y), fonts.regular(), 7.5f, PageFlow.MUTED, frame.left() - 4, frame.py(y) - 2.5f);
            }
        }
        // the US unit on the right: ticks and labels at round pounds or inches
        double factor = usFactor(indicator);
        if (factor > 0) {
            double usFrom = frame.yFrom() * factor;
            double usTo = frame.yTo() * factor;
            double usStep = niceStep(usTo - usFrom, 14);
            for (double u = Math.ceil(usFrom / usStep) * usStep; u <= usTo + 1e-9; u += usStep) {
                float py = frame.py(u / factor);
                line(out, frame.right(), py, frame.right() + 3, py, PageFlow.MUTED, 0.5f);
                flow.textRight(axisNumber(u), fonts.regular(), 7.5f, PageFlow.MUTED, frame.right() + AXIS_RIGHT, py - 2.5f);
            }
        }
        // vertical lines: months (labelled every other one), years, or centimetres
        AxisRange x = frame.x();
        double tick;
        double labelEvery;
        double origin;
        if (indicator.byLength()) {
            tick = 1;
            labelEvery = 5;
            origin = 0;
        } else if (ageInYears(x)) {
            tick = GrowthReference.DAYS_PER_MONTH * 6;
            labelEvery = GrowthReference.DAYS_PER_MONTH * 12;
            origin = 0;
        } else {
            tick = GrowthReference.DAYS_PER_MONTH;
            labelEvery = (x.to() - x.from()) / GrowthReference.DAYS_PER_MONTH > 13 ? GrowthReference.DAYS_PER_MONTH * 2
                    : GrowthReference.DAYS_PER_MONTH;
            origin = 0;
        }
        double first = Math.ceil((x.from() - origin) / tick - 1e-9) * tick + origin;
        for (double v = first; v <= x.to() + 1e-6; v += tick) {
            boolean labelled = Math.abs(v / labelEvery - Math.rint(v / labelEvery)) < 1e-6;
            float px = frame.px(v);
            line(out, px, frame.bottom(), px, frame.top(), labelled ? GRID : GRID_MINOR, labelled ? 0.5f : 0.3f);
            if (labelled) {
                String label = indicator.byLength() ? axisNumber(v)
                        : ageInYears(x) ? axisNumber(v / (GrowthReference.DAYS_PER_MONTH * 12))
                        : axisNumber(v / GrowthReference.DAYS_PER_MONTH);
                float w = DocumentFonts.width(fonts.regular(), label, 7.5f);
                flow.text(label, fonts.regular(), 7.5f, PageFlow.MUTED, px - w / 2, frame.bottom() - 10);
            }
        }
    }

    private static void curves(PageFlow flow, Frame frame, List<PercentileCurve> curves) throws IOException {
        PDPageContentStream out = flow.out();
        float lastLabel = Float.NaN;
        for (PercentileCurve curve : curves) {
            if (curve.points().size() < 2) {
                continue;
            }
            out.setStrokingColor(curve.percentile() == 50 ? PageFlow.ACCENT : CURVE);
            out.setLineWidth(curve.percentile() == 50 ? 1.5f : 0.7f);
            CurvePoint first = curve.points().get(0);
            out.moveTo(frame.px(first.x()), frame.py(first.measurement()));
            for (CurvePoint p : curve.points().subList(1, curve.points().size())) {
                out.lineTo(frame.px(p.x()), frame.py(p.measurement()));
            }
            out.stroke();
            CurvePoint end = curve.points().get(curve.points().size() - 1);
            float y = frame.py(end.measurement()) - 2.5f;
            // curves bunch together at the lower end: keep each label clear of the one under it
            if (!Float.isNaN(lastLabel) && y < lastLabel + 7.5f) {
                y = lastLabel + 7.5f;
            }
            lastLabel = y;
            flow.text(String.valueOf(curve.percentile()), flow.fonts().regular(), 7, curve.percentile() == 50 ? PageFlow.ACCENT : CURVE,
                    frame.px(end.x()) + 3, y);
        }
    }

    private static void childPoints(PDPageContentStream out, Frame frame, List<GrowthChart.Point> points) throws IOException {
        if (points.isEmpty()) {
            return;
        }
        out.setStrokingColor(CHILD);
        out.setLineWidth(1.1f);
        for (int i = 0; i < points.size(); i++) {
            GrowthChart.Point p = points.get(i);
            if (i == 0) {
                out.moveTo(frame.px(p.x()), frame.py(p.measurement()));
            } else {
                out.lineTo(frame.px(p.x()), frame.py(p.measurement()));
            }
        }
        if (points.size() > 1) {
            out.stroke();
        }
        out.setNonStrokingColor(CHILD);
        for (GrowthChart.Point p : points) {
            dot(out, frame.px(p.x()), frame.py(p.measurement()), 2.8f);
        }
        out.fill();
    }

    /** A circle of radius {@code r} around ({@code x}, {@code y}) as four Bézier arcs, added to the path. */
    private static void dot(PDPageContentStream out, float x, float y, float r) throws IOException {
        float k = 0.5523f * r;
        out.moveTo(x + r, y);
        out.curveTo(x + r, y + k, x + k, y + r, x, y + r);
        out.curveTo(x - k, y + r, x - r, y + k, x - r, y);
        out.curveTo(x - r, y - k, x - k, y - r, x, y - r);
        out.curveTo(x + k, y - r, x + r, y - k, x + r, y);
        out.closePath();
    }

    private static void line(PDPageContentStream out, float x1, float y1, float x2, float y2, Color color, float width)
            throws IOException {
        out.setStrokingColor(color);
        out.setLineWidth(width);
        out.moveTo(x1, y1);
        out.lineTo(x2, y2);
        out.stroke();
    }

    private static void legend(PageFlow flow, Frame frame) throws IOException {
        PDPageContentStream out = flow.out();
        float y = flow.y() - 8;
        float x = frame.left();
        line(out, x, y + 3, x + 18, y + 3, CHILD, 1.1f);
        out.setNonStrokingColor(CHILD);
        dot(out, x + 9, y + 3, 2.8f);
        out.fill();
        flow.text("Your child's measurements", flow.fonts().regular(), 8.5f, PageFlow.INK, x + 24, y);
        x += 170;
        out.setNonStrokingColor(OUTER_BAND);
        out.addRect(x, y - 1, 18, 8);
        out.fill();
        flow.text("3rd to 97th percentile", flow.fonts().regular(), 8.5f, PageFlow.INK, x + 24, y);
        x += 130;
        out.setNonStrokingColor(INNER_BAND);
        out.addRect(x, y - 1, 18, 8);
        out.fill();
        flow.text("25th to 75th percentile", flow.fonts().regular(), 8.5f, PageFlow.INK, x + 24, y);
        flow.down(18);
    }

    private static void measurements(PageFlow flow, GrowthChart chart) throws IOException {
        DocumentFonts fonts = flow.fonts();
        if (chart.points().isEmpty()) {
            flow.heading("Measurements", PageFlow.leading(BODY));
            flow.paragraph("None of your child's measurements fall on this chart yet.", fonts.regular(), BODY, PageFlow.INK,
                    flow.left(), flow.width());
            return;
        }
        flow.heading("Measurements on this chart", PageFlow.leading(BODY) * 3);
        float dateX = flow.left() + 6;
        float ageX = flow.left() + 90;
        float valueX = flow.left() + 250;
        float percentileX = flow.left() + flow.width() - 140;
        float rowHeight = TABLE_ROW;
        flow.keep(rowHeight * 2);
        float head = flow.y() - rowHeight + 5;
        flow.text("Date", fonts.bold(), 8.5f, PageFlow.MUTED, dateX, head);
        flow.text("Age", fonts.bold(), 8.5f, PageFlow.MUTED, ageX, head);
        flow.text("Measurement", fonts.bold(), 8.5f, PageFlow.MUTED, valueX, head);
        flow.text("Percentile", fonts.bold(), 8.5f, PageFlow.MUTED, percentileX, head);
        flow.down(rowHeight);
        boolean shaded = true;
        for (GrowthChart.Point p : chart.points()) {
            flow.keep(rowHeight);
            if (shaded) {
                flow.out().setNonStrokingColor(new Color(0xF1, 0xF5, 0xF9));
                flow.out().addRect(flow.left(), flow.y() - rowHeight, flow.width(), rowHeight);
                flow.out().fill();
            }
            shaded = !shaded;
            float baseline = flow.y() - rowHeight + 5;
            flow.text(Wording.DAY.format(p.measuredOn()), fonts.regular(), 9, PageFlow.INK, dateX, baseline);
            flow.text(p.age(), fonts.regular(), 9, PageFlow.INK, ageX, baseline);
            flow.text(value(chart.table().indicator(), p.vitals()), fonts.regular(), 9, PageFlow.INK, valueX, baseline);
            flow.text(Wording.percentile(p.percentile()), fonts.bold(), 9, PageFlow.ACCENT, percentileX, baseline);
            flow.down(rowHeight);
        }
    }

    /** The measurement as entered, with its other unit: the weight, the length, the head, the BMI, or weight at length. */
    private static String value(GrowthIndicator indicator, VitalSigns v) {
        return switch (indicator) {
            case WEIGHT_FOR_AGE -> Wording.weight(v.weightKg(), v.weightUnit());
            case LENGTH_FOR_AGE -> Wording.length(v.heightCm(), v.lengthUnit());
            case HEAD_CIRCUMFERENCE_FOR_AGE -> Wording.length(v.headCircumferenceCm(), v.lengthUnit());
            case BMI_FOR_AGE -> Wording.plain(Bmi.of(v.weightKg(), v.heightCm())) + " kg/m²";
            case WEIGHT_FOR_LENGTH -> Wording.plain(v.weightKg()) + " kg at " + Wording.plain(v.heightCm()) + " cm";
        };
    }

    private static String axisNumber(double value) {
        double rounded = Math.rint(value);
        if (Math.abs(value - rounded) < 1e-6) {
            return String.valueOf((long) rounded);
        }
        return new BigDecimal(String.format(Locale.US, "%.2f", value)).stripTrailingZeros().toPlainString();
    }
}
