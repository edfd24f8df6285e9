package com.starlightdesk.app.parts;

import com.starlightdesk.app.concurrent.TaskExecutor;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** For the type-ahead's tests: a short list of clinic words, found by their start, in the list's order. */
class ClinicWords extends TypeAheadViewModel<String> {
    static final List<String> WORDS = List.of(
            "asthma", "atopic dermatitis", "otitis externa", "otitis media", "otalgia", "pharyngitis", "pneumonia");

    ClinicWords(TaskExecutor executor, Consumer<String> onPick, int limit) {
        super(executor, onPick, limit);
    }

    @Override
    protected List<String> find(String typed, int limit) {
        String start = typed.strip().toLowerCase(Locale.ROOT);
        return WORDS.stream().filter(w -> w.startsWith(start)).limit(limit).toList();
    }

    @Override
    protected String noMatchLine(String typed) {
        return "No word starts with '" + typed + "'.";
    }
}
