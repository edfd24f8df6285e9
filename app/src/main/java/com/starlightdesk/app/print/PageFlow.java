package com.starlightdesk.app.print;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text flowing down US Letter pages: wrapped paragraphs, headings, label and value rows, rules, and a new
 * page (with the document's running header) when the next block does not fit. The footer of every page
 * (who the document is about, the practice, page i of n) is written once the pages are known. One per
 * document; not thread-safe.
 */
final class PageFlow implements AutoCloseable {
    static final PDRectangle SIZE = PDRectangle.LETTER;
    static final float MARGIN = 50;
    static final float FOOTER = 36;
    static final Color INK = new Color(0x1F, 0x24, 0x2B);
    static final Color MUTED = new Color(0x5B, 0x64, 0x70);
    static final Color ACCENT = new Color(0x1F, 0x5F, 0x8B);
    static final Color HAIRLINE = new Color(0xC9, 0xD1, 0xDA);

    /** What a new page begins with (after the first): draws at the top, moving down past what it drew. */
    interface PageStart {
        void draw(PageFlow flow) throws IOException;
    }

    private final PDDocument document;
    private final DocumentFonts fonts;
    private PageStart pageStart = flow -> { };
    private PDPageContentStream out;
    private float y;

    PageFlow(PDDocument document, DocumentFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    PDDocument document() {
        return document;
    }

    DocumentFonts fonts() {
        return fonts;
    }

    /** The content of the current page. */
    PDPageContentStream out() {
        return out;
    }

    /** How later pages begin. */
    void onNewPage(PageStart start) {
        this.pageStart = start;
    }

    /** Starts a page (the first one without the running header). */
    void newPage() throws IOException {
        boolean first = out == null;
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(SIZE);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        y = SIZE.getHeight() - MARGIN;
        if (!first) {
            pageStart.draw(this);
        }
    }

    /** The width between the margins. */
    float width() {
        return SIZE.getWidth() - 2 * MARGIN;
    }

    float left() {
        return MARGIN;
    }

    /** Where the next block starts (from the bottom of the page). */
    float y() {
        return y;
    }

    /** Moves down by {@code points}. */
    void down(float points) {
        y -= points;
    }

    /** Starts a new page unless {@code height} points fit above the footer; true when it started one. */
    boolean keep(float height) throws IOException {
        if (y - height < MARGIN + FOOTER) {
            newPage();
            return true;
        }
        return false;
    }

    /** One line of {@code text} at ({@code x}, {@code baseline}). */
    void text(String text, PDFont font, float size, Color color, float x, float baseline) throws IOException {
        String printable = fonts.printable(font, text);
        if (printable.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(color);
        out.newLineAtOffset(x, baseline);
        out.showText(printable);
        out.endText();
    }

    /** One line of {@code text} ending at {@code right}. */
    void textRight(String text, PDFont font, float size, Color color, float right, float baseline) throws IOException {
        String printable = fonts.printable(font, text);
        text(printable, font, size, color, right - DocumentFonts.width(font, printable, size), baseline);
    }

    /** {@code text} broken into lines no wider than {@code width} (line breaks kept; a long word split). */
    List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        for (String paragraph : text.strip().split("\\R", -1)) {
            String words = fonts.printable(font, paragraph).strip();
            if (words.isEmpty()) {
                lines.add("");
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (String word : words.split(" +")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (DocumentFonts.width(font, candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (DocumentFonts.width(font, rest, size) > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && DocumentFonts.width(font, rest.substring(0, cut), size) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The line height of {@code size}-point text. */
    static float leading(float size) {
        return size * 1.38f;
    }

    /** A wrapped paragraph from {@code x} across {@code width}, moving to a new page between lines as needed. */
    void paragraph(String text, PDFont font, float size, Color color, float x, float width) throws IOException {
        for (String line : wrap(text, font, size, width)) {
            keep(leading(size));
            y -= leading(size);
            text(line, font, size, color, x, y + leading(size) - size);
        }
    }

    /** A section heading with a hairline under it; it stays with at least {@code keepWith} points of what follows. */
    void heading(String title, float keepWith) throws IOException {
        keep(30 + keepWith);
        y -= 14;
        text(title, fonts.bold(), 12, ACCENT, left(), y - 12);
        y -= 17;
        rule(left(), left() + width(), HAIRLINE, 0.6f);
        y -= 6;
    }

    /** A horizontal line at the current height. */
    void rule(float from, float to, Color color, float lineWidth) throws IOException {
        out.setStrokingColor(color);
        out.setLineWidth(lineWidth);
        out.moveTo(from, y);
        out.lineTo(to, y);
        out.stroke();
    }

    /** A bulleted item: a wrapped paragraph indented under a dot. */
    void bullet(String text, float size) throws IOException {
        List<String> lines = wrap(text, fonts.regular(), size, width() - 16);
        keep(leading(size) * Math.min(lines.size(), 2));
        boolean first = true;
        for (String line : lines) {
            keep(leading(size));
            y -= leading(size);
            float baseline = y + leading(size) - size;
            if (first) {
                text("•", fonts.regular(), size, MUTED, left() + 3, baseline);
                first = false;
            }
            text(line, fonts.regular(), size, INK, left() + 16, baseline);
        }
    }

    /**
     * Writes the footer on every page: {@code about} on the left (whose document it is), {@code from} and
     * "Page i of n" on the right. Closes the last page's content first.
     */
    void finish(String about, String from) throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                out = footer;
                float baseline = MARGIN - 4;
                y = baseline + 14;
                rule(left(), left() + width(), HAIRLINE, 0.5f);
                text(about, fonts.regular(), 8, MUTED, left(), baseline);
                textRight(from + "  ·  Page " + (i + 1) + " of " + count, fonts.regular(), 8, MUTED, left() + width(), baseline);
            } finally {
                out = null;
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }
}
