package com.starlightdesk.app.print;

import com.starlightdesk.data.domain.Letterhead;
import com.starlightdesk.data.domain.PracticeLogo;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What the printout tests share: a letterhead with a drawn logo, reading a PDF's text, keeping samples to look at. */
final class PrintSamples {
    /** Where the tests also leave their PDFs for a person to look at, when the property is set. */
    static final String SAMPLES = "starlight.print.samples";

    private PrintSamples() {
    }

    /** A letterhead like a practice's, with a small PNG logo drawn here (a star in a circle). */
    static Letterhead letterhead(String title) {
        BufferedImage image = new BufferedImage(160, 160, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1F, 0x5F, 0x8B));
        g.fillOval(4, 4, 152, 152);
        g.setColor(new Color(0xFF, 0xD5, 0x4F));
        g.setStroke(new BasicStroke(3));
        int[] xs = new int[10];
        int[] ys = new int[10];
        for (int i = 0; i < 10; i++) {
            double angle = Math.PI / 2 + i * Math.PI / 5;
            double r = i % 2 == 0 ? 60 : 25;
            xs[i] = (int) Math.round(80 + r * Math.cos(angle));
            ys[i] = (int) Math.round(82 - r * Math.sin(angle));
        }
        g.fillPolygon(xs, ys, 10);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Letterhead(title, List.of("1200 Maple Avenue, Suite 4", "Naperville, IL 60540"),
                "Phone (630) 555-0100 · Fax (630) 555-0101", "NPI 1234567893", Optional.of(PracticeLogo.of("logo", png.toByteArray())));
    }

    /** The text of every page of {@code pdf}. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** Leaves {@code pdf} as {@code name} in the samples folder, when one is named. */
    static void keep(String name, byte[] pdf) throws IOException {
        String folder = System.getProperty(SAMPLES);
        if (folder != null && !folder.isBlank()) {
            Path dir = Path.of(folder);
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), pdf);
        }
    }
}
