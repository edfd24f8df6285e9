package com.starlightdesk.app.parts;

import com.starlightdesk.data.codes.DiagnosisCode;

/**
 * The diagnosis picker: a {@link TypeAhead type-ahead} whose ICD-10-CM codes drop down under it, each as
 * {@code J06.9  Acute upper respiratory infection, unspecified} with the code in a column of its own (so that
 * descriptions line up after codes of any length), in a list at least {@link #MIN_LIST_WIDTH}
 * wide, so that descriptions read in a narrow form. State and searches live in
 * {@link DiagnosisPickerViewModel}. Usable from FXML ({@code <DiagnosisPicker suggestionsId="..."/>}).
 * Confined to the FX thread.
 */
public final class DiagnosisPicker extends TypeAhead<DiagnosisCode> {
    /** The narrowest the list of codes is drawn. */
    public static final double MIN_LIST_WIDTH = 560;
    /** The height of one listed code; the list is as tall as its codes. */
    private static final double ROW = 30;

    public DiagnosisPicker() {
        super(DiagnosisPickerViewModel::describe, ROW, MIN_LIST_WIDTH);
        readInColumns(DiagnosisCode::display, DiagnosisCode::description);
        getStyleClass().add("diagnosis-picker");
        setPromptText("Code or words, e.g. J06.9 or otitis media");
        noMatchWords().setId("diagnosis-picker-no-match");
    }
}
