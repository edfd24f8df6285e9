package com.starlightdesk.app.print;

import com.starlightdesk.app.parts.Dollars;
import com.starlightdesk.data.billing.HouseholdStatement;
import com.starlightdesk.data.billing.HouseholdStatement.Entry;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes a {@link StatementSheet} as the PDF a family receives: US Letter, the practice's letterhead, who it goes to
 * beside the account number, period, amount due and due day; the period's opening balance, charges, payments and
 * credits and closing balance; every entry with the balance after it (the column heads again on each new page);
 * what was open by days past due, the credit on account, the amount due and how to pay. Every page's footer names
 * the account (never a person), the practice and "Page i of n". One per document, made by {@link #write}; not
 * thread-safe.
 */
public final class StatementDocument {
    private static final float BODY = 9;
    private static final float SMALL = 7.5f;
    private static final Color PANEL = new Color(0xF1, 0xF5, 0xF9);
    private static final Color OWED = new Color(0xB4, 0x23, 0x18);
    /** Where the activity table's columns are, from the left margin: the date, the description, then right edges. */
    private static final float DATE_X = 4;
    private static final float WHAT_X = 72;
    private static final float CHARGES_RIGHT = 372;
    private static final float CREDITS_RIGHT = 446;
    private static final float HEADS = 14;

    private final StatementSheet sheet;
    private final PageFlow flow;
    private final DocumentFonts fonts;

    private StatementDocument(StatementSheet sheet, PageFlow flow) {
        this.sheet = sheet;
        this.flow = flow;
        this.fonts = flow.fonts();
    }

    /** Writes {@code sheet} to {@code file} (replaced whole, never half-written). */
    public static void write(Path file, StatementSheet sheet) throws IOException {
        DocumentFile.write(file, out -> write(sheet, out));
    }

    /** Writes {@code sheet} to {@code out} (not closed). */
    public static void write(StatementSheet sheet, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Statement");
            info.setCreator("Starlight Desk");
            try (PageFlow flow = new PageFlow(document, DocumentFonts.embedIn(document))) {
                String about = "Statement · account " + sheet.accountNumber() + " · " + sheet.period();
                flow.onNewPage(f -> LetterheadBlock.running(f, sheet.letterhead(), about));
                flow.newPage();
                LetterheadBlock.draw(flow, sheet.letterhead(), "Statement", "Made " + Wording.DAY.format(sheet.printedOn()));
                StatementDocument page = new StatementDocument(sheet, flow);
                page.addressAndAccount();
                page.summary();
                page.activity();
                page.aging();
                page.amountDue();
                flow.finish(about, sheet.letterhead().title());
            }
            document.save(out);
        }
    }

    /** Who the statement goes to (left) and the account's figures in a panel (right). */
    private void addressAndAccount() throws IOException {
        HouseholdStatement s = sheet.statement();
        float panelWidth = 210;
        float panelX = flow.left() + flow.width() - panelWidth;
        float leftWidth = panelX - flow.left() - 24;
        String[][] rows = {
            {"Account", sheet.accountNumber()},
            {"Period", sheet.period()},
            {"Amount due", sheet.amountDue()},
            {"Due by", s.amountDue().signum() > 0 ? Wording.DAY.format(sheet.dueBy()) : "Nothing is due"},
        };
        float panelHeight = 12 + rows.length * 17 + 4;
        List<String> children = flow.wrap("For " + sheet.children(), fonts.regular(), 8.5f, leftWidth);
        float leftHeight = 14 + PageFlow.leading(11) + sheet.billTo().address().size() * PageFlow.leading(BODY + 0.5f)
                + children.size() * PageFlow.leading(8.5f) + 6;
        float top = flow.y() - 6;
        float baseline = top - 8;
        flow.text("Statement for", fonts.regular(), SMALL, PageFlow.MUTED, flow.left(), baseline);
        baseline -= 14;
        flow.text(sheet.billTo().name(), fonts.bold(), 11, PageFlow.INK, flow.left(), baseline);
        baseline -= PageFlow.leading(11);
        for (String line : sheet.billTo().address()) {
            flow.text(line, fonts.regular(), BODY + 0.5f, PageFlow.INK, flow.left(), baseline);
            baseline -= PageFlow.leading(BODY + 0.5f);
        }
        baseline -= 3;
        for (String line : children) {
            flow.text(line, fonts.regular(), 8.5f, PageFlow.MUTED, flow.left(), baseline);
            baseline -= PageFlow.leading(8.5f);
        }

        flow.out().setNonStrokingColor(PANEL);
        flow.out().addRect(panelX, top - panelHeight, panelWidth, panelHeight);
        flow.out().fill();
        float row = top - 8;
        for (String[] r : rows) {
            boolean due = r[0].equals("Amount due");
            row -= 17;
            flow.text(r[0], fonts.regular(), BODY, PageFlow.MUTED, panelX + 10, row + 4);
            flow.textRight(r[1], fonts.bold(), due ? 12 : BODY, due && s.amountDue().signum() > 0 ? OWED : PageFlow.INK,
                    panelX + panelWidth - 10, row + 4);
        }
        flow.down(6 + Math.max(panelHeight, leftHeight) + 6);
    }

    /** The period's four figures in a row: opening balance, charges, payments and credits, closing balance. */
    private void summary() throws IOException {
        HouseholdStatement s = sheet.statement();
        String[][] figures = {
            {"Opening balance", Dollars.format(s.openingBalance())},
            {"Charges", "+ " + Dollars.format(s.charges())},
            {"Payments and credits", "− " + Dollars.format(s.credits())},
            {"Closing balance", Dollars.format(s.closingBalance())},
        };
        boxes(figures, null);
    }

    /** A row of equal boxes, each a small label over an amount; {@code owed} colours the amounts of boxes marked true. */
    private void boxes(String[][] figures, boolean[] owed) throws IOException {
        float gap = 8;
        float height = 38;
        float width = (flow.width() - gap * (figures.length - 1)) / figures.length;
        flow.keep(height + 8);
        flow.down(4);
        float top = flow.y();
        for (int i = 0; i < figures.length; i++) {
            float x = flow.left() + i * (width + gap);
            flow.out().setNonStrokingColor(PANEL);
            flow.out().addRect(x, top - height, width, height);
            flow.out().fill();
            String label = fit(figures[i][0], fonts.regular(), SMALL, width - 12);
            flow.text(label, fonts.regular(), SMALL, PageFlow.MUTED, x + 6, top - 12);
            boolean red = owed != null && owed[i];
            flow.textRight(figures[i][1], fonts.bold(), 11.5f, red ? OWED : PageFlow.INK, x + width - 6, top - height + 9);
        }
        flow.down(height + 4);
    }

    /** The activity table: the opening balance, each entry with the balance after it, the closing balance. */
    private void activity() throws IOException {
        HouseholdStatement s = sheet.statement();
        flow.heading("Account activity", HEADS + 3 * PageFlow.leading(BODY));
        heads();
        row(Wording.DAY.format(s.from()), "Opening balance", "", "", s.openingBalance(), true);
        if (s.entries().isEmpty()) {
            row("", "No charges, payments or credits in this period.", "", "", null, false);
        }
        boolean shaded = true;
        for (Entry e : s.entries()) {
            String amount = Dollars.format(e.amount());
            boolean raises = e.kind().sign() > 0;
            rowShaded(Wording.DAY.format(e.on()), sheet.describe(e), raises ? amount : "", raises ? "" : amount, e.balance(), false, shaded);
            shaded = !shaded;
        }
        row(Wording.DAY.format(s.to()), "Closing balance", "", "", s.closingBalance(), true);
    }

    private void heads() throws IOException {
        float baseline = flow.y() - 9;
        flow.text("Date", fonts.regular(), SMALL, PageFlow.MUTED, flow.left() + DATE_X, baseline);
        flow.text("Description", fonts.regular(), SMALL, PageFlow.MUTED, flow.left() + WHAT_X, baseline);
        flow.textRight("Charges", fonts.regular(), SMALL, PageFlow.MUTED, flow.left() + CHARGES_RIGHT, baseline);
        flow.textRight("Paid or credited", fonts.regular(), SMALL, PageFlow.MUTED, flow.left() + CREDITS_RIGHT, baseline);
        flow.textRight("Balance", fonts.regular(), SMALL, PageFlow.MUTED, flow.left() + flow.width() - 4, baseline);
        flow.down(HEADS);
        flow.rule(flow.left(), flow.left() + flow.width(), PageFlow.HAIRLINE, 0.5f);
    }

    private void row(String day, String what, String charge, String credit, BigDecimal balance, boolean bold) throws IOException {
        rowShaded(day, what, charge, credit, balance, bold, false);
    }

    private void rowShaded(String day, String what, String charge, String credit, BigDecimal balance, boolean bold, boolean shaded)
            throws IOException {
        PDFont font = bold ? fonts.bold() : fonts.regular();
        float whatWidth = CHARGES_RIGHT - 70 - WHAT_X;
        List<String> lines = flow.wrap(what, font, BODY, whatWidth);
        float height = lines.size() * PageFlow.leading(BODY) + 5;
        if (flow.keep(height)) {
            heads();
        }
        float top = flow.y();
        if (shaded) {
            flow.out().setNonStrokingColor(PANEL);
            flow.out().addRect(flow.left(), top - height, flow.width(), height);
            flow.out().fill();
        }
        float baseline = top - BODY - 2;
        flow.text(day, fonts.regular(), BODY, PageFlow.INK, flow.left() + DATE_X, baseline);
        float line = baseline;
        for (String text : lines) {
            flow.text(text, font, BODY, PageFlow.INK, flow.left() + WHAT_X, line);
            line -= PageFlow.leading(BODY);
        }
        flow.textRight(charge, font, BODY, PageFlow.INK, flow.left() + CHARGES_RIGHT, baseline);
        flow.textRight(credit, font, BODY, PageFlow.INK, flow.left() + CREDITS_RIGHT, baseline);
        if (balance != null) {
            flow.textRight(Dollars.format(balance), fonts.bold(), BODY, PageFlow.INK, flow.left() + flow.width() - 4, baseline);
        }
        flow.down(height);
        if (bold) {
            flow.rule(flow.left(), flow.left() + flow.width(), PageFlow.HAIRLINE, 0.5f);
        }
    }

    /** What was open at the end of the period by days past due, and the credit on account beside it. */
    private void aging() throws IOException {
        HouseholdStatement s = sheet.statement();
        HouseholdStatement.Aging a = s.aging();
        flow.down(6);
        flow.heading("What is open, by days past due on " + Wording.DAY.format(s.to()), 38 + 30);
        String[][] figures = {
            {"Current", Dollars.format(a.current())},
            {"1–30 days", Dollars.format(a.days1to30())},
            {"31–60 days", Dollars.format(a.days31to60())},
            {"61–90 days", Dollars.format(a.days61to90())},
            {"Over 90 days", Dollars.format(a.over90())},
        };
        boxes(figures, new boolean[] {false, a.days1to30().signum() > 0, a.days31to60().signum() > 0, a.days61to90().signum() > 0,
            a.over90().signum() > 0});
        if (s.credit().signum() != 0) {
            String credit = s.credit().signum() > 0
                    ? "Credit on account: " + Dollars.format(s.credit()) + " received and not yet applied to an invoice, taken off what is open."
                    : "Refunded beyond the credit on account: " + Dollars.format(s.credit().negate()) + ", added to what is open.";
            flow.paragraph(credit, fonts.regular(), 8.5f, PageFlow.MUTED, flow.left(), flow.width());
        }
    }

    /** The amount due, its day and how to pay, kept together. */
    private void amountDue() throws IOException {
        HouseholdStatement s = sheet.statement();
        List<String> pay = flow.wrap(sheet.howToPay(), fonts.regular(), BODY, flow.width() - 24);
        float height = 30 + pay.size() * PageFlow.leading(BODY) + 8;
        flow.keep(height + 14);
        flow.down(12);
        float top = flow.y();
        flow.out().setNonStrokingColor(PANEL);
        flow.out().addRect(flow.left(), top - height, flow.width(), height);
        flow.out().fill();
        flow.out().setNonStrokingColor(s.amountDue().signum() > 0 ? OWED : PageFlow.ACCENT);
        flow.out().addRect(flow.left(), top - height, 3, height);
        flow.out().fill();
        String headline = s.amountDue().signum() > 0
                ? "Amount due: " + sheet.amountDue() + " by " + Wording.DAY.format(sheet.dueBy())
                : s.closingBalance().signum() < 0
                ? "Nothing is due: the account is in credit by " + Dollars.format(s.closingBalance().negate()) + "."
                : "Nothing is due. Thank you.";
        flow.text(headline, fonts.bold(), 12, PageFlow.INK, flow.left() + 14, top - 20);
        float baseline = top - 36;
        for (String line : pay) {
            flow.text(line, fonts.regular(), BODY, PageFlow.INK, flow.left() + 14, baseline);
            baseline -= PageFlow.leading(BODY);
        }
        flow.down(height);
    }

    /** {@code text} cut with an ellipsis to fit {@code width}. */
    private String fit(String text, PDFont font, float size, float width) {
        String printable = fonts.printable(font, text);
        if (DocumentFonts.width(font, printable, size) <= width) {
            return printable;
        }
        String cut = printable;
        while (cut.length() > 1 && DocumentFonts.width(font, cut + "…", size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
