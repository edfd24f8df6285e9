package com.starlightdesk.bench.immunization;

import com.starlightdesk.app.print.ImmunizationHistory;
import com.starlightdesk.app.print.ImmunizationHistoryDocument;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.ImmunizationObservation;
import com.starlightdesk.data.domain.ImmunizationRecord;
import com.starlightdesk.data.domain.ImmunizationSource;
import com.starlightdesk.data.domain.InjectionSite;
import com.starlightdesk.data.domain.Letterhead;
import com.starlightdesk.data.domain.ObservationKind;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.VaccineRoute;
import com.starlightdesk.data.immunization.forecast.Forecaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Measures making one immunization record PDF, as the chart's Print menu makes it once the record is read: the
 * child's status worked out by the forecaster, the record laid out and the PDF written (fonts embedded), in memory.
 * Two children: a three-year-old with the infant series (one page or two) and a sixteen-year-old with every routine
 * dose and a flu shot each autumn (three pages). The first record of a fresh JVM (schedule data read, fonts and
 * classes loaded) is timed apart; then p50/p95 over {@code runs} records of each child after {@code warmUp}, in wall
 * time and the thread's CPU time. Prints; asserts nothing.
 *
 * <p>Run: {@code ./starlight bench immunization-record}.
 */
public final class ImmunizationRecordBench {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Letterhead LETTERHEAD = new Letterhead("Starlight Pediatrics", List.of("1200 Maple Avenue, Suite 4",
            "Naperville, IL 60540"), "Phone (630) 555-0100", "NPI 1234567893", Optional.empty());

    private ImmunizationRecordBench() {
    }

    /** A child and its record. */
    private record Child(String label, Patient patient, ImmunizationRecord record) {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        System.out.printf("Immunization record PDF; JDK %s, %d cores, load %.1f%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<Child> children = List.of(toddler(), teenager());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        byte[] first = make(children.get(0));
        System.out.printf("first record in a fresh JVM (schedule data read, fonts and classes loaded): %.0f ms wall, %.0f ms CPU%n",
                (System.nanoTime() - t0) / 1e6, (threads.getCurrentThreadCpuTime() - c0) / 1e6);
        if (first.length == 0) {
            throw new IllegalStateException("no PDF was made");
        }

        for (Child child : children) {
            for (int i = 0; i < warmUp; i++) {
                make(child);
            }
            long[] wall = new long[runs];
            long[] cpu = new long[runs];
            byte[] pdf = null;
            for (int i = 0; i < runs; i++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                pdf = make(child);
                wall[i] = System.nanoTime() - start;
                cpu[i] = threads.getCurrentThreadCpuTime() - cpu0;
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            int pages;
            try (PDDocument document = Loader.loadPDF(pdf)) {
                pages = document.getNumberOfPages();
            }
            System.out.printf("%s (%d doses, %d pages, %d KB): p50 %.1f ms, p95 %.1f ms, max %.1f ms; thread CPU p50 %.1f ms, p95 %.1f ms"
                    + " (%d records after %d)%n", child.label(), child.record().validDoses().size(), pages, pdf.length / 1024,
                    percentile(wall, 50), percentile(wall, 95), wall[runs - 1] / 1e6, percentile(cpu, 50), percentile(cpu, 95), runs, warmUp);
        }
    }

    /** The record as the Print menu makes it, into memory instead of the chosen file. */
    private static byte[] make(Child child) throws IOException {
        ImmunizationHistory history = ImmunizationHistory.of(LETTERHEAD, child.patient(), child.record(), Forecaster.shipped(), Map.of(), TODAY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImmunizationHistoryDocument.write(history, out);
        return out.toByteArray();
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static Child toddler() {
        LocalDate born = LocalDate.of(2023, 9, 12);
        Patient child = patient("Amelia", "Novak", born);
        List<Immunization> doses = new ArrayList<>();
        String[][] visits = {{"0", "08"}, {"2", "20", "10", "48", "215", "116", "08"}, {"4", "20", "10", "48", "215", "116"},
            {"6", "20", "48", "215", "116", "08"}, {"12", "03", "83", "215"}, {"15", "20", "48"}};
        add(child, doses, visits);
        List<ImmunizationObservation> observations = List.of(
                new ImmunizationObservation(UUID.randomUUID(), child.id(), ObservationKind.IMMUNITY, "024", "Varicella", born.plusMonths(10),
                        null, null, null, null),
                new ImmunizationObservation(UUID.randomUUID(), child.id(), ObservationKind.REFUSAL, null, "Influenza", TODAY.minusDays(20),
                        null, null, null, null));
        return new Child("3-year-old, infant series", child, new ImmunizationRecord(doses, observations));
    }

    private static Child teenager() {
        LocalDate born = LocalDate.of(2010, 3, 2);
        Patient child = patient("Zoe", "Fitzgerald", born);
        List<Immunization> doses = new ArrayList<>();
        String[][] visits = {{"0", "08"}, {"2", "20", "10", "48", "215", "116", "08"}, {"4", "20", "10", "48", "215", "116"},
            {"6", "20", "48", "215", "116", "08"}, {"12", "03", "21", "83", "215"}, {"15", "20", "48", "10"}, {"18", "83"},
            {"48", "20", "10", "03", "21"}, {"132", "115", "203", "165"}, {"138", "165"}, {"192", "203"}};
        add(child, doses, visits);
        for (int year = 2011; year <= 2026; year++) {
            LocalDate on = LocalDate.of(year, 10, 15);
            doses.add(new Immunization(UUID.randomUUID(), child.id(), "140", on, ImmunizationSource.GIVEN_HERE, null, "FLU" + year, "SKB",
                    on.plusMonths(8), InjectionSite.LEFT_DELTOID, VaccineRoute.INTRAMUSCULAR, new BigDecimal("0.5"), null, null,
                    UUID.randomUUID(), null, null, null, null));
        }
        return new Child("16-year-old, every routine dose and 16 flu shots", child, new ImmunizationRecord(doses, List.of()));
    }

    private static void add(Patient child, List<Immunization> doses, String[][] visits) {
        for (String[] visit : visits) {
            LocalDate on = child.dateOfBirth().plusMonths(Integer.parseInt(visit[0]));
            for (int i = 1; i < visit.length; i++) {
                doses.add(new Immunization(UUID.randomUUID(), child.id(), visit[i], on, ImmunizationSource.HISTORICAL,
                        "Illinois state registry (I-CARE)", null, null, null, null, null, null, null, null, null, null, null, null, null));
            }
        }
    }

    private static Patient patient(String first, String last, LocalDate born) {
        return new Patient(UUID.randomUUID(), first, last, born, Gender.FEMALE, null, null, null, null, null, null, null, null,
                PatientStatus.ACTIVE, null, null, null, null, true, null, null, null);
    }
}
