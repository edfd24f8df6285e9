package com.starlightdesk.app.calendar;

import com.starlightdesk.app.parts.VisitTypeMarks;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Parent;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * One visit drawn on the day or week grid, in its provider's colour, with a small mark in its visit type's
 * colour at the right, on the second line when the block has two ({@link VisitTypeMarks}; the text keeps
 * clear of it). Blocks are reused from one week to the next ({@link #show}), so paging through weeks restyles only what changed.
 *
 * <p>The block fits its text to its size when laid out: with room for two lines, the patient's name
 * and then the time range and status; with room for one, the start time and the name on one line
 * (and the status when there is room). A line that does not fit whole is hidden. A name too wide is
 * shortened to the first name's initial ("Brooks, O."), then ends with an ellipsis; the time line
 * drops the status before it is cut.
 * The texts are fitted again only when the size, the visit or the fonts change. All blocks of a grid
 * share one tooltip, which names the hovered visit in full. Confined to the FX thread.
 */
final class VisitBlock extends Region {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm", Locale.US);
    private static final String ELLIPSIS = "…";
    private static final String DOUBLE_BOOKED_MARK = "⚠ ";
    /** Space between the start time and the name on a one-line block. */
    private static final double GAP = 4;
    /** The visit type's mark: its size, and the room the text leaves for it at the right. */
    private static final double MARK = 8;
    private static final double MARK_ROOM = MARK + 3;
    /** Below this width left for the name after the start time, a one-line block shows the name alone. */
    private static final double MIN_NAME_AFTER_TIME = 90;
    /** Key of the grid's shared tooltip in its parent's properties; key of the hovered block in the tooltip's. */
    private static final Object TOOLTIP_KEY = VisitBlock.class;
    private static final Object HOVERED_KEY = "hovered-visit-block";
    /** Measures strings off the scene graph; used only on the FX thread, during layout. */
    private static final Text MEASURE = new Text();

    static {
        MEASURE.setTextOrigin(VPos.TOP);
    }

    private final ZoneId zone;
    private final Text name = new Text();
    private final Text time = new Text();
    private final Text state = new Text();
    private final Region mark = new Region();
    private CalendarVisit visit;
    private String patient = "";
    private String shortPatient = "";
    private String startTime = "";
    private String range = "";
    private String status = "";

    // What the texts were last fitted to; a layout pass with the same values does nothing.
    private CalendarVisit fittedVisit;
    private double fittedWidth = -1;
    private double fittedHeight = -1;
    private Insets fittedInsets;
    private Font fittedNameFont;
    private Font fittedTimeFont;

    VisitBlock(ZoneId zone) {
        this.zone = zone;
        name.getStyleClass().add("visit-patient");
        time.getStyleClass().add("visit-time");
        state.getStyleClass().addAll("visit-time", "visit-status");
        for (Text text : List.of(name, time, state)) {
            text.setTextOrigin(VPos.TOP);
            text.setManaged(false); // placed by layoutChildren; a new text does not ask the grid for a layout
        }
        mark.setManaged(false);
        mark.resize(MARK, MARK);
        getChildren().addAll(name, time, state, mark);
        setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        parentProperty().addListener((obs, old, parent) -> shareTooltipOf(old, parent));
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> hovered());
    }

    /** Shows {@code shown} in this block. */
    void show(CalendarVisit shown) {
        this.visit = shown;
        List<String> classes = new ArrayList<>(5);
        classes.add("visit");
        classes.add("status-" + shown.appointment().status().code().replace('_', '-'));
        classes.add(shown.providerStyleClass());
        if (shown.doubleBooked()) {
            classes.add("double-booked");
        }
        if (shown.providerInactive()) {
            classes.add("inactive-provider");
        }
        if (!getStyleClass().equals(classes)) {
            getStyleClass().setAll(classes);
        }
        List<String> markClasses = List.of("visit-type-mark", VisitTypeMarks.styleClass(shown.appointment().appointmentType()));
        if (!mark.getStyleClass().equals(markClasses)) {
            mark.getStyleClass().setAll(markClasses);
        }
        String mark = shown.doubleBooked() ? DOUBLE_BOOKED_MARK : "";
        String full = shown.patientName();
        int comma = full.indexOf(", ");
        patient = mark + full;
        shortPatient = comma > 0 && comma + 2 < full.length() ? mark + full.substring(0, comma + 3) + "." : patient;
        startTime = TIME.format(shown.start(zone));
        range = startTime + "–" + TIME.format(shown.end(zone));
        status = VisitStatusFlow.label(shown.appointment().status());
        setAccessibleText(description());
        setUserData(shown.appointment().id());
        setTranslateX(0);
        setTranslateY(0);
        fittedVisit = null;
        requestLayout();
    }

    /** Puts the block aside until a later week needs it. */
    void hide() {
        setVisible(false);
        if (!getStyleClass().equals(List.of("visit-spare"))) {
            getStyleClass().setAll("visit-spare");
        }
        visit = null;
        fittedVisit = null;
        name.setText("");
        time.setText("");
        state.setText("");
        setAccessibleText(null);
        setUserData(null);
    }

    CalendarVisit visit() {
        return visit;
    }

    /**
     * The visit in full words: name, time range, status and, when so, "double booked" and the
     * deactivated provider it is with.
     */
    String description() {
        if (visit == null) {
            return "";
        }
        return visit.patientName() + ", " + range + ", " + status + (visit.doubleBooked() ? ", double booked" : "")
                + (visit.providerInactive() ? ", with " + visit.providerName() + " (inactive)" : "");
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        Font nameFont = name.getFont();
        Font timeFont = time.getFont();
        if (visit == null || (visit == fittedVisit && getWidth() == fittedWidth && getHeight() == fittedHeight
                && insets.equals(fittedInsets) && nameFont.equals(fittedNameFont) && timeFont.equals(fittedTimeFont))) {
            return;
        }
        fittedVisit = visit;
        fittedWidth = getWidth();
        fittedHeight = getHeight();
        fittedInsets = insets;
        fittedNameFont = nameFont;
        fittedTimeFont = timeFont;

        double left = insets.getLeft();
        double top = insets.getTop();
        double fullWidth = Math.max(0, getWidth() - left - insets.getRight());
        double width = Math.max(0, fullWidth - MARK_ROOM);
        double markX = getWidth() - insets.getRight() - MARK;
        mark.relocate(markX, top + 2);
        mark.setVisible(getHeight() >= MARK + top + 2);
        // A line may run into the bottom padding: the block's own edge is what clips it.
        double height = getHeight() - top;
        double nameLine = lineHeight(nameFont);
        double timeLine = lineHeight(timeFont);

        state.setVisible(false);
        if (height >= nameLine + timeLine) {
            // Two lines: the name across the whole block, then the time range and status beside the
            // type's mark (the name is what a narrow lane most needs room for).
            name.setText(fit(nameFont, fullWidth, patient, shortPatient));
            time.setText(fit(timeFont, width, range + " · " + status, range));
            mark.relocate(markX, top + nameLine + Math.max(0, (timeLine - MARK) / 2));
            name.relocate(left, top);
            time.relocate(left, top + nameLine);
            name.setVisible(true);
            time.setVisible(true);
        } else if (height >= nameLine) {
            oneLine(left, top, width, nameFont, timeFont);
        } else {
            // Too short for a whole line: the tooltip tells the visit.
            name.setVisible(false);
            time.setVisible(false);
        }
    }

    /**
     * One line: the start time, short, then the name, then the status if there is room. The name comes
     * first: the time is left out rather than the name shortened to a few letters.
     */
    private void oneLine(double left, double top, double width, Font nameFont, Font timeFont) {
        double timeWidth = width(startTime, timeFont);
        double afterTime = width - timeWidth - GAP;
        String shown = firstFitting(nameFont, afterTime, patient, shortPatient);
        boolean withTime = shown != null;
        if (!withTime) {
            shown = firstFitting(nameFont, width, patient, shortPatient);
            withTime = shown == null && afterTime >= MIN_NAME_AFTER_TIME;
            if (shown == null) {
                shown = fit(nameFont, withTime ? afterTime : width, patient, shortPatient);
            }
        }
        double nameX = withTime ? left + timeWidth + GAP : left;
        name.setText(shown);
        name.relocate(nameX, top);
        name.setVisible(true);
        time.setVisible(withTime);
        double baseline = top + baseline(nameFont) - baseline(timeFont);
        if (withTime) {
            time.setText(startTime);
            time.relocate(left, baseline);
        }
        String statusText = "· " + status;
        double statusX = nameX + width(shown, nameFont) + GAP;
        if (shown.equals(patient) && statusX + width(statusText, timeFont) <= left + width) {
            state.setText(statusText);
            state.relocate(statusX, baseline);
            state.setVisible(true);
        }
    }

    /** The first of {@code candidates} that fits {@code width}, or null. */
    private static String firstFitting(Font font, double width, String... candidates) {
        for (String candidate : candidates) {
            if (width(candidate, font) <= width) {
                return candidate;
            }
        }
        return null;
    }

    /** The first of {@code candidates} that fits {@code width}, else the first one cut to fit with an ellipsis. */
    private static String fit(Font font, double width, String... candidates) {
        String fitting = firstFitting(font, width, candidates);
        return fitting != null ? fitting : ellipsised(candidates[0], font, width);
    }

    /** The longest start of {@code text} that fits {@code width} with an ellipsis after it ("" if none). */
    private static String ellipsised(String text, Font font, double width) {
        int low = 0;
        int high = text.length() - 1;
        while (low < high) { // the longest prefix whose ellipsised width fits
            int middle = (low + high + 1) >>> 1;
            if (width(text.substring(0, middle).stripTrailing() + ELLIPSIS, font) <= width) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low == 0 ? "" : text.substring(0, low).stripTrailing() + ELLIPSIS;
    }

    private static double width(String text, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(text);
        return MEASURE.getLayoutBounds().getWidth();
    }

    private static double lineHeight(Font font) {
        MEASURE.setFont(font);
        MEASURE.setText("Ag");
        return Math.ceil(MEASURE.getLayoutBounds().getHeight());
    }

    private static double baseline(Font font) {
        MEASURE.setFont(font);
        MEASURE.setText("Ag");
        return MEASURE.getBaselineOffset();
    }

    // The tooltip: one per grid (a tooltip is a window of its own), shared by all its blocks.

    private void shareTooltipOf(Parent old, Parent parent) {
        if (old != null && old.getProperties().get(TOOLTIP_KEY) instanceof Tooltip shared) {
            Tooltip.uninstall(this, shared);
        }
        if (parent != null) {
            Tooltip.install(this, (Tooltip) parent.getProperties().computeIfAbsent(TOOLTIP_KEY, key -> newTooltip()));
        }
    }

    private static Tooltip newTooltip() {
        Tooltip tooltip = new Tooltip();
        tooltip.getStyleClass().add("visit-tooltip");
        tooltip.setShowDelay(Duration.millis(600));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        // The text is filled for the hovered block only while shown, and not kept afterwards.
        tooltip.setOnShowing(e -> tooltip.setText(tooltip.getProperties().get(HOVERED_KEY) instanceof VisitBlock block
                ? block.description() : ""));
        tooltip.setOnHidden(e -> tooltip.setText(""));
        return tooltip;
    }

    /** The mouse came onto this block: the shared tooltip is about this visit from now on. */
    private void hovered() {
        if (getParent() != null && getParent().getProperties().get(TOOLTIP_KEY) instanceof Tooltip shared) {
            shared.getProperties().put(HOVERED_KEY, this);
            if (shared.isShowing()) {
                shared.setText(description());
            }
        }
    }
}
