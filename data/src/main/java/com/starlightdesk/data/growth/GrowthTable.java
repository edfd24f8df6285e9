package com.starlightdesk.data.growth;

import static com.starlightdesk.data.growth.GrowthIndicator.BMI_FOR_AGE;
import static com.starlightdesk.data.growth.GrowthIndicator.HEAD_CIRCUMFERENCE_FOR_AGE;
import static com.starlightdesk.data.growth.GrowthIndicator.LENGTH_FOR_AGE;
import static com.starlightdesk.data.growth.GrowthIndicator.WEIGHT_FOR_AGE;
import static com.starlightdesk.data.growth.GrowthIndicator.WEIGHT_FOR_LENGTH;
import static com.starlightdesk.data.growth.GrowthStandard.CDC_2000;
import static com.starlightdesk.data.growth.GrowthStandard.WHO_2006;

import com.starlightdesk.data.domain.LengthPosition;

/**
 * The LMS tables shipped with the app (resources beside this class, provenance in their README): which
 * standard, which indicator, the file, and what its x column counts. The length-based ones also say how
 * the child lies or stands for the length the table expects.
 */
public enum GrowthTable {
    WHO_WEIGHT_FOR_AGE(WHO_2006, WEIGHT_FOR_AGE, "who2006-wfa.csv", TableX.DAYS, null),
    WHO_LENGTH_FOR_AGE(WHO_2006, LENGTH_FOR_AGE, "who2006-lhfa.csv", TableX.DAYS, LengthPosition.RECUMBENT),
    WHO_HEAD_CIRCUMFERENCE_FOR_AGE(WHO_2006, HEAD_CIRCUMFERENCE_FOR_AGE, "who2006-hcfa.csv", TableX.DAYS, null),
    WHO_BMI_FOR_AGE(WHO_2006, BMI_FOR_AGE, "who2006-bfa.csv", TableX.DAYS, null),
    WHO_WEIGHT_FOR_LENGTH(WHO_2006, WEIGHT_FOR_LENGTH, "who2006-wfl.csv", TableX.CENTIMETRES, LengthPosition.RECUMBENT),
    CDC_INFANT_WEIGHT_FOR_AGE(CDC_2000, WEIGHT_FOR_AGE, "cdc2000-wtageinf.csv", TableX.MONTHS, null),
    CDC_INFANT_LENGTH_FOR_AGE(CDC_2000, LENGTH_FOR_AGE, "cdc2000-lenageinf.csv", TableX.MONTHS, LengthPosition.RECUMBENT),
    CDC_INFANT_HEAD_CIRCUMFERENCE_FOR_AGE(CDC_2000, HEAD_CIRCUMFERENCE_FOR_AGE, "cdc2000-hcageinf.csv", TableX.MONTHS, null),
    CDC_INFANT_WEIGHT_FOR_LENGTH(CDC_2000, WEIGHT_FOR_LENGTH, "cdc2000-wtleninf.csv", TableX.CENTIMETRES, LengthPosition.RECUMBENT),
    CDC_WEIGHT_FOR_AGE(CDC_2000, WEIGHT_FOR_AGE, "cdc2000-wtage.csv", TableX.MONTHS, null),
    CDC_STATURE_FOR_AGE(CDC_2000, LENGTH_FOR_AGE, "cdc2000-statage.csv", TableX.MONTHS, LengthPosition.STANDING),
    CDC_BMI_FOR_AGE(CDC_2000, BMI_FOR_AGE, "cdc2000-bmiagerev.csv", TableX.MONTHS, null),
    CDC_WEIGHT_FOR_STATURE(CDC_2000, WEIGHT_FOR_LENGTH, "cdc2000-wtstat.csv", TableX.CENTIMETRES, LengthPosition.STANDING);

    /** What a table's x column counts. */
    enum TableX {
        DAYS,
        /** Months of 30.4375 days (a year of 365.25 days over 12), the CDC tables' {@code Agemos}. */
        MONTHS,
        CENTIMETRES
    }

    private final GrowthStandard standard;
    private final GrowthIndicator indicator;
    private final String file;
    private final TableX x;
    private final LengthPosition position;

    GrowthTable(GrowthStandard standard, GrowthIndicator indicator, String file, TableX x, LengthPosition position) {
        this.standard = standard;
        this.indicator = indicator;
        this.file = file;
        this.x = x;
        this.position = position;
    }

    public GrowthStandard standard() {
        return standard;
    }

    public GrowthIndicator indicator() {
        return indicator;
    }

    /** The resource's file name, e.g. {@code who2006-wfa.csv}. */
    public String file() {
        return file;
    }

    /**
     * How the child lies or stands for the length this table measures (its measurement for length-for-age,
     * its x for weight-for-length); null for tables without a length.
     */
    public LengthPosition lengthPosition() {
        return position;
    }

    TableX x() {
        return x;
    }
}
