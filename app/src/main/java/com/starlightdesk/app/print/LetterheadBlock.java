package com.starlightdesk.app.print;

import com.starlightdesk.data.domain.Letterhead;
import com.starlightdesk.data.domain.PracticeLogo;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The top of a printout's first page, as the Practice settings page previews it: the practice's logo on
 * the left, its name and its address, phone and identifier lines beside it; the document's title and a
 * second line (e.g. the date printed) on the right; a rule under both. Stateless.
 */
final class LetterheadBlock {
    private static final Logger LOG = Logger.getLogger(LetterheadBlock.class.getName());
    private static final float LOGO_HEIGHT = 54;
    private static final float LOGO_MAX_WIDTH = 130;
    private static final float TITLE_SIZE = 14;
    private static final float LINE_SIZE = 8.5f;

    private LetterheadBlock() {
    }

    /** Draws {@code letterhead} with {@code title} and {@code subtitle} at the top of the flow's page. */
    static void draw(PageFlow flow, Letterhead letterhead, String title, String subtitle) throws IOException {
        float top = flow.y();
        float x = flow.left();
        float logoHeight = 0;
        PDImageXObject logo = logo(flow, letterhead);
        if (logo != null) {
            float scale = Math.min(LOGO_HEIGHT / logo.getHeight(), LOGO_MAX_WIDTH / logo.getWidth());
            float w = logo.getWidth() * scale;
            logoHeight = logo.getHeight() * scale;
            flow.out().drawImage(logo, x, top - logoHeight, w, logoHeight);
            x += w + 12;
        }
        float right = flow.left() + flow.width();
        float titleWidth = Math.max(DocumentFonts.width(flow.fonts().bold(), flow.fonts().printable(flow.fonts().bold(), title), 15),
                DocumentFonts.width(flow.fonts().regular(), flow.fonts().printable(flow.fonts().regular(), subtitle), 9));
        float textWidth = right - x - titleWidth - 18;

        float baseline = top - TITLE_SIZE + 1;
        List<String> name = flow.wrap(letterhead.title(), flow.fonts().bold(), TITLE_SIZE, textWidth);
        for (String line : name) {
            flow.text(line, flow.fonts().bold(), TITLE_SIZE, PageFlow.INK, x, baseline);
            baseline -= PageFlow.leading(TITLE_SIZE) - 2;
        }
        baseline -= 1;
        for (String line : letterhead.lines()) {
            for (String part : flow.wrap(line, flow.fonts().regular(), LINE_SIZE, textWidth)) {
                flow.text(part, flow.fonts().regular(), LINE_SIZE, PageFlow.MUTED, x, baseline);
                baseline -= PageFlow.leading(LINE_SIZE);
            }
        }
        float textBottom = baseline + PageFlow.leading(LINE_SIZE) - 3;

        flow.textRight(title, flow.fonts().bold(), 15, PageFlow.ACCENT, right, top - 15);
        flow.textRight(subtitle, flow.fonts().regular(), 9, PageFlow.MUTED, right, top - 30);

        float bottom = Math.min(Math.min(textBottom, top - logoHeight), top - 36) - 10;
        flow.down(top - bottom);
        flow.rule(flow.left(), right, PageFlow.ACCENT, 1.2f);
        flow.down(8);
    }

    /**
     * The running header of later pages: the practice's name on the left, {@code about} (whose document) on
     * the right, a hairline under.
     */
    static void running(PageFlow flow, Letterhead letterhead, String about) throws IOException {
        float top = flow.y();
        flow.text(letterhead.title(), flow.fonts().bold(), 9, PageFlow.MUTED, flow.left(), top - 9);
        flow.textRight(about, flow.fonts().regular(), 9, PageFlow.MUTED, flow.left() + flow.width(), top - 9);
        flow.down(15);
        flow.rule(flow.left(), flow.left() + flow.width(), PageFlow.HAIRLINE, 0.5f);
        flow.down(10);
    }

    private static PDImageXObject logo(PageFlow flow, Letterhead letterhead) {
        if (letterhead.logo().isEmpty()) {
            return null;
        }
        PracticeLogo logo = letterhead.logo().get();
        try {
            return PDImageXObject.createFromByteArray(flow.document(), logo.bytes(), "logo");
        } catch (IOException | RuntimeException e) {
            // A stored logo that no longer decodes: the letterhead goes out with the name alone.
            LOG.log(Level.WARNING, "The practice's logo could not be placed on a printout: {0}", e.getClass().getName());
            return null;
        }
    }
}
