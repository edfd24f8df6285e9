package com.starlightdesk.data.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class ProviderColorTest {

    /** Why any two palette colours fall short, or "" when none do. */
    private static String tooClose(List<ProviderColor.Named> palette) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < palette.size(); i++) {
            for (int j = i + 1; j < palette.size(); j++) {
                double difference = palette.get(i).color().differenceFrom(palette.get(j).color());
                if (difference < ProviderColor.MIN_PALETTE_DIFFERENCE) {
                    found.add(palette.get(i).name() + "/" + palette.get(j).name() + " ΔE00 " + Math.round(difference));
                }
            }
        }
        return String.join(", ", found);
    }

    /** The palette colours neither white nor dark text reads on. */
    private static List<String> unreadable(List<ProviderColor.Named> palette) {
        return palette.stream().filter(n -> !n.color().isReadable()).map(ProviderColor.Named::name).toList();
    }

    @Test
    void thePaletteHoldsTenToTwelveNamedColoursAllReadableAndClearlyApart() {
        List<ProviderColor.Named> palette = ProviderColor.PALETTE;
        assertTrue(palette.size() >= 10 && palette.size() <= 12, "size " + palette.size());
        Set<String> names = new HashSet<>();
        palette.forEach(n -> assertTrue(names.add(n.name()), "names differ: " + n.name()));
        assertEquals(List.of(), unreadable(palette));
        assertEquals("", tooClose(palette));
        for (ProviderColor.Named n : palette) {
            assertTrue(n.color().textColor().contrastWith(n.color()) >= ProviderColor.MIN_CONTRAST, n.name());
            assertEquals(n.name(), n.color().paletteName().orElseThrow());
        }
    }

    @Test
    void thePaletteChecksCatchANearDuplicateOrAnUnreadableColour() {
        List<ProviderColor.Named> nearDuplicate = new ArrayList<>(ProviderColor.PALETTE);
        nearDuplicate.set(1, new ProviderColor.Named("Almost blue", new ProviderColor("#3574DE")));
        assertEquals("Blue/Almost blue ΔE00 2", tooClose(nearDuplicate));

        List<ProviderColor.Named> grey = new ArrayList<>(ProviderColor.PALETTE);
        grey.set(4, new ProviderColor.Named("Mid grey", new ProviderColor("#808080")));
        assertEquals(List.of("Mid grey"), unreadable(grey));
    }

    @Test
    void ciede2000MatchesSharmasPublishedPairs() {
        // Sharma, Wu and Dalal (2005), table 1: pairs 1, 7, 17 and 25.
        assertEquals(2.0425, ColorDifference.ciede2000(new double[] {50, 2.6772, -79.7751}, new double[] {50, 0, -82.7485}), 1e-4);
        assertEquals(0.0, ColorDifference.ciede2000(new double[] {50, 0, 0}, new double[] {50, 0, 0}), 1e-9);
        assertEquals(27.1492, ColorDifference.ciede2000(new double[] {50, 2.5, 0}, new double[] {73, 25, -18}), 1e-4);
        assertEquals(1.2644, ColorDifference.ciede2000(new double[] {60.2574, -34.0099, 36.2677},
                new double[] {60.4626, -34.1751, 39.4387}), 1e-4);
    }

    @Test
    void contrastFollowsWcagTwo() {
        assertEquals(21.0, new ProviderColor("#000000").contrastWith(ProviderColor.WHITE), 1e-9);
        assertEquals(1.0, ProviderColor.WHITE.contrastWith(ProviderColor.WHITE), 1e-9);
        assertEquals(4.54, new ProviderColor("#767676").contrastWith(ProviderColor.WHITE), 0.01);
        assertEquals(ProviderColor.WHITE, new ProviderColor("#283593").textColor());
        assertEquals(ProviderColor.DARK_TEXT, new ProviderColor("#FFFF66").textColor());
        assertEquals(ProviderColor.WHITE, ProviderColor.NONE.textColor());
        assertTrue(ProviderColor.NONE.isReadable());
    }

    @Test
    void aCustomColourIsAllowedWhenTextReadsOnItAndRefusedSayingWhyWhenNot() {
        assertEquals("#FFFF66", ProviderColor.readable("color", " #ffff66 ").hex());
        assertEquals("#1A1A1A", ProviderColor.readable("color", "#1a1a1a").hex());

        ValidationException grey = assertThrows(ValidationException.class, () -> ProviderColor.readable("color", "#808080"));
        assertEquals("color", grey.field());
        assertEquals("color: #808080 is too light for white text and too dark for dark text, so visit names would be hard"
                + " to read on it: choose a darker or a lighter shade, or a colour from the palette", grey.getMessage());

        ValidationException orange = assertThrows(ValidationException.class, () -> ProviderColor.readable("color", "#D9480F"));
        assertTrue(orange.getMessage().startsWith("color: #D9480F is too light for white text"), orange.getMessage());

        ValidationException typo = assertThrows(ValidationException.class, () -> ProviderColor.readable("color", "2E6FDB"));
        assertEquals("color: must be a colour from the palette or #RRGGBB, e.g. #2E6FDB", typo.getMessage());
        assertThrows(ValidationException.class, () -> ProviderColor.readable("color", "#GGGGGG"));
        assertThrows(ValidationException.class, () -> ProviderColor.readable("color", null));
    }

    @Test
    void aProviderWithoutAColourIsDrawnInTheReadableGrey() {
        Provider none = new Provider(Ids.next(), null, "Asha Prajapati, MD", null, null, null, true);
        assertEquals(ProviderColor.NONE, ProviderColor.of(none));
        Provider pink = new Provider(Ids.next(), null, "Asha Prajapati, MD", null, null, "#f4a7b9", true);
        assertEquals(ProviderColor.DARK_TEXT, ProviderColor.of(pink).textColor());
        assertFalse(ProviderColor.of(pink).paletteName().isEmpty());
    }
}
