package com.starlightdesk.data.domain;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The practice's logo for its letterhead: a PNG or JPEG of at most {@link #MAX_BYTES}, stored as base64 text.
 * A logo is read when the admin picks it ({@link #of}), so a file that only looks like an image by its name
 * or first bytes is refused there; a stored logo is checked by its header ({@link #parse}). Immutable.
 */
public final class PracticeLogo {
    /**
     * The largest logo a practice keeps: 40 KB, ample for a letterhead. As base64 (54,616 characters) it leaves
     * the practices row well inside the Data API's 64 KB row limit, so every desk pulls it like any row.
     */
    public static final int MAX_BYTES = 40 * 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    /** The kinds of image a logo may be. */
    public enum Format { PNG, JPEG }

    private final byte[] bytes;
    private final Format format;
    private final int width;
    private final int height;

    private PracticeLogo(byte[] bytes, Format format, int width, int height) {
        this.bytes = bytes;
        this.format = format;
        this.width = width;
        this.height = height;
    }

    /**
     * A logo from a chosen file's bytes: fails, naming {@code field}, for a file over 40 KB, one that is
     * not a PNG or JPEG, or one that does not decode as a picture.
     */
    public static PracticeLogo of(String field, byte[] bytes) {
        PracticeLogo logo = checked(field, bytes);
        BufferedImage image;
        try {
            image = ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes)));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null) {
            throw new ValidationException(field, "is a damaged " + logo.format + " picture");
        }
        return logo;
    }

    /** A stored logo (base64), or null for none. Fails, naming {@code field}, as {@link #of} does short of decoding. */
    public static PracticeLogo parse(String field, String base64) {
        if (base64 == null || base64.isBlank()) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "is not a stored picture (base64)");
        }
        return checked(field, bytes);
    }

    private static PracticeLogo checked(String field, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ValidationException(field, "is an empty file");
        }
        checkSize(field, bytes.length);
        Format format = startsWith(bytes, PNG) ? Format.PNG : startsWith(bytes, JPEG) ? Format.JPEG : null;
        if (format == null) {
            throw new ValidationException(field, "must be a PNG or JPEG picture");
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ValidationException(field, "must be a PNG or JPEG picture");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new ValidationException(field, "is a picture without size");
                }
                return new PracticeLogo(bytes.clone(), format, width, height);
            } finally {
                reader.dispose();
            }
        } catch (ValidationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ValidationException(field, "is a damaged " + format + " picture");
        }
    }

    /** Fails, naming {@code field}, when a file of {@code size} bytes is too large for a logo. */
    public static void checkSize(String field, long size) {
        if (size > MAX_BYTES) {
            throw new ValidationException(field, "is " + kilobytes(size) + " KB; a logo may be at most " + kilobytes(MAX_BYTES) + " KB");
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static long kilobytes(long bytes) {
        return (bytes + 1023) / 1024;
    }

    /** The picture's bytes, as the file held them. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public Format format() {
        return format;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The stored form. */
    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PracticeLogo other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
