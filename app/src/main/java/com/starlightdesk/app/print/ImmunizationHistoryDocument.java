package com.starlightdesk.app.print;

import com.starlightdesk.data.immunization.ImmunizationStatus.Standing;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Writes an {@link ImmunizationHistory} as the PDF a school or daycare asks for: US Letter, the practice's letterhead
 * with the day the record is as of, the child, what is due now, then each vaccine group under a band naming it and
 * where it stands, with a row per dose (the day, the vaccine, the lot and manufacturer or the source, and whether it
 * counts, the schedule's reasons under a dose that does not); the groups with no dose yet, immunity and
 * contraindications, the family's refusals, and a line for the provider's signature. A group cut by a page break
 * goes on under its name on the next page; every page's footer names the child, the practice and "Page i of n".
 * One per document, made by {@link #write}; not thread-safe.
 */
public final class ImmunizationHistoryDocument {
    private static final float BODY = 9;
    private static final float SMALL = 8;
    private static final float BAND = 16;
    private static final float HEADS = 12;
    private static final float GAP = 7;
    /** The height of the certification and the signature and date lines. */
    private static final float SIGNATURE = 78;
    private static final Color PANEL = new Color(0xF1, 0xF5, 0xF9);
    private static final Color COMPLETE = new Color(0x1E, 0x7B, 0x46);
    private static final Color OVERDUE = new Color(0xB4, 0x23, 0x18);
    private static final Color DUE = new Color(0xA1, 0x5C, 0x07);
    private static final Color NOT_VALID = new Color(0xB4, 0x23, 0x18);
    /** Where the dose table's columns start, from the left margin. */
    private static final float DATE_X = 6;
    private static final float VACCINE_X = 76;
    private static final float DETAILS_X = 258;
    private static final float COUNTS_WIDTH = 66;
    private static final float DETAILS = 8.5f;

    /** The page whose dose columns have their heads (one per page, above its first group). */
    private int headsOnPage;

    private ImmunizationHistoryDocument() {
    }

    /** Writes {@code history} to {@code out} (not closed). */
    public static void write(ImmunizationHistory history, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Immunization record");
            info.setCreator("Starlight Desk");
            DocumentFonts fonts = DocumentFonts.embedIn(document);
            try (PageFlow flow = new PageFlow(document, fonts)) {
                String about = history.childName() + " · born " + Wording.DAY.format(history.birthDate());
                flow.onNewPage(f -> LetterheadBlock.running(f, history.letterhead(), about));
                flow.newPage();
                LetterheadBlock.draw(flow, history.letterhead(), "Immunization record", "As of " + Wording.DAY.format(history.asOf()));
                ImmunizationHistoryDocument page = new ImmunizationHistoryDocument();
                page.child(flow, history);
                for (ImmunizationHistory.Group group : history.groups()) {
                    page.group(flow, group);
                }
                page.notGiven(flow, history);
                page.list(flow, "Immunity and contraindications", history.observations(), "None recorded.", 0);
                page.list(flow, "Vaccines the family declined", history.refusals(), "None recorded.", SIGNATURE);
                page.signature(flow, history);
                flow.finish(about, history.letterhead().title());
            }
            document.save(out);
        }
    }

    private void child(PageFlow flow, ImmunizationHistory h) throws IOException {
        DocumentFonts fonts = flow.fonts();
        flow.down(20);
        flow.text(h.childName(), fonts.bold(), 17, PageFlow.INK, flow.left(), flow.y());
        flow.down(17);
        flow.text("Born " + Wording.DAY.format(h.birthDate()) + "  ·  " + h.sex(), fonts.regular(), 10, PageFlow.MUTED, flow.left(), flow.y());
        flow.down(10);
        String due = h.dueNow().isEmpty()
                ? "No vaccine is due or overdue as of " + Wording.DAY.format(h.asOf()) + "."
                : "Due or overdue as of " + Wording.DAY.format(h.asOf()) + ": " + String.join("; ", h.dueNow()) + ".";
        flow.paragraph(due, fonts.bold(), BODY, h.dueNow().isEmpty() ? COMPLETE : OVERDUE, flow.left(), flow.width());
        flow.paragraph("Each dose is checked against the CDC's immunization schedule: a dose marked \"Does not count\" was given but does "
                + "not count toward the series (the reason is under it). Doses recorded in error are not listed.",
                fonts.regular(), SMALL, PageFlow.MUTED, flow.left(), flow.width());
        flow.down(2);
    }

    /** A group: its band (name and status), then its doses; the band again, continued, on a new page. */
    private void group(PageFlow flow, ImmunizationHistory.Group group) throws IOException {
        List<DoseLines> rows = new ArrayList<>();
        for (ImmunizationHistory.Dose dose : group.doses()) {
            rows.add(lines(flow, dose));
        }
        // the band stays with the first dose (and the column heads, on a page that has none yet)
        flow.keep(GAP + HEADS + BAND + PageFlow.leading(BODY) + rows.get(0).height());
        flow.down(GAP);
        band(flow, group, false);
        for (int i = 0; i < rows.size(); i++) {
            // the last dose does not go over to a page alone
            float need = rows.get(i).height() + (i > 0 && i == rows.size() - 2 ? rows.get(i + 1).height() : 0);
            if (flow.keep(need)) {
                band(flow, group, true);
            }
            doseRow(flow, rows.get(i));
        }
    }

    /** The group's band; above it, on each page's first, the heads of the dose columns. */
    private void band(PageFlow flow, ImmunizationHistory.Group group, boolean continued) throws IOException {
        DocumentFonts fonts = flow.fonts();
        int page = flow.document().getNumberOfPages();
        if (page != headsOnPage) {
            headsOnPage = page;
            float heads = flow.y() - 8;
            flow.text("Date given", fonts.regular(), 7.5f, PageFlow.MUTED, flow.left() + DATE_X, heads);
            flow.text("Vaccine", fonts.regular(), 7.5f, PageFlow.MUTED, flow.left() + VACCINE_X, heads);
            flow.text("Lot · manufacturer, or where recorded", fonts.regular(), 7.5f, PageFlow.MUTED, flow.left() + DETAILS_X, heads);
            flow.textRight("Counts?", fonts.regular(), 7.5f, PageFlow.MUTED, flow.left() + flow.width() - 6, heads);
            flow.down(HEADS);
        }
        // a status that does not fit beside the group's name goes under it, on the band's right
        String name = group.name() + (continued ? " (continued)" : "");
        float room = flow.width() - 12 - DocumentFonts.width(fonts.bold(), fonts.printable(fonts.bold(), name), 10) - 16;
        boolean beside = DocumentFonts.width(fonts.bold(), fonts.printable(fonts.bold(), group.status()), BODY) <= room;
        float height = beside ? BAND : BAND + PageFlow.leading(BODY);
        float top = flow.y();
        flow.out().setNonStrokingColor(PANEL);
        flow.out().addRect(flow.left(), top - height, flow.width(), height);
        flow.out().fill();
        float baseline = top - BAND + 4.5f;
        flow.text(name, fonts.bold(), 10, PageFlow.INK, flow.left() + DATE_X, baseline);
        if (!group.status().isEmpty()) {
            flow.textRight(group.status(), fonts.bold(), BODY, color(group.standing()), flow.left() + flow.width() - 6,
                    beside ? baseline : baseline - PageFlow.leading(BODY));
        }
        flow.down(height);
    }

    /** A dose laid out: its vaccine and details wrapped in their columns, the reasons it does not count under them. */
    private record DoseLines(ImmunizationHistory.Dose dose, List<String> vaccine, List<String> details, List<String> reasons) {
        float height() {
            return Math.max(vaccine.size(), details.size()) * PageFlow.leading(BODY) + reasons.size() * PageFlow.leading(SMALL) + 3;
        }
    }

    private DoseLines lines(PageFlow flow, ImmunizationHistory.Dose dose) {
        DocumentFonts fonts = flow.fonts();
        float vaccineWidth = DETAILS_X - VACCINE_X - 10;
        float detailsWidth = flow.width() - DETAILS_X - COUNTS_WIDTH - 10;
        List<String> reasons = new ArrayList<>();
        if (!dose.valid()) {
            String why = dose.reasons().isEmpty() ? dose.counts() : dose.counts() + ": " + String.join("; ", dose.reasons());
            reasons.addAll(flow.wrap("Does not count (" + why + ")", fonts.regular(), SMALL, flow.width() - VACCINE_X - 6));
        }
        return new DoseLines(dose, flow.wrap(dose.vaccine(), fonts.regular(), BODY, vaccineWidth),
                flow.wrap(dose.details(), fonts.regular(), DETAILS, detailsWidth), reasons);
    }

    private void doseRow(PageFlow flow, DoseLines row) throws IOException {
        DocumentFonts fonts = flow.fonts();
        ImmunizationHistory.Dose dose = row.dose();
        float top = flow.y();
        float baseline = top - BODY - 1;
        float x = flow.left();
        flow.text(Wording.DAY.format(dose.givenOn()), fonts.regular(), BODY, PageFlow.INK, x + DATE_X, baseline);
        float line = baseline;
        for (String text : row.vaccine()) {
            flow.text(text, fonts.regular(), BODY, PageFlow.INK, x + VACCINE_X, line);
            line -= PageFlow.leading(BODY);
        }
        line = baseline;
        for (String text : row.details()) {
            flow.text(text, fonts.regular(), DETAILS, PageFlow.MUTED, x + DETAILS_X, line);
            line -= PageFlow.leading(BODY);
        }
        flow.textRight(dose.valid() ? "Valid" : "Does not count", fonts.bold(), dose.valid() ? BODY : SMALL,
                dose.valid() ? COMPLETE : NOT_VALID, x + flow.width() - 6, baseline);
        line = baseline - (Math.max(row.vaccine().size(), row.details().size()) - 1) * PageFlow.leading(BODY);
        for (String text : row.reasons()) {
            line -= PageFlow.leading(SMALL);
            flow.text(text, fonts.regular(), SMALL, NOT_VALID, x + VACCINE_X, line);
        }
        flow.down(row.height());
        flow.rule(flow.left(), flow.left() + flow.width(), PageFlow.HAIRLINE, 0.4f);
    }

    private void notGiven(PageFlow flow, ImmunizationHistory h) throws IOException {
        if (h.notGiven().isEmpty()) {
            return;
        }
        flow.down(2);
        flow.heading("Vaccines with no dose yet", PageFlow.leading(BODY) * 2);
        DocumentFonts fonts = flow.fonts();
        float rowHeight = PageFlow.leading(BODY) + 2;
        for (ImmunizationHistory.Group group : h.notGiven()) {
            flow.keep(rowHeight);
            float baseline = flow.y() - rowHeight + 4;
            flow.text(group.name(), fonts.regular(), BODY, PageFlow.INK, flow.left() + DATE_X, baseline);
            flow.textRight(group.status(), fonts.bold(), BODY, color(group.standing()), flow.left() + flow.width() - 6, baseline);
            flow.down(rowHeight);
        }
    }

    /** A titled list; the title stays with the first two lines and {@code keepWith} points more when the list is short. */
    private void list(PageFlow flow, String title, List<String> items, String whenEmpty, float keepWith) throws IOException {
        flow.down(2);
        flow.heading(title, PageFlow.leading(BODY) * Math.max(2, Math.min(items.size(), 4)) + (items.size() <= 4 ? keepWith : 0));
        if (items.isEmpty()) {
            flow.paragraph(whenEmpty, flow.fonts().regular(), BODY, PageFlow.MUTED, flow.left(), flow.width());
            return;
        }
        for (String item : items) {
            flow.bullet(item, BODY);
        }
    }

    private void signature(PageFlow flow, ImmunizationHistory h) throws IOException {
        DocumentFonts fonts = flow.fonts();
        flow.keep(SIGNATURE);
        flow.down(16);
        flow.paragraph("I certify that this is a true record of the immunizations on file at " + h.letterhead().title() + " as of "
                + Wording.DAY.format(h.asOf()) + ".", fonts.regular(), BODY, PageFlow.INK, flow.left(), flow.width());
        flow.down(28);
        float signatureEnd = flow.left() + flow.width() * 0.62f;
        float dateFrom = signatureEnd + 30;
        flow.rule(flow.left(), signatureEnd, PageFlow.INK, 0.6f);
        flow.rule(dateFrom, flow.left() + flow.width(), PageFlow.INK, 0.6f);
        flow.down(11);
        String who = h.provider() == null ? "Provider's signature" : "Provider's signature: " + h.provider();
        flow.text(who, fonts.regular(), SMALL, PageFlow.MUTED, flow.left(), flow.y());
        flow.text("Date", fonts.regular(), SMALL, PageFlow.MUTED, dateFrom, flow.y());
        flow.down(6);
    }

    private static Color color(Standing standing) {
        return switch (standing) {
            case COMPLETE -> COMPLETE;
            case OVERDUE -> OVERDUE;
            case DUE -> DUE;
            case CAN_BE_GIVEN, NOT_YET, NOT_FORECAST, NO_MORE_DOSES -> PageFlow.MUTED;
        };
    }
}
