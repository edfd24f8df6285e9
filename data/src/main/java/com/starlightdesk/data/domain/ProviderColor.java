package com.starlightdesk.data.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A provider's colour on the calendar, {@code #RRGGBB}, and the text colour that reads on it: a visit
 * block is filled with the colour and lettered in white or in the calendar's dark text colour,
 * whichever contrasts more. A colour that neither contrasts with at the WCAG 2 level for normal text
 * (4.5:1) cannot be chosen for a provider ({@link #readable}).
 *
 * <p>{@link #PALETTE} is the practice's choice of colours: each is readable, and any two differ by at
 * least {@link #MIN_PALETTE_DIFFERENCE} in CIEDE2000, so that two providers' visits side by side are
 * told apart at a glance. Immutable.
 */
public record ProviderColor(String hex) {
    private static final Pattern HEX = Pattern.compile("^#[0-9A-Fa-f]{6}$");

    /** White text. */
    public static final ProviderColor WHITE = new ProviderColor("#FFFFFF");
    /** The calendar's dark text: the theme's default foreground (AtlantaFX Primer Light, -color-fg-default). */
    public static final ProviderColor DARK_TEXT = new ProviderColor("#24292F");
    /** The colour of a provider who has none (readable with white text). */
    public static final ProviderColor NONE = new ProviderColor("#6E7781");
    /** WCAG 2's contrast for normal-size text (success criterion 1.4.3, level AA). */
    public static final double MIN_CONTRAST = 4.5;
    /**
     * The least CIEDE2000 difference between two palette colours. 2.3 is a just-noticeable difference
     * for colours side by side; colours meant to be told apart as categories, in small blocks and apart
     * from each other on a busy grid, need several times that. 15 keeps twelve colours that all meet the
     * contrast rule clearly apart (no two share both hue family and lightness).
     */
    public static final double MIN_PALETTE_DIFFERENCE = 15;

    /** The palette in the order the Providers page offers it, each with the name staff see. */
    public static final List<Named> PALETTE = List.of(
            new Named("Blue", new ProviderColor("#2E6FDB")),
            new Named("Rust", new ProviderColor("#C0390B")),
            new Named("Green", new ProviderColor("#1B7F3B")),
            new Named("Purple", new ProviderColor("#8E44AD")),
            new Named("Gold", new ProviderColor("#E0A526")),
            new Named("Raspberry", new ProviderColor("#C2185B")),
            new Named("Teal", new ProviderColor("#00838F")),
            new Named("Brown", new ProviderColor("#5D4037")),
            new Named("Indigo", new ProviderColor("#283593")),
            new Named("Olive", new ProviderColor("#6B7D00")),
            new Named("Pink", new ProviderColor("#F4A7B9")),
            new Named("Sky", new ProviderColor("#90CAF9")));

    /** A palette colour and its name. */
    public record Named(String name, ProviderColor color) {
    }

    /** {@code hex} must be {@code #RRGGBB}; it is kept in upper case. */
    public ProviderColor {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new ValidationException("color", "must be #RRGGBB");
        }
        hex = hex.toUpperCase(Locale.ROOT);
    }

    /**
     * The colour typed or chosen for a provider, refused under {@code field} when it is not {@code #RRGGBB}
     * or when neither white nor dark text reads on it (saying which way it falls short).
     */
    public static ProviderColor readable(String field, String typed) {
        ProviderColor color = parse(field, typed);
        if (!color.isReadable()) {
            throw new ValidationException(field, color.hex + " is too light for white text and too dark for dark text,"
                    + " so visit names would be hard to read on it: choose a darker or a lighter shade, or a colour from the palette");
        }
        return color;
    }

    /** The colour typed as {@code #RRGGBB} (around blanks), refused under {@code field} when it is not one. */
    public static ProviderColor parse(String field, String typed) {
        return typed(typed).orElseThrow(() -> new ValidationException(field, "must be a colour from the palette or #RRGGBB, e.g. #2E6FDB"));
    }

    /** The colour {@code text} spells as {@code #RRGGBB} (around blanks), if it does. */
    public static Optional<ProviderColor> typed(String text) {
        String t = text == null ? "" : text.strip();
        return HEX.matcher(t).matches() ? Optional.of(new ProviderColor(t)) : Optional.empty();
    }

    /** The first palette colour that none of {@code providers} has, or the first of all when each is taken. */
    public static ProviderColor firstFree(List<Provider> providers) {
        return PALETTE.stream().map(Named::color)
                .filter(c -> providers.stream().noneMatch(p -> c.hex().equalsIgnoreCase(p.color())))
                .findFirst().orElse(PALETTE.get(0).color());
    }

    /** The colour a provider's visits are drawn in: its own, or {@link #NONE} when it has none. */
    public static ProviderColor of(Provider provider) {
        return provider.color() == null ? NONE : new ProviderColor(provider.color());
    }

    /** Whether white or dark text reads on this colour at {@link #MIN_CONTRAST} or more. */
    public boolean isReadable() {
        return textColor().contrastWith(this) >= MIN_CONTRAST;
    }

    /** The text colour (white or {@link #DARK_TEXT}) that contrasts more with this colour. */
    public ProviderColor textColor() {
        return contrastWith(WHITE) >= contrastWith(DARK_TEXT) ? WHITE : DARK_TEXT;
    }

    /** The palette name of this colour, if it is one. */
    public Optional<String> paletteName() {
        return PALETTE.stream().filter(n -> n.color().equals(this)).map(Named::name).findFirst();
    }

    /** WCAG 2 contrast ratio with {@code other}, from 1 (same luminance) to 21 (black on white). */
    public double contrastWith(ProviderColor other) {
        double a = luminance();
        double b = other.luminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** WCAG 2 relative luminance, 0 (black) to 1 (white). */
    public double luminance() {
        double[] rgb = linearRgb();
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    /** CIEDE2000 colour difference from {@code other} (CIE Lab, D65 white). */
    public double differenceFrom(ProviderColor other) {
        return ColorDifference.ciede2000(lab(), other.lab());
    }

    /** CIE L*a*b* coordinates (D65 white). */
    double[] lab() {
        double[] rgb = linearRgb();
        double x = (0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2]) / 0.95047;
        double y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2];
        double z = (0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2]) / 1.08883;
        double fx = labF(x);
        double fy = labF(y);
        double fz = labF(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double labF(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private double[] linearRgb() {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return rgb;
    }

    @Override
    public String toString() {
        return hex;
    }
}
