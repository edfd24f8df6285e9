package com.starlightdesk.app.parts;

import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.data.codes.DiagnosisCode;
import com.starlightdesk.data.codes.DiagnosisCodes;
import java.util.List;
import java.util.function.Consumer;

/**
 * The diagnosis picker's state: a {@link TypeAheadViewModel type-ahead} over the ICD-10-CM code set
 * ({@link DiagnosisCodes#search}) by code prefix ({@code J06}, {@code j06.9}) or words of the description
 * ({@code otitis media}). A query that finds nothing says "No billable ICD-10-CM code matches '…'.", a failed
 * search "The code set could not be searched.". The code set is read ahead, in the background, when the
 * picker is made. Confined to the FX thread; needs no toolkit.
 */
public final class DiagnosisPickerViewModel extends TypeAheadViewModel<DiagnosisCode> {
    /** How many codes the picker lists. */
    public static final int LIMIT = 12;

    private final DiagnosisCodes codes;

    /** A picker listing up to {@link #LIMIT} codes; {@code onPick} gets the code chosen. */
    public DiagnosisPickerViewModel(DiagnosisCodes codes, TaskExecutor executor, Consumer<DiagnosisCode> onPick) {
        this(codes, executor, onPick, LIMIT);
    }

    /** A picker listing up to {@code limit} codes. */
    public DiagnosisPickerViewModel(DiagnosisCodes codes, TaskExecutor executor, Consumer<DiagnosisCode> onPick, int limit) {
        super(executor, onPick, limit);
        this.codes = codes;
        if (!codes.isLoaded()) {
            executor.submit(() -> {
                codes.load();
                return Boolean.TRUE;
            }, loaded -> { }, failure -> { });
        }
    }

    @Override
    protected List<DiagnosisCode> find(String typed, int limit) {
        return codes.search(typed, limit);
    }

    @Override
    protected String noMatchLine(String typed) {
        return "No billable ICD-10-CM code matches '" + typed + "'.";
    }

    @Override
    protected String failureLine() {
        return "The code set could not be searched.";
    }

    /** How a code reads in the list: {@code J06.9  Acute upper respiratory infection, unspecified}. */
    public static String describe(DiagnosisCode code) {
        return code.display() + "  " + code.description();
    }
}
