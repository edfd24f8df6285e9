package com.starlightdesk.app.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The typeface of a printout: DejaVu Sans, regular and bold, shipped with the desk (licence beside the
 * fonts) and embedded as subsets, so a page reads the same in every viewer and names such as "José",
 * "Zoë", "Łukasz" or "Nguyễn" print as written. A character the font has no glyph for prints as its base
 * letter when it has one ("ǅ" as "D"…), otherwise as "?", never failing the document. One per document;
 * not thread-safe.
 */
final class DocumentFonts {
    private static final String REGULAR = "fonts/DejaVuSans.ttf";
    private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

    private final PDFont regular;
    private final PDFont bold;
    private final Map<PDFont, Map<Integer, Boolean>> known = new HashMap<>();

    private DocumentFonts(PDFont regular, PDFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** The fonts, embedded into {@code document} as subsets of what it uses. */
    static DocumentFonts embedIn(PDDocument document) throws IOException {
        return new DocumentFonts(load(document, REGULAR), load(document, BOLD));
    }

    private static PDFont load(PDDocument document, String resource) throws IOException {
        try (InputStream in = Objects.requireNonNull(DocumentFonts.class.getResourceAsStream(resource), resource)) {
            return PDType0Font.load(document, in, true);
        }
    }

    PDFont regular() {
        return regular;
    }

    PDFont bold() {
        return bold;
    }

    /**
     * {@code text} as {@code font} can show it on one line: line breaks and tabs become spaces, other
     * control characters go, and a character without a glyph becomes its base letter or "?".
     */
    String printable(PDFont font, String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                // nothing to print
            } else if (shows(font, cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(fallback(font, cp));
            }
        });
        return out.toString();
    }

    private String fallback(PDFont font, int cp) {
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        StringBuilder base = new StringBuilder();
        decomposed.codePoints()
                .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK && c != cp)
                .forEach(base::appendCodePoint);
        if (base.length() > 0 && base.codePoints().allMatch(c -> shows(font, c))) {
            return base.toString();
        }
        return "?";
    }

    private boolean shows(PDFont font, int cp) {
        return known.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(cp, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return Boolean.TRUE;
            } catch (IllegalArgumentException | IOException e) {
                return Boolean.FALSE;
            }
        });
    }

    /** The width of {@code text} (already printable) in {@code font} at {@code size} points. */
    static float width(PDFont font, String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
