package com.starlightdesk.app.print;

import com.starlightdesk.app.parts.Dollars;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceLineItem;
import com.starlightdesk.data.domain.LineKind;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes an {@link InvoiceSheet} as the PDF a family receives: US Letter, the practice's letterhead titled "Invoice" or
 * "Credit note" with the number, who it goes to beside the patient, what it bills, its days and status; the lines
 * (CPT, description, quantity, unit price, amount; a service the membership covers at zero, "Covered by membership";
 * a discount subtracted), the total, what credit notes took off, what was paid and what is open. A voided invoice says
 * VOID across every page and why under its title. Every page's footer names the invoice (never a person), the
 * practice and "Page i of n". One per document, made by {@link #write}; not thread-safe.
 */
public final class InvoiceDocument {
    private static final float BODY = 9;
    private static final float SMALL = 7.5f;
    private static final Color PANEL = new Color(0xF1, 0xF5, 0xF9);
    private static final Color OWED = new Color(0xB4, 0x23, 0x18);
    private static final Color COVERED = new Color(0x1E, 0x7B, 0x46);
    private static final float CPT_X = 4;
    private static final float WHAT_X = 52;
    private static final float QTY_RIGHT = 326;
    private static final float PRICE_RIGHT = 410;
    private static final float HEADS = 14;

    private final InvoiceSheet sheet;
    private final PageFlow flow;
    private final DocumentFonts fonts;

    private InvoiceDocument(InvoiceSheet sheet, PageFlow flow) {
        this.sheet = sheet;
        this.flow = flow;
        this.fonts = flow.fonts();
    }

    /** Writes {@code sheet} to {@code file} (replaced whole, never half-written). */
    public static void write(Path file, InvoiceSheet sheet) throws IOException {
        DocumentFile.write(file, out -> write(sheet, out));
    }

    /** Writes {@code sheet} to {@code out} (not closed). */
    public static void write(InvoiceSheet sheet, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(sheet.title() + " " + sheet.invoice().number());
            info.setCreator("Starlight Desk");
            try (PageFlow flow = new PageFlow(document, DocumentFonts.embedIn(document))) {
                String about = sheet.title() + " " + sheet.invoice().number() + (sheet.isVoid() ? " · VOID" : "");
                flow.onNewPage(f -> LetterheadBlock.running(f, sheet.letterhead(), about));
                flow.newPage();
                LetterheadBlock.draw(flow, sheet.letterhead(), sheet.isVoid() ? sheet.title() + " · VOID" : sheet.title(),
                        "No. " + sheet.invoice().number());
                InvoiceDocument page = new InvoiceDocument(sheet, flow);
                page.voided();
                page.addressAndInvoice();
                page.lines();
                page.totals();
                page.questions();
                flow.finish(about, sheet.letterhead().title());
                if (sheet.isVoid()) {
                    stamp(document, flow.fonts());
                }
            }
            document.save(out);
        }
    }

    /** Under the title of a voided invoice: when and why, and that nothing is owed on it. */
    private void voided() throws IOException {
        if (!sheet.isVoid()) {
            return;
        }
        Invoice i = sheet.invoice();
        String why = "VOID" + (sheet.voidedOn() == null ? "" : " since " + Wording.DAY.format(sheet.voidedOn()))
                + (i.voidReason() == null ? "" : ". Reason: " + i.voidReason()) + ". Nothing is owed on this "
                + sheet.title().toLowerCase(java.util.Locale.ROOT) + "; a payment made toward it is held as credit on the account.";
        List<String> lines = flow.wrap(why, fonts.bold(), BODY, flow.width() - 24);
        float height = lines.size() * PageFlow.leading(BODY) + 12;
        float top = flow.y() - 4;
        flow.out().setNonStrokingColor(new Color(0xFB, 0xEA, 0xE8));
        flow.out().addRect(flow.left(), top - height, flow.width(), height);
        flow.out().fill();
        flow.out().setNonStrokingColor(OWED);
        flow.out().addRect(flow.left(), top - height, 3, height);
        flow.out().fill();
        float baseline = top - 6 - BODY;
        for (String line : lines) {
            flow.text(line, fonts.bold(), BODY, OWED, flow.left() + 12, baseline);
            baseline -= PageFlow.leading(BODY);
        }
        flow.down(4 + height + 4);
    }

    /** Who it goes to (left) and the invoice's particulars in a panel (right). */
    private void addressAndInvoice() throws IOException {
        Invoice i = sheet.invoice();
        float panelWidth = 250;
        float panelX = flow.left() + flow.width() - panelWidth;
        float leftWidth = panelX - flow.left() - 24;
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {sheet.creditNote() ? "Credit note no." : "Invoice no.", i.number()});
        rows.add(new String[] {"Patient", sheet.patientName()});
        rows.add(new String[] {sheet.creditNote() ? "Corrects" : "For", sheet.creditNote() ? "Invoice " + sheet.corrects() : sheet.kind()});
        rows.add(new String[] {"Issued", i.issuedOn() == null ? "Not yet issued" : Wording.DAY.format(i.issuedOn())});
        if (!sheet.creditNote()) {
            rows.add(new String[] {"Due", i.dueDate() == null ? "" : Wording.DAY.format(i.dueDate())});
        }
        rows.add(new String[] {"Status", sheet.statusWords()});
        float valueWidth = panelWidth - 20 - 56;
        float panelHeight = 10;
        List<List<String>> values = new ArrayList<>();
        for (String[] r : rows) {
            List<String> wrapped = flow.wrap(r[1], fonts.bold(), BODY, valueWidth);
            values.add(wrapped);
            panelHeight += Math.max(1, wrapped.size()) * PageFlow.leading(BODY) + 3;
        }
        panelHeight += 4;
        float leftHeight = 14 + PageFlow.leading(11) + sheet.billTo().address().size() * PageFlow.leading(BODY + 0.5f) + 6;

        float top = flow.y() - 6;
        float baseline = top - 8;
        flow.text("Bill to", fonts.regular(), SMALL, PageFlow.MUTED, flow.left(), baseline);
        baseline -= 14;
        for (String line : flow.wrap(sheet.billTo().name(), fonts.bold(), 11, leftWidth)) {
            flow.text(line, fonts.bold(), 11, PageFlow.INK, flow.left(), baseline);
            baseline -= PageFlow.leading(11);
        }
        for (String line : sheet.billTo().address()) {
            flow.text(line, fonts.regular(), BODY + 0.5f, PageFlow.INK, flow.left(), baseline);
            baseline -= PageFlow.leading(BODY + 0.5f);
        }

        flow.out().setNonStrokingColor(PANEL);
        flow.out().addRect(panelX, top - panelHeight, panelWidth, panelHeight);
        flow.out().fill();
        float row = top - 10 - BODY;
        for (int k = 0; k < rows.size(); k++) {
            String label = rows.get(k)[0];
            boolean status = label.equals("Status");
            flow.text(label, fonts.regular(), BODY, PageFlow.MUTED, panelX + 10, row);
            float line = row;
            for (String text : values.get(k)) {
                flow.textRight(text, fonts.bold(), BODY, status ? statusColour() : PageFlow.INK, panelX + panelWidth - 10, line);
                line -= PageFlow.leading(BODY);
            }
            row -= Math.max(1, values.get(k).size()) * PageFlow.leading(BODY) + 3;
        }
        flow.down(6 + Math.max(panelHeight, leftHeight) + 8);
    }

    private Color statusColour() {
        return switch (sheet.status()) {
            case OVERDUE, VOID -> OWED;
            case PAID -> COVERED;
            default -> PageFlow.INK;
        };
    }

    private void heads() throws IOException {
        float baseline = flow.y() - 9;
        flow.text("CPT", fonts.regular(), SMALL, PageFlow.MUTED, flow.left() + CPT_X, baseline);
        flow.text("Description", fonts.regular(), SMALL, PageFlow.MUTED, flow.left() + WHAT_X, baseline);
        flow.textRight("Qty", fonts.regular(), SMALL, PageFlow.MUTED, flow.left() + QTY_RIGHT, baseline);
        flow.textRight("Unit price", fonts.regular(), SMALL, PageFlow.MUTED, flow.left() + PRICE_RIGHT, baseline);
        flow.textRight("Amount", fonts.regular(), SMALL, PageFlow.MUTED, flow.left() + flow.width() - 4, baseline);
        flow.down(HEADS);
        flow.rule(flow.left(), flow.left() + flow.width(), PageFlow.HAIRLINE, 0.5f);
    }

    /** The lines, each with its notes under the description (days covered, covered by membership, discount). */
    private void lines() throws IOException {
        flow.heading(sheet.creditNote() ? "What is credited" : "Services", HEADS + 2 * PageFlow.leading(BODY));
        heads();
        if (sheet.lines().isEmpty()) {
            flow.down(4);
            flow.paragraph("No lines.", fonts.regular(), BODY, PageFlow.MUTED, flow.left() + WHAT_X, flow.width() - WHAT_X);
        }
        float whatWidth = QTY_RIGHT - 30 - WHAT_X;
        for (InvoiceLineItem line : sheet.lines()) {
            List<String> what = flow.wrap(line.description(), fonts.regular(), BODY, whatWidth);
            List<String> notes = new ArrayList<>();
            if (line.serviceFrom() != null && line.serviceTo() != null) {
                notes.add(Wording.DAY.format(line.serviceFrom()) + " – " + Wording.DAY.format(line.serviceTo()));
            }
            if (line.kind() == LineKind.COVERED) {
                notes.add("Covered by membership");
            } else if (line.kind() == LineKind.DISCOUNT) {
                notes.add("Discount");
            }
            float height = what.size() * PageFlow.leading(BODY) + notes.size() * PageFlow.leading(SMALL + 0.5f) + 6;
            if (flow.keep(height)) {
                heads();
            }
            float top = flow.y();
            float baseline = top - BODY - 3;
            flow.text(line.cptCode() == null ? "" : line.cptCode(), fonts.regular(), BODY, PageFlow.INK, flow.left() + CPT_X, baseline);
            float y = baseline;
            for (String text : what) {
                flow.text(text, fonts.regular(), BODY, PageFlow.INK, flow.left() + WHAT_X, y);
                y -= PageFlow.leading(BODY);
            }
            for (String note : notes) {
                Color colour = note.equals("Covered by membership") ? COVERED : PageFlow.MUTED;
                flow.text(note, fonts.regular(), SMALL + 0.5f, colour, flow.left() + WHAT_X, y + 1);
                y -= PageFlow.leading(SMALL + 0.5f);
            }
            boolean discount = line.kind() == LineKind.DISCOUNT;
            flow.textRight(String.valueOf(line.quantity()), fonts.regular(), BODY, PageFlow.INK, flow.left() + QTY_RIGHT, baseline);
            flow.textRight(Dollars.format(line.unitPrice()), fonts.regular(), BODY, PageFlow.INK, flow.left() + PRICE_RIGHT, baseline);
            flow.textRight((discount ? "− " : "") + Dollars.format(line.amount()), fonts.regular(), BODY,
                    line.kind() == LineKind.COVERED ? COVERED : PageFlow.INK, flow.left() + flow.width() - 4, baseline);
            flow.down(height);
            flow.rule(flow.left(), flow.left() + flow.width(), PageFlow.HAIRLINE, 0.4f);
        }
    }

    /** The totals on the right: charges, discounts, total; then credited, paid and what is open. */
    private void totals() throws IOException {
        List<Object[]> rows = new ArrayList<>();
        if (sheet.discounts().signum() > 0) {
            rows.add(new Object[] {"Services", Dollars.format(sheet.charges()), false});
            rows.add(new Object[] {"Discounts", "− " + Dollars.format(sheet.discounts()), false});
        }
        Invoice i = sheet.invoice();
        if (sheet.creditNote()) {
            rows.add(new Object[] {"Total credited", Dollars.format(i.totalAmount()), true});
        } else {
            rows.add(new Object[] {"Total", Dollars.format(i.totalAmount()), true});
            if (!sheet.isVoid()) {
                if (sheet.credited().signum() > 0) {
                    rows.add(new Object[] {"Credit notes", "− " + Dollars.format(sheet.credited()), false});
                }
                rows.add(new Object[] {"Paid", "− " + Dollars.format(sheet.paid()), false});
                rows.add(new Object[] {"Amount open", Dollars.format(sheet.open()), true});
            }
        }
        float width = 230;
        float x = flow.left() + flow.width() - width;
        float rowHeight = PageFlow.leading(BODY + 1) + 3;
        flow.keep(rows.size() * rowHeight + 16);
        flow.down(6);
        for (Object[] r : rows) {
            boolean strong = (Boolean) r[2];
            float baseline = flow.y() - BODY - 3;
            boolean owed = r[0].equals("Amount open") && sheet.open().signum() > 0;
            flow.text((String) r[0], strong ? fonts.bold() : fonts.regular(), BODY + 1, PageFlow.INK, x + 8, baseline);
            flow.textRight((String) r[1], strong ? fonts.bold() : fonts.regular(), BODY + 1, owed ? OWED : PageFlow.INK,
                    x + width - 4, baseline);
            flow.down(rowHeight);
            if (strong) {
                flow.rule(x, x + width, PageFlow.HAIRLINE, 0.5f);
            }
        }
        if (!sheet.isVoid() && !sheet.creditNote() && sheet.open().signum() > 0 && i.dueDate() != null) {
            flow.down(4);
            flow.textRight("Please pay " + Dollars.format(sheet.open()) + " by " + Wording.DAY.format(i.dueDate()) + ".", fonts.bold(), BODY,
                    sheet.status() == com.starlightdesk.data.domain.InvoiceStatus.OVERDUE ? OWED : PageFlow.INK,
                    flow.left() + flow.width() - 4, flow.y() - BODY);
            flow.down(PageFlow.leading(BODY) + 2);
        }
    }

    private void questions() throws IOException {
        String phone = VisitSummaryDocument.phone(sheet.letterhead().contactLine());
        flow.down(14);
        String text = sheet.creditNote()
                ? "This credit is taken off what the account owes; any amount left over is held as credit on the account."
                : "Questions about this " + sheet.title().toLowerCase(java.util.Locale.ROOT) + "?"
                + (phone.isEmpty() ? " Ask at the front desk" : " Call us at " + phone) + " and quote its number, " + sheet.invoice().number() + ".";
        flow.paragraph(text, fonts.regular(), 8.5f, PageFlow.MUTED, flow.left(), flow.width());
    }

    /** "VOID" across every page, large and pale, under nothing that must be read. */
    private static void stamp(PDDocument document, DocumentFonts fonts) throws IOException {
        PDExtendedGraphicsState pale = new PDExtendedGraphicsState();
        pale.setNonStrokingAlphaConstant(0.13f);
        for (PDPage page : document.getPages()) {
            try (PDPageContentStream out = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                out.setGraphicsStateParameters(pale);
                out.setNonStrokingColor(OWED);
                out.beginText();
                out.setFont(fonts.bold(), 150);
                float w = DocumentFonts.width(fonts.bold(), "VOID", 150);
                float cx = PageFlow.SIZE.getWidth() / 2;
                float cy = PageFlow.SIZE.getHeight() / 2 - 60;
                double angle = Math.toRadians(35);
                out.setTextMatrix(Matrix.getRotateInstance(angle, (float) (cx - Math.cos(angle) * w / 2 + Math.sin(angle) * 50),
                        (float) (cy - Math.sin(angle) * w / 2 - Math.cos(angle) * 50)));
                out.showText("VOID");
                out.endText();
            }
        }
    }
}
