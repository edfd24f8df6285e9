package com.starlightdesk.app.chart.immunizations;

import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.TypeAheadViewModel;
import com.starlightdesk.data.codes.ImmunizationCodes;
import com.starlightdesk.data.codes.VaccineCode;
import com.starlightdesk.data.codes.VaccineProduct;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The vaccine pick list's state: a {@link TypeAheadViewModel type-ahead} over CDC's CVX codes that finds a vaccine
 * by its code ({@code 20}, {@code 8} for {@code 08}), by words of its short description or full name
 * ({@code dtap}, {@code hep b ped}) or by a brand the CDSi schedule names ({@code engerix}). The code typed
 * exactly comes first, then active vaccines before those CDC lists as inactive, non-US or never active, then
 * closer matches (code, short description, brand, full name) and numeric order. Confined to the FX thread; needs no
 * toolkit.
 */
public final class VaccinePickerViewModel extends TypeAheadViewModel<VaccineCode> {
    /** How many vaccines the list shows. */
    public static final int LIMIT = 10;

    private final ImmunizationCodes codes;

    /** A pick list over {@code codes}; {@code onPick} gets the vaccine chosen. */
    public VaccinePickerViewModel(ImmunizationCodes codes, TaskExecutor executor, Consumer<VaccineCode> onPick) {
        super(executor, onPick, LIMIT);
        this.codes = codes;
    }

    @Override
    protected List<VaccineCode> find(String typed, int limit) {
        return search(codes, typed, limit);
    }

    @Override
    protected String noMatchLine(String typed) {
        return "No CVX vaccine matches '" + typed + "'.";
    }

    @Override
    protected String failureLine() {
        return "The vaccine list could not be searched.";
    }

    /** Up to {@code limit} vaccines for {@code typed}, best first (see the class comment). */
    static List<VaccineCode> search(ImmunizationCodes codes, String typed, int limit) {
        String query = typed.strip().toLowerCase(Locale.ROOT);
        List<String> terms = words(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        record Found(VaccineCode code, int closeness) {
        }
        List<Found> found = new ArrayList<>();
        for (VaccineCode code : codes.vaccines()) {
            int closeness = closeness(codes, code, query, terms);
            if (closeness >= 0) {
                found.add(new Found(code, closeness));
            }
        }
        found.sort(Comparator.comparing((Found f) -> f.closeness() != 0)
                .thenComparing(f -> !f.code().isActive())
                .thenComparingInt(Found::closeness)
                .thenComparingInt(f -> Integer.parseInt(f.code().cvx())));
        return found.stream().limit(limit).map(Found::code).toList();
    }

    /** 0 the code itself, 1 a code starting so, 2 the short description, 3 a brand, 4 the full name; -1 no match. */
    private static int closeness(ImmunizationCodes codes, VaccineCode code, String query, List<String> terms) {
        if (query.chars().allMatch(Character::isDigit)) {
            if (code.cvx().equals(query) || stripZeros(code.cvx()).equals(stripZeros(query))) {
                return 0;
            }
            if (code.cvx().startsWith(query)) {
                return 1;
            }
        }
        if (holdsAll(code.shortDescription(), terms)) {
            return 2;
        }
        for (VaccineProduct product : codes.products(code.cvx())) {
            if (!product.tradeName().isEmpty() && holdsAll(product.tradeName() + " " + product.mvx(), terms)) {
                return 3;
            }
        }
        return holdsAll(code.shortDescription() + " " + code.fullName(), terms) ? 4 : -1;
    }

    /** Whether each term starts a word of {@code text}. */
    private static boolean holdsAll(String text, List<String> terms) {
        List<String> words = words(text.toLowerCase(Locale.ROOT));
        return terms.stream().allMatch(t -> words.stream().anyMatch(w -> w.startsWith(t)));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static String stripZeros(String digits) {
        String stripped = digits.replaceFirst("^0+(?=.)", "");
        return stripped;
    }

    /** How a vaccine reads in the list after its code: CDC's short description, and its status unless Active. */
    public static String describe(VaccineCode code) {
        return code.shortDescription() + (code.isActive() ? "" : " · " + (code.status().isEmpty() ? "status not given" : code.status().toLowerCase(Locale.ROOT)));
    }
}
