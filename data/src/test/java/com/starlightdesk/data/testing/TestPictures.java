package com.starlightdesk.data.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/** Real pictures for logo tests: a two-colour one that compresses well, or noise that does not. Stateless. */
public final class TestPictures {
    private TestPictures() {
    }

    /** A picture of the given size in {@code format} ("png" or "jpg"), its left half blue. */
    public static byte[] picture(String format, int width, int height) {
        return encode(format, width, height, false);
    }

    /** A PNG of random pixels: about three bytes a pixel, whatever the compression. */
    public static byte[] noise(int width, int height) {
        return encode("png", width, height, true);
    }

    private static byte[] encode(String format, int width, int height, boolean noise) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, noise ? random.nextInt(0xFFFFFF) : (x < width / 2 ? 0x4A7FB5 : 0xFFFFFF));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
