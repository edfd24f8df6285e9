package com.starlightdesk.bench.review;

import com.starlightdesk.app.chart.ChartSection;
import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.parts.PatientPicker;
import com.starlightdesk.app.parts.TypeAhead;
import com.starlightdesk.app.print.GrowthChart;
import com.starlightdesk.app.print.GrowthChartDocument;
import com.starlightdesk.app.print.ImmunizationHistory;
import com.starlightdesk.app.print.ImmunizationHistoryDocument;
import com.starlightdesk.app.print.VisitSummary;
import com.starlightdesk.app.print.VisitSummaryDocument;
import com.starlightdesk.data.domain.Chart;
import com.starlightdesk.data.domain.Letterhead;
import com.starlightdesk.data.domain.MedicalRecord;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.VaccineRoute;
import com.starlightdesk.data.growth.ChildGrowth;
import com.starlightdesk.data.growth.GrowthReferences;
import com.starlightdesk.data.immunization.forecast.Forecaster;
import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.data.repo.Tables;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The chart's part of the screenshot tour: the Patients list, then a rich chart (Ethan Kim: born at 33 weeks,
 * growth from birth in lb and in, a chronic problem and a medicine) on each section and each growth chart, the
 * forms worth seeing (add an allergy, stop a medication with its reason, the diagnosis picker's matches, new
 * vitals in lb and in, a draft note in the editor), the Immunizations section's entry (the vaccine pick list, a dose
 * that would not count and the warning before saving it, an observation's code pick list, a refusal), the
 * Immunizations card (forecast, record card, doses) of the child behind on her vaccines, the child whose signed note
 * has an addendum with the note and the addendum open, the visit summary, growth chart and immunization record PDFs,
 * and the chart as the front desk sees it.
 * Leaves the window signed in as the front desk.
 */
final class ChartTour {
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** The demo's child born at 33+2 weeks, with growth, a problem and a medicine. */
    private static final String RICH_CHILD = "Ethan Kim";
    /** The demo's child whose weight crosses percentile lines. */
    private static final String CROSSING_CHILD = "Maya Cohen";
    private static final String FRONT_DESK = "front.desk@starlight-peds.test";
    private static final String FRONT_DESK_FIRST = "front-desk-first-2026";
    private static final String FRONT_DESK_OWN = "front-desk-own-2026";

    private ChartTour() {
    }

    /** Walks the chart signed in as the demo's admin; ends signed in as the front desk. */
    static void walk(Scene scene, DesktopWindow window, Path out) throws Exception {
        WindowDriver.press(scene, "#nav-patients");
        if (WindowDriver.onFx(() -> WindowDriver.showing(scene, "#chart"))) {
            WindowDriver.press(scene, "#chart-back"); // the chart the search opened earlier in the tour
        }
        WindowDriver.waitUntil("the patients list", () -> WindowDriver.showing(scene, "#patients-table")
                && !((TableView<?>) scene.lookup("#patients-table")).getItems().isEmpty(), WAIT);
        Thread.sleep(500);
        WindowDriver.savePng(scene, out.resolve("20-patients.png"));

        open(scene, RICH_CHILD);
        List<ChartSection> sections = WindowDriver.onFx(() -> List.copyOf(sectionList(scene).getItems()));
        for (int i = 0; i < sections.size(); i++) {
            ChartSection section = sections.get(i);
            show(scene, section);
            WindowDriver.savePng(scene, out.resolve(String.format(Locale.ROOT, "21-chart-%02d-%s.png", i + 1, name(section))));
            if (section == ChartSection.VITALS) {
                growthCharts(scene, out, "21-chart-vitals-");
            }
        }
        forms(scene, out);
        immunizationForms(scene, out);
        open(scene, CROSSING_CHILD);
        show(scene, ChartSection.VITALS);
        growthCharts(scene, out, "23-crossing-vitals-");
        immunizationCard(scene, out);
        signedNoteWithAddendum(scene, window, out);
        printouts(window, out);
        frontDesk(scene, window, out);
    }

    /** The forms on the rich chart, filled but not saved (the draft note is saved, as the editor does). */
    private static void forms(Scene scene, Path out) throws Exception {
        show(scene, ChartSection.ALLERGIES);
        WindowDriver.press(scene, "#allergy-add");
        WindowDriver.waitUntil("the allergy form", () -> WindowDriver.showing(scene, "#allergy-form"), WAIT);
        WindowDriver.type(scene, "#allergy-substance", "Amoxicillin");
        WindowDriver.type(scene, "#allergy-reaction", "Hives on the trunk");
        WindowDriver.press(scene, "#allergy-severity-moderate");
        settle();
        WindowDriver.savePng(scene, out.resolve("22-form-add-allergy.png"));
        WindowDriver.press(scene, "#allergy-cancel");

        show(scene, ChartSection.MEDICATIONS);
        WindowDriver.onFx(() -> {
            ((TableView<?>) scene.lookup("#medications-active")).getSelectionModel().select(0);
            return null;
        });
        WindowDriver.press(scene, "#medication-stop");
        WindowDriver.waitUntil("the stop form", () -> WindowDriver.showing(scene, "#medication-form"), WAIT);
        WindowDriver.press(scene, "#medication-reason-completed");
        WindowDriver.type(scene, "#medication-note", "Iron stores normal at 9 months");
        settle();
        WindowDriver.savePng(scene, out.resolve("22-form-stop-medication.png"));
        WindowDriver.press(scene, "#medication-cancel");

        show(scene, ChartSection.PROBLEMS);
        WindowDriver.onFx(() -> {
            scene.lookup("#problem-code").requestFocus();
            ((TextInputControl) scene.lookup("#problem-code")).setText("otitis");
            return null;
        });
        WindowDriver.waitUntil("the diagnosis picker's matches", () -> scene.lookup(".diagnosis-picker-match") != null
                || scene.getRoot().lookupAll(".diagnosis-picker").stream().anyMatch(n -> n instanceof com.starlightdesk.app.parts.DiagnosisPicker p
                        && p.isShowingSuggestions()), WAIT);
        settle();
        ScreenshotTour.captureScreen(scene, out.resolve("22-form-diagnosis-picker.png"));
        WindowDriver.type(scene, "#problem-code", "");

        show(scene, ChartSection.VITALS);
        choose(scene, "#vitals-weight-unit", "LB");
        choose(scene, "#vitals-length-unit", "IN");
        choose(scene, "#vitals-temperature-unit", "F");
        WindowDriver.type(scene, "#vitals-weight", "19");
        WindowDriver.type(scene, "#vitals-ounces", "6");
        WindowDriver.type(scene, "#vitals-length", "29.25");
        WindowDriver.type(scene, "#vitals-head", "17.5");
        WindowDriver.type(scene, "#vitals-temperature", "98.8");
        WindowDriver.type(scene, "#vitals-heart-rate", "118");
        WindowDriver.type(scene, "#vitals-respiratory-rate", "28");
        settle();
        WindowDriver.savePng(scene, out.resolve("22-form-vitals-lb-in.png"));
        for (String field : List.of("#vitals-weight", "#vitals-ounces", "#vitals-length", "#vitals-head", "#vitals-temperature",
                "#vitals-heart-rate", "#vitals-respiratory-rate")) {
            WindowDriver.type(scene, field, "");
        }

        show(scene, ChartSection.NOTES);
        WindowDriver.press(scene, "#notes-new");
        WindowDriver.waitUntil("the note editor", () -> WindowDriver.showing(scene, "#note-subjective")
                && ((Label) scene.lookup("#notes-heading")).getText().contains("Draft"), WAIT);
        settle();
        WindowDriver.type(scene, "#note-subjective", "Well-child visit. Feeding well on formula and solids; sleeps through the night.");
        WindowDriver.type(scene, "#note-objective", "Alert and active. Anterior fontanelle soft. Growth along the 25th centile at corrected age.");
        Thread.sleep(2500); // the draft is saved a moment after typing stops
        WindowDriver.waitUntil("the draft saved", () -> ((Label) scene.lookup("#notes-save-state")).getText().startsWith("Draft saved"), WAIT);
        WindowDriver.savePng(scene, out.resolve("22-form-note-draft.png"));
    }

    /**
     * The Immunizations card of the child behind on her vaccines: the forecast with the overdue groups first, the
     * record card further down with a dose's reason as Tab shows it (a dose that does not count if she has one), and
     * the Doses view.
     */
    private static void immunizationCard(Scene scene, Path out) throws Exception {
        show(scene, ChartSection.IMMUNIZATIONS);
        WindowDriver.waitUntil("the forecast", () -> WindowDriver.showing(scene, "#immunization-forecast")
                && scene.lookup("#immunization-forecast .standing") != null, WAIT);
        settle();
        WindowDriver.savePng(scene, out.resolve("23-immunizations-forecast.png"));
        WindowDriver.onFx(() -> {
            Node dose = scene.lookup("#immunization-record-card .card-dose.not-valid");
            (dose == null ? scene.lookup("#immunization-record-card .card-dose") : dose).requestFocus();
            return null;
        });
        settle();
        ScreenshotTour.captureScreen(scene, out.resolve("23-immunizations-record-card.png"));
        WindowDriver.press(scene, "#immunizations-show-doses");
        settle();
        WindowDriver.savePng(scene, out.resolve("23-immunizations-doses.png"));
        WindowDriver.press(scene, "#immunizations-show-card");
    }

    /**
     * The Immunizations section's entry on the rich chart, none of it saved: the vaccine pick list, a rotavirus dose
     * (his series long done) shown at once as not counting and the warning before saving it, then an immunity
     * observation's code pick list.
     */
    private static void immunizationForms(Scene scene, Path out) throws Exception {
        show(scene, ChartSection.IMMUNIZATIONS);
        WindowDriver.press(scene, "#immunizations-show-doses");
        WindowDriver.press(scene, "#immunization-give");
        WindowDriver.waitUntil("the dose form", () -> WindowDriver.showing(scene, "#immunization-form")
                && scene.lookup("#immunization-cvx").isFocused(), WAIT);
        WindowDriver.type(scene, "#immunization-cvx", "rotavirus");
        WindowDriver.waitUntil("the vaccine pick list", () -> ((TypeAhead<?>) scene.lookup("#immunization-cvx")).isShowingSuggestions(), WAIT);
        settle();
        ScreenshotTour.captureScreen(scene, out.resolve("22-form-immunization-vaccine-pick-list.png"));
        WindowDriver.onFx(() -> {
            scene.lookup("#immunization-cvx").fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            return null;
        });
        WindowDriver.waitUntil("the dose's check", () -> ((Label) scene.lookup("#immunization-verdict")).getText().startsWith("Would not count"), WAIT);
        WindowDriver.type(scene, "#immunization-lot", "RV4402");
        WindowDriver.type(scene, "#immunization-mvx", "MSD");
        WindowDriver.type(scene, "#immunization-dose-ml", "2");
        WindowDriver.onFx(() -> {
            ((DatePicker) scene.lookup("#immunization-expires-on")).setValue(LocalDate.now().plusMonths(6));
            @SuppressWarnings("unchecked")
            ComboBox<VaccineRoute> route = (ComboBox<VaccineRoute>) scene.lookup("#immunization-route");
            route.setValue(VaccineRoute.ORAL);
            return null;
        });
        settle();
        WindowDriver.savePng(scene, out.resolve("22-form-immunization-dose-check.png"));
        WindowDriver.press(scene, "#immunization-save");
        WindowDriver.waitUntil("the warning", () -> WindowDriver.showing(scene, "#immunization-warning"), WAIT);
        settle();
        WindowDriver.savePng(scene, out.resolve("22-form-immunization-warning.png"));
        WindowDriver.press(scene, "#immunization-go-back");
        WindowDriver.press(scene, "#immunization-cancel");

        WindowDriver.press(scene, "#observation-add");
        WindowDriver.waitUntil("the observation form", () -> WindowDriver.showing(scene, "#observation-form")
                && scene.lookup("#observation-code").isFocused(), WAIT);
        WindowDriver.type(scene, "#observation-code", "varicella");
        WindowDriver.waitUntil("the code pick list", () -> ((TypeAhead<?>) scene.lookup("#observation-code")).isShowingSuggestions(), WAIT);
        settle();
        ScreenshotTour.captureScreen(scene, out.resolve("22-form-immunization-observation.png"));
        WindowDriver.type(scene, "#observation-code", "");
        WindowDriver.press(scene, "#observation-cancel");
        WindowDriver.press(scene, "#observation-add-refusal");
        WindowDriver.waitUntil("the refusal form", () -> WindowDriver.showing(scene, "#observation-vaccine-group"), WAIT);
        WindowDriver.onFx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<String> groups = (ComboBox<String>) scene.lookup("#observation-vaccine-group");
            groups.setValue("Influenza");
            return null;
        });
        WindowDriver.type(scene, "#observation-note", "Family prefers to wait until spring");
        settle();
        WindowDriver.savePng(scene, out.resolve("22-form-immunization-refusal.png"));
        WindowDriver.press(scene, "#observation-cancel");
        WindowDriver.press(scene, "#immunizations-show-card");
    }

    /** The child whose first signed note has an addendum: the note open, then the addendum. */
    private static void signedNoteWithAddendum(Scene scene, DesktopWindow window, Path out) throws Exception {
        PracticeData data = window.session().data();
        List<MedicalRecord> addenda = new ArrayList<>();
        data.forEachRow(Tables.MEDICAL_RECORDS, r -> {
            if (r.amendsRecordId() != null) {
                addenda.add(r);
            }
        });
        if (addenda.isEmpty()) {
            System.out.println("No addendum in the demo practice: no signed note screenshot");
            return;
        }
        MedicalRecord addendum = addenda.get(0);
        Patient child = data.rereadChart(addendum.patientId()).patient();
        open(scene, child.firstName() + " " + child.lastName());
        show(scene, ChartSection.NOTES);
        select(scene, addendum.amendsRecordId());
        WindowDriver.savePng(scene, out.resolve("24-notes-signed-note.png"));
        select(scene, addendum.id());
        WindowDriver.savePng(scene, out.resolve("24-notes-signed-addendum.png"));
    }

    /** Opens the note or addendum {@code id} in the notes list and waits for its heading. */
    private static void select(Scene scene, UUID id) throws InterruptedException {
        WindowDriver.waitUntil("the note listed", () -> notesList(scene).getItems().stream()
                .anyMatch(e -> e.record().id().equals(id)), WAIT);
        WindowDriver.onFx(() -> {
            var list = notesList(scene);
            list.getItems().stream().filter(e -> e.record().id().equals(id)).findFirst().ifPresent(e -> {
                list.getSelectionModel().select(e);
                list.scrollTo(e);
            });
            return null;
        });
        WindowDriver.waitUntil("the note open", () -> ((Label) scene.lookup("#notes-heading")).getText().contains("Signed"), WAIT);
        settle();
    }

    @SuppressWarnings("unchecked")
    private static ListView<com.starlightdesk.app.chart.notes.NoteEntry> notesList(Scene scene) {
        return (ListView<com.starlightdesk.app.chart.notes.NoteEntry>) scene.lookup("#notes-list");
    }

    /**
     * The family's printouts of the rich child and of the child with the addendum, made with the print classes
     * as the chart's Print… menu makes them (the menu asks where to save through the system's file dialog).
     */
    private static void printouts(DesktopWindow window, Path out) throws Exception {
        PracticeData data = window.session().data();
        ChildGrowth growth = new ChildGrowth(new GrowthReferences(), window.session().zone());
        Letterhead letterhead = data.office().practice().orElseThrow().letterhead();
        Map<UUID, String> providers = data.office().providers().stream()
                .collect(Collectors.toMap(p -> p.id(), p -> p.name()));
        LocalDate today = LocalDate.now(Clock.system(window.session().zone()));
        List<UUID> children = new ArrayList<>();
        children.add(data.patientSearch().find(RICH_CHILD, 1).get(0).id());
        children.add(data.patientSearch().find(CROSSING_CHILD, 1).get(0).id());
        data.forEachRow(Tables.MEDICAL_RECORDS, r -> {
            if (r.amendsRecordId() != null && !children.contains(r.patientId())) {
                children.add(r.patientId());
            }
        });
        int withVisits = children.size();
        // the immunization records worth reading too: a dose entered in error, documented immunity, a refusal
        data.forEachRow(Tables.IMMUNIZATIONS, d -> {
            if (d.isEnteredInError() && !children.contains(d.patientId())) {
                children.add(d.patientId());
            }
        });
        data.forEachRow(Tables.IMMUNIZATION_OBSERVATIONS, o -> {
            if (!children.contains(o.patientId())) {
                children.add(o.patientId());
            }
        });
        Files.createDirectories(out.resolve("pdf"));
        for (int c = 0; c < children.size(); c++) {
            Chart chart = data.rereadChart(children.get(c));
            ImmunizationHistory history = ImmunizationHistory.of(letterhead, chart.patient(), data.immunizations().of(children.get(c)),
                    Forecaster.shipped(), providers, today);
            try (OutputStream file = Files.newOutputStream(out.resolve("pdf/child-" + (c + 1) + "-immunization-record.pdf"))) {
                ImmunizationHistoryDocument.write(history, file);
            }
        }
        for (int c = 0; c < withVisits; c++) {
            Chart chart = data.rereadChart(children.get(c));
            List<VisitSummary.SignedVisit> visits = VisitSummary.signedVisits(chart, providers, window.session().zone());
            if (!visits.isEmpty()) {
                VisitSummary summary = VisitSummary.of(letterhead, chart, visits.get(0).noteId(), providers, growth,
                        java.time.Instant.now());
                try (OutputStream file = Files.newOutputStream(out.resolve("pdf/child-" + (c + 1) + "-visit-summary.pdf"))) {
                    VisitSummaryDocument.write(summary, file);
                }
            }
            for (GrowthChart.Choice choice : GrowthChart.choices(chart.patient(), chart.vitals(), growth, today)) {
                GrowthChart printed = GrowthChart.of(letterhead, chart.patient(), chart.vitals(), choice.table(), growth);
                String kind = choice.table().name().toLowerCase(Locale.ROOT).replace('_', '-');
                try (OutputStream file = Files.newOutputStream(out.resolve("pdf/child-" + (c + 1) + "-growth-" + kind + ".pdf"))) {
                    GrowthChartDocument.write(printed, file);
                }
            }
        }
    }

    /**
     * The front desk's chart: the admin gives the demo's front desk a first password, the front desk signs in,
     * chooses their own and opens the rich child's chart (fewer sections, no Print…).
     */
    private static void frontDesk(Scene scene, DesktopWindow window, Path out) throws Exception {
        window.session().store().resetPassword(FRONT_DESK, FRONT_DESK_FIRST.toCharArray());
        WindowDriver.press(scene, "#switch-user-button");
        WindowDriver.waitUntil("sign-in", () -> WindowDriver.showing(scene, "#sign-in-email"), WAIT);
        WindowDriver.type(scene, "#sign-in-email", FRONT_DESK);
        WindowDriver.type(scene, "#sign-in-password", FRONT_DESK_FIRST);
        WindowDriver.press(scene, "#sign-in-button");
        WindowDriver.waitUntil("the own-password form", () -> WindowDriver.showing(scene, "#own-password-new"), WAIT);
        WindowDriver.type(scene, "#own-password-current", FRONT_DESK_FIRST);
        WindowDriver.type(scene, "#own-password-new", FRONT_DESK_OWN);
        WindowDriver.type(scene, "#own-password-confirm", FRONT_DESK_OWN);
        WindowDriver.press(scene, "#own-password-save");
        WindowDriver.waitUntil("the front desk's calendar", () -> WindowDriver.showing(scene, "#nav-patients"), WAIT);
        open(scene, RICH_CHILD);
        settle();
        WindowDriver.savePng(scene, out.resolve("25-front-desk-chart-summary.png"));
        show(scene, ChartSection.ALLERGIES);
        WindowDriver.savePng(scene, out.resolve("25-front-desk-chart-allergies.png"));
    }

    /** Opens {@code name}'s chart from the search in the top bar, at its front page. */
    private static void open(Scene scene, String name) throws InterruptedException {
        WindowDriver.onFx(() -> {
            scene.lookup("#patient-search").requestFocus();
            return null;
        });
        WindowDriver.type(scene, "#patient-search", name);
        WindowDriver.waitUntil("the search's match", () -> ((PatientPicker) scene.lookup("#patient-search")).isShowingSuggestions(), WAIT);
        Thread.sleep(300);
        WindowDriver.onFx(() -> {
            scene.lookup("#patient-search").fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            return null;
        });
        WindowDriver.waitUntil(name + "'s chart", () -> WindowDriver.showing(scene, "#chart")
                && name.equals(((Label) scene.lookup("#patient-name")).getText()), WAIT);
        show(scene, ChartSection.SUMMARY);
    }

    /** Shows {@code section} of the open chart, as a click in the section list does, and lets it read. */
    private static void show(Scene scene, ChartSection section) throws InterruptedException {
        WindowDriver.onFx(() -> {
            sectionList(scene).getSelectionModel().select(section);
            return null;
        });
        String shown = "#section-" + name(section);
        WindowDriver.waitUntil(shown, () -> WindowDriver.showing(scene, shown), WAIT);
        settle();
    }

    /** Each growth chart tab of the vitals section, in turn. */
    private static void growthCharts(Scene scene, Path out, String prefix) throws Exception {
        List<String> tabs = WindowDriver.onFx(() -> ((TabPane) scene.lookup("#vitals-tabs")).getTabs().stream()
                .map(t -> t.getId()).toList());
        for (int i = 0; i < tabs.size(); i++) {
            int index = i;
            WindowDriver.onFx(() -> {
                ((TabPane) scene.lookup("#vitals-tabs")).getSelectionModel().select(index);
                return null;
            });
            settle();
            String name = tabs.get(i).replace("vitals-tab-", "");
            WindowDriver.savePng(scene, out.resolve(prefix + name + ".png"));
            if (WindowDriver.onFx(() -> WindowDriver.showing(scene, "#vitals-earlier-" + name)
                    && scene.lookup("#vitals-earlier-" + name).getParent().isVisible())) {
                WindowDriver.press(scene, "#vitals-earlier-" + name);
                settle();
                WindowDriver.savePng(scene, out.resolve(prefix + name + "-birth-to-24-months.png"));
                WindowDriver.press(scene, "#vitals-now-" + name);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void choose(Scene scene, String selector, String unit) {
        WindowDriver.onFx(() -> {
            ChoiceBox<Object> box = (ChoiceBox<Object>) scene.lookup(selector);
            box.getItems().stream().filter(i -> ((Enum<?>) i).name().equals(unit)).findFirst().ifPresent(box::setValue);
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private static ListView<ChartSection> sectionList(Scene scene) {
        return (ListView<ChartSection>) scene.lookup("#chart-sections");
    }

    private static String name(ChartSection section) {
        return section.name().toLowerCase(Locale.ROOT);
    }

    /** Lets a section's background read arrive and the layout settle before a picture. */
    private static void settle() throws InterruptedException {
        Thread.sleep(900);
    }
}
