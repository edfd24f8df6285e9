package com.starlightdesk.app.chart.immunizations;

import com.starlightdesk.app.parts.TypeAhead;
import com.starlightdesk.data.codes.ObservationCode;

/**
 * The pick list of the schedule's observation codes: a {@link TypeAhead type-ahead} listing each as
 * {@code 023  Laboratory Evidence of Immunity…}, the code in a column of its own, in a list at least
 * {@link #MIN_LIST_WIDTH} wide. State and searches live in {@link ObservationPickerViewModel}. Usable from FXML.
 * Confined to the FX thread.
 */
public final class ObservationPicker extends TypeAhead<ObservationCode> {
    /** The narrowest the list of codes is drawn. */
    public static final double MIN_LIST_WIDTH = 520;
    private static final double ROW = 30;

    public ObservationPicker() {
        super(ObservationCode::label, ROW, MIN_LIST_WIDTH);
        readInColumns(ObservationCode::code, ObservationCode::title);
        getStyleClass().add("observation-picker");
        setPromptText("Words or code, e.g. varicella or 023");
    }
}
