package com.starlightdesk.app.chart.vitals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.LengthPosition;
import com.starlightdesk.data.domain.LengthUnit;
import com.starlightdesk.data.domain.TemperatureUnit;
import com.starlightdesk.data.domain.VitalSigns;
import com.starlightdesk.data.domain.WeightUnit;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The vitals entry form read into metric vitals, each bad value at its field; no toolkit. */
class VitalsFormTest {
    private static final ZoneId ZONE = ZoneId.of("America/Chicago");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T17:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate BORN = LocalDate.of(2025, 3, 9);
    private final UUID patient = Ids.next();

    @Test
    void usUnitsAreStoredMetricWithTheUnitsRecorded() {
        VitalsForm form = new VitalsForm();
        form.clearValues(LocalDate.of(2026, 12, 4));
        form.weight.set("26");
        form.ounces.set("4");
        form.length.set("33.25");
        form.head.set("19");
        form.temperature.set("98.6");
        form.systolic.set("95");
        form.diastolic.set("55");
        assertEquals("BMI 16.7 kg/m²", form.bmiProperty().get());
        FieldErrors errors = new FieldErrors();
        VitalSigns v = form.read(patient, BORN, ZONE, CLOCK, errors);
        assertNotNull(v, () -> "errors: " + errors);
        assertEquals(new BigDecimal("11.907"), v.weightKg());
        assertEquals(new BigDecimal("84.5"), v.heightCm());
        assertEquals(new BigDecimal("48.3"), v.headCircumferenceCm());
        assertEquals(new BigDecimal("37.00"), v.temperatureC());
        assertEquals(WeightUnit.LB, v.weightUnit());
        assertEquals(LengthUnit.IN, v.lengthUnit());
        assertEquals(TemperatureUnit.F, v.temperatureUnit());
        assertEquals(LengthPosition.RECUMBENT, v.lengthPosition());
        assertEquals(CLOCK.instant(), v.measuredAt(), "today's measurements are taken now");
        assertEquals("26 lb 4 oz", GrowthWording.weight(v));
        assertEquals("33.25 in", GrowthWording.length(v.heightCm(), v.lengthUnit()));
        assertEquals("98.6 °F", GrowthWording.temperature(v));

        form.temperature.set("99.1");
        VitalSigns fever = form.read(patient, BORN, ZONE, CLOCK, errors);
        assertEquals(new BigDecimal("37.28"), fever.temperatureC(), "to hundredths, so the tenth of a °F comes back");
        assertEquals("99.1 °F", GrowthWording.temperature(fever));
    }

    @Test
    void eachBadValueIsNamedAtItsField() {
        VitalsForm form = new VitalsForm();
        form.weight.set("26.5");
        form.length.set("33.125");
        form.temperature.set("120");
        form.heartRate.set("fast");
        form.measuredOn.set("13/40/2026");
        FieldErrors errors = new FieldErrors();
        assertNull(form.read(patient, BORN, ZONE, CLOCK, errors));
        assertEquals("Whole pounds; the rest in ounces", errors.of("weight").get());
        assertEquals("In inches takes a tenth or a quarter (e.g. 20.3 or 20.25)", errors.of("length").get());
        assertEquals("Must be between 77 and 113 °F", errors.of("temperature").get());
        assertEquals("Enter a whole number", errors.of("heartRate").get());
        assertEquals("Enter the date as M/D/YYYY", errors.of("measuredOn").get());
    }

    @Test
    void metricValuesMeetTheSchemasBoundsAtTheirFields() {
        VitalsForm form = new VitalsForm();
        form.weightUnit.set(WeightUnit.KG);
        form.lengthUnit.set(LengthUnit.CM);
        form.weight.set("301");
        FieldErrors errors = new FieldErrors();
        assertNull(form.read(patient, BORN, ZONE, CLOCK, errors));
        assertEquals("Is larger than 300", errors.of("weight").get());

        form.weight.set("");
        form.systolic.set("90");
        errors.clear();
        assertNull(form.read(patient, BORN, ZONE, CLOCK, errors));
        assertEquals("Enter both pressures, e.g. 100 / 60", errors.of("diastolic").get());

        form.systolic.set("");
        errors.clear();
        assertNull(form.read(patient, BORN, ZONE, CLOCK, errors));
        assertEquals("Enter at least one measurement", errors.of("weight").get());

        form.oxygen.set("101");
        errors.clear();
        assertNull(form.read(patient, BORN, ZONE, CLOCK, errors));
        assertEquals("Must be between 50 and 100", errors.of("oxygen").get());
    }

    @Test
    void percentilesAndZScoresReadAsAClinicSaysThem() {
        assertEquals("<1st", GrowthWording.percentile(0.4));
        assertEquals("1st", GrowthWording.percentile(1.2));
        assertEquals("48th", GrowthWording.percentile(47.6));
        assertEquals("92nd", GrowthWording.percentile(92.2));
        assertEquals(">99th", GrowthWording.percentile(99.6));
        assertEquals("−0.40", GrowthWording.z(-0.4));
        assertEquals("+1.23", GrowthWording.z(1.234));
        assertEquals("+0.00", GrowthWording.z(-0.001));
        assertEquals("5 mo 12 d", GrowthWording.age(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 13)));
        assertEquals("3 y 4 mo", GrowthWording.age(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 5, 13)));
        assertEquals("12 days", GrowthWording.age(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 13)));
        assertEquals("31+2 weeks", GrowthWording.gestation(219));
    }
}
