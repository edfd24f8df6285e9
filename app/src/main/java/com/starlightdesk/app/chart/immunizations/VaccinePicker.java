package com.starlightdesk.app.chart.immunizations;

import com.starlightdesk.app.parts.TypeAhead;
import com.starlightdesk.data.codes.VaccineCode;

/**
 * The vaccine pick list: a {@link TypeAhead type-ahead} whose CVX vaccines drop down under it, each as
 * {@code 20  DTaP} with the code in a column of its own (inactive and non-US codes say so), in a list at least
 * {@link #MIN_LIST_WIDTH} wide. State and searches live in {@link VaccinePickerViewModel}. Usable from FXML.
 * Confined to the FX thread.
 */
public final class VaccinePicker extends TypeAhead<VaccineCode> {
    /** The narrowest the list of vaccines is drawn. */
    public static final double MIN_LIST_WIDTH = 420;
    private static final double ROW = 30;

    public VaccinePicker() {
        super(code -> code.cvx() + "  " + VaccinePickerViewModel.describe(code), ROW, MIN_LIST_WIDTH);
        readInColumns(VaccineCode::cvx, VaccinePickerViewModel::describe);
        getStyleClass().add("vaccine-picker");
        setPromptText("Name, brand or CVX code");
    }
}
