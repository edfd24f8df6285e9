package com.starlightdesk.app.chart.immunizations;

import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.TypeAheadViewModel;
import com.starlightdesk.data.codes.ImmunizationCodes;
import com.starlightdesk.data.codes.ObservationCode;
import com.starlightdesk.data.domain.ObservationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The pick list of the CDSi schedule's observation codes: a {@link TypeAheadViewModel type-ahead} that finds, among
 * the codes the schedule uses as the kind being entered (immunity, contraindication or indication), those whose code
 * starts with what is typed ({@code 02}) or whose title holds every word typed ({@code varicella lab}), in code order.
 * Confined to the FX thread; needs no toolkit.
 */
public final class ObservationPickerViewModel extends TypeAheadViewModel<ObservationCode> {
    /** How many codes the list shows. */
    public static final int LIMIT = 10;

    private final ImmunizationCodes codes;
    private final Supplier<ObservationKind> kind;

    /** A pick list of the codes of the kind {@code kind} gives at the time of each search. */
    public ObservationPickerViewModel(ImmunizationCodes codes, Supplier<ObservationKind> kind, TaskExecutor executor,
            Consumer<ObservationCode> onPick) {
        super(executor, onPick, LIMIT);
        this.codes = codes;
        this.kind = kind;
    }

    @Override
    protected List<ObservationCode> find(String typed, int limit) {
        return search(codes, kind.get(), typed, limit);
    }

    @Override
    protected String noMatchLine(String typed) {
        ObservationKind of = kind.get();
        return "No " + (of == null ? "" : of.label().toLowerCase(Locale.ROOT) + " ") + "code of the schedule matches '" + typed + "'.";
    }

    /** Up to {@code limit} codes of {@code kind} for {@code typed}, in code order. */
    static List<ObservationCode> search(ImmunizationCodes codes, ObservationKind kind, String typed, int limit) {
        String query = typed.strip().toLowerCase(Locale.ROOT);
        List<String> terms = List.of(query.split("[^\\p{L}\\p{N}]+")).stream().filter(t -> !t.isEmpty()).toList();
        List<ObservationCode> found = new ArrayList<>();
        if (terms.isEmpty() || kind == null) {
            return found;
        }
        for (ObservationCode code : codes.observations()) {
            if (!code.kinds().contains(kind)) {
                continue;
            }
            List<String> words = List.of(code.title().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
            boolean matches = code.code().startsWith(query)
                    || terms.stream().allMatch(t -> words.stream().anyMatch(w -> w.startsWith(t)));
            if (matches) {
                found.add(code);
                if (found.size() == limit) {
                    break;
                }
            }
        }
        return found;
    }
}
