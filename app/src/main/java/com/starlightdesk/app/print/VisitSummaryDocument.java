package com.starlightdesk.app.print;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes a {@link VisitSummary} as a PDF for the family: US Letter, the practice's letterhead on top, the
 * child and the visit, the measurements in a table, what was found and what to do next, medicines,
 * allergies and the next visit; every page's footer names the child and the practice. Stateless.
 */
public final class VisitSummaryDocument {
    private static final float BODY = 10;
    private static final Color PANEL = new Color(0xF1, 0xF5, 0xF9);

    private VisitSummaryDocument() {
    }

    /** Writes {@code summary} to {@code out} (not closed). */
    public static void write(VisitSummary summary, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Visit summary");
            info.setCreator("Starlight Desk");
            DocumentFonts fonts = DocumentFonts.embedIn(document);
            try (PageFlow flow = new PageFlow(document, fonts)) {
                String about = summary.childName() + " · born " + Wording.DAY.format(summary.birthDate());
                flow.onNewPage(f -> LetterheadBlock.running(f, summary.letterhead(), about));
                flow.newPage();
                LetterheadBlock.draw(flow, summary.letterhead(), "Visit summary", "Visit of " + Wording.DAY.format(summary.visitAt()));
                child(flow, summary);
                visit(flow, summary);
                measurements(flow, summary);
                section(flow, "What we found", summary.assessment(), "No assessment was written for this visit.");
                section(flow, "What to do next", summary.plan(), "No plan was written for this visit.");
                list(flow, "Medicines", summary.medications(), "No medicines are on record.");
                list(flow, "Allergies", summary.allergies(), summary.allergyNote());
                nextVisit(flow, summary);
                flow.down(14);
                flow.paragraph(summary.signed() + ".", fonts.regular(), 8.5f, PageFlow.MUTED, flow.left(), flow.width());
                flow.finish(about, summary.letterhead().title());
            }
            document.save(out);
        }
    }

    private static void child(PageFlow flow, VisitSummary s) throws IOException {
        DocumentFonts fonts = flow.fonts();
        flow.keep(48);
        flow.down(20);
        flow.text(s.childName(), fonts.bold(), 17, PageFlow.INK, flow.left(), flow.y());
        flow.down(17);
        flow.text("Born " + Wording.DAY.format(s.birthDate()) + "  ·  " + s.sex() + "  ·  " + s.ageAtVisit() + " at this visit",
                fonts.regular(), BODY, PageFlow.MUTED, flow.left(), flow.y());
        flow.down(12);
    }

    private static void visit(PageFlow flow, VisitSummary s) throws IOException {
        DocumentFonts fonts = flow.fonts();
        float labelWidth = 130;
        float valueWidth = flow.width() - labelWidth - 24;
        List<String[]> rows = new java.util.ArrayList<>();
        rows.add(new String[] {"Visit", Wording.WHEN.format(s.visitAt())});
        rows.add(new String[] {"Seen by", s.provider()});
        if (s.reason() != null && !s.reason().isBlank()) {
            rows.add(new String[] {"Reason for the visit", s.reason()});
        }
        float height = 16;
        for (String[] row : rows) {
            height += PageFlow.leading(BODY) * flow.wrap(row[1], fonts.regular(), BODY, valueWidth).size();
        }
        flow.keep(height + 8);
        float top = flow.y();
        flow.out().setNonStrokingColor(PANEL);
        flow.out().addRect(flow.left(), top - height, flow.width(), height);
        flow.out().fill();
        flow.down(8);
        for (String[] row : rows) {
            List<String> lines = flow.wrap(row[1], fonts.regular(), BODY, valueWidth);
            float baseline = flow.y() - BODY;
            flow.text(row[0], fonts.bold(), BODY, PageFlow.MUTED, flow.left() + 12, baseline);
            for (String line : lines) {
                flow.text(line, fonts.regular(), BODY, PageFlow.INK, flow.left() + 12 + labelWidth, baseline);
                baseline -= PageFlow.leading(BODY);
                flow.down(PageFlow.leading(BODY));
            }
        }
        flow.down(8);
    }

    private static void measurements(PageFlow flow, VisitSummary s) throws IOException {
        DocumentFonts fonts = flow.fonts();
        if (s.measurements().isEmpty()) {
            section(flow, "Measurements", "", "No measurements were taken at this visit.");
            return;
        }
        flow.heading("Measurements at this visit", PageFlow.leading(BODY) * 3);
        float nameX = flow.left();
        float valueX = flow.left() + 150;
        float percentileX = flow.left() + flow.width() - 150;
        float rowHeight = PageFlow.leading(BODY) + 3;
        boolean shaded = false;
        for (VisitSummary.Measurement m : s.measurements()) {
            flow.keep(rowHeight);
            if (shaded) {
                flow.out().setNonStrokingColor(PANEL);
                flow.out().addRect(flow.left(), flow.y() - rowHeight, flow.width(), rowHeight);
                flow.out().fill();
            }
            shaded = !shaded;
            float baseline = flow.y() - rowHeight + 5;
            flow.text(m.name(), fonts.regular(), BODY, PageFlow.MUTED, nameX + 6, baseline);
            flow.text(m.value(), fonts.regular(), BODY, PageFlow.INK, valueX, baseline);
            flow.text(m.percentile(), fonts.bold(), BODY, PageFlow.ACCENT, percentileX, baseline);
            flow.down(rowHeight);
        }
        if (!s.percentileNote().isEmpty()) {
            flow.down(4);
            flow.paragraph(s.percentileNote(), fonts.regular(), 8.5f, PageFlow.MUTED, flow.left(), flow.width());
        }
    }

    private static void section(PageFlow flow, String title, String text, String whenEmpty) throws IOException {
        DocumentFonts fonts = flow.fonts();
        flow.heading(title, PageFlow.leading(BODY) * 2);
        boolean empty = text == null || text.isBlank();
        PDFont font = fonts.regular();
        flow.paragraph(empty ? whenEmpty : text, font, BODY, empty ? PageFlow.MUTED : PageFlow.INK, flow.left(), flow.width());
    }

    private static void list(PageFlow flow, String title, List<String> items, String whenEmpty) throws IOException {
        flow.heading(title, PageFlow.leading(BODY) * 2);
        if (items.isEmpty()) {
            flow.paragraph(whenEmpty, flow.fonts().regular(), BODY, PageFlow.INK, flow.left(), flow.width());
            return;
        }
        for (String item : items) {
            flow.bullet(item, BODY);
        }
    }

    private static void nextVisit(PageFlow flow, VisitSummary s) throws IOException {
        String phone = phone(s.letterhead().contactLine());
        String text = s.nextVisit() != null ? s.nextVisit()
                : "No visit is booked yet." + (phone.isEmpty() ? "" : " To book one, call us at " + phone + ".");
        section(flow, "Next visit", text, "");
    }

    /** The practice's phone number from its letterhead's contact line ("Phone (630) 555-0100 · Fax …"), or "". */
    static String phone(String contactLine) {
        for (String part : contactLine.split(" · ")) {
            if (part.startsWith("Phone ")) {
                return part.substring("Phone ".length()).strip();
            }
        }
        return "";
    }
}
