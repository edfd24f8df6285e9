package com.starlightdesk.bench.codes;

import com.starlightdesk.data.codes.DiagnosisCode;
import com.starlightdesk.data.codes.DiagnosisCodes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPInputStream;

/**
 * Measures the ICD-10-CM code search ({@link DiagnosisCodes}) and prints the figures (it asserts nothing):
 * the first search in fresh JVMs started with the desktop app's memory options (reading the bundled set
 * included, as when a chart's picker is first used), then p50/p95/p99 of searches over the whole set for
 * varied queries: code prefixes typed with and without the dot, words and word starts of descriptions in
 * any order, a pediatric practice's everyday words, and one- or two-letter starts (the widest answers).
 *
 * <p>Run: {@code ./starlight bench codes} (see README, Performance).
 */
public final class DiagnosisCodeBench {
    /** What the chart's picker asks for. */
    private static final int LIMIT = 12;
    /** The desktop's options that matter here (app/scripts/desktop-java-options.sh), without its class archive. */
    private static final List<String> DESKTOP_OPTIONS = List.of("-XX:+UseSerialGC", "-Xmx256m", "-Xmn32m", "-Xss512k");
    private static final List<String> EVERYDAY = List.of("otitis media", "otitis", "acute uri", "upper resp", "asthma",
            "asthma unc", "fever", "cough", "rash", "atopic derm", "eczema", "constipation", "vomiting", "diarrhea",
            "abdominal pain", "headache", "pharyngitis", "strep", "bronchiolitis", "croup", "conjunctivitis", "adhd",
            "attention deficit", "obesity", "routine child health", "immunization", "well child", "viral infection",
            "impetigo", "acne", "allergic rhinitis", "sinusitis", "urinary tract infection", "gastroenteritis",
            "influenza", "covid", "hand foot mouth", "diaper dermatitis", "teething", "failure to thrive",
            "developmental delay", "autism", "anxiety", "sleep", "concussion", "sprain ankle", "fracture radius");

    private DiagnosisCodeBench() {
    }

    /** {@code [queries] [starts]}, or {@code first QUERY} in a child JVM. */
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("first")) {
            long start = System.nanoTime();
            List<DiagnosisCode> found = DiagnosisCodes.icd10cm().search(args[1], LIMIT);
            long took = System.nanoTime() - start;
            System.out.printf(Locale.ROOT, "%d %d%n", took, found.size());
            return;
        }
        int queries = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int starts = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        run(queries, starts);
    }

    private static void run(int queryCount, int starts) throws Exception {
        System.out.printf("Starlight Desk diagnosis-code benchmark: %s, JVM %s, %d cores, load average %s%n",
                DiagnosisCodes.RELEASE, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                loadAverage());
        String[] firstQueries = {"otitis media", "J06.9", "asthma unc"};
        long[] first = new long[starts];
        for (int i = 0; i < starts; i++) {
            String query = firstQueries[i % firstQueries.length];
            first[i] = firstSearchInFreshJvm(query);
            System.out.printf("first search in a fresh JVM, '%s': %.0f ms (load average %s)%n", query, first[i] / 1e6,
                    loadAverage());
        }
        report("first search after start", first);

        long start = System.nanoTime();
        DiagnosisCodes codes = DiagnosisCodes.icd10cm();
        codes.search("otitis media", LIMIT);
        System.out.printf("first search in this JVM (bench classes already loaded): %.0f ms%n", (System.nanoTime() - start) / 1e6);

        List<String[]> rows = rows();
        List<String> codeQueries = new ArrayList<>();
        List<String> wordQueries = new ArrayList<>();
        List<String> shortQueries = new ArrayList<>();
        Random random = new Random(2026);
        while (codeQueries.size() < queryCount / 2) {
            String code = rows.get(random.nextInt(rows.size()))[0];
            String prefix = code.substring(0, 2 + random.nextInt(code.length() - 1));
            codeQueries.add(switch (random.nextInt(3)) {
                case 0 -> prefix;
                case 1 -> prefix.toLowerCase(Locale.ROOT);
                default -> prefix.length() > 3 ? prefix.substring(0, 3) + "." + prefix.substring(3) : prefix;
            });
        }
        while (wordQueries.size() < queryCount * 2 / 5) {
            if (random.nextInt(4) == 0) {
                wordQueries.add(EVERYDAY.get(random.nextInt(EVERYDAY.size())));
                continue;
            }
            List<String> words = new ArrayList<>(Arrays.asList(
                    rows.get(random.nextInt(rows.size()))[1].toLowerCase(Locale.ROOT).split("[^a-z0-9']+")));
            words.removeIf(String::isEmpty);
            Collections.shuffle(words, random);
            int take = 1 + random.nextInt(Math.min(3, words.size()));
            StringBuilder query = new StringBuilder();
            for (String word : words.subList(0, take)) {
                query.append(query.length() == 0 ? "" : " ").append(word, 0, Math.min(word.length(), 3 + random.nextInt(6)));
            }
            wordQueries.add(query.toString());
        }
        while (codeQueries.size() + wordQueries.size() + shortQueries.size() < queryCount) {
            String letters = "abcdefghilmnoprstuvw";
            shortQueries.add(random.nextInt(2) == 0 ? String.valueOf(letters.charAt(random.nextInt(letters.length())))
                    : "" + letters.charAt(random.nextInt(letters.length())) + "aeiou".charAt(random.nextInt(5)));
        }
        List<String> all = new ArrayList<>(codeQueries);
        all.addAll(wordQueries);
        all.addAll(shortQueries);
        Collections.shuffle(all, random);

        for (int i = 0; i < 500; i++) {
            codes.search(all.get(i % all.size()), LIMIT);
        }
        report("all queries", time(codes, all));
        report("code prefixes", time(codes, codeQueries));
        report("description words", time(codes, wordQueries));
        report("one or two letters", time(codes, shortQueries));
        System.out.printf("load average at the end %s%n", loadAverage());
    }

    private static long[] time(DiagnosisCodes codes, List<String> queries) {
        long[] nanos = new long[queries.size()];
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            codes.search(queries.get(i), LIMIT);
            nanos[i] = System.nanoTime() - t;
        }
        return nanos;
    }

    /** Runs {@code first QUERY} in a new JVM with the desktop's memory options; its nanoseconds. */
    private static long firstSearchInFreshJvm(String query) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(DESKTOP_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), DiagnosisCodeBench.class.getName(), "first", query));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (child.waitFor() != 0) {
            throw new IllegalStateException("The first-search JVM failed: " + output);
        }
        String[] lines = output.split("\n");
        return Long.parseLong(lines[lines.length - 1].split(" ")[0]);
    }

    /** The bundled set's rows (code, description), read here only to make queries from. */
    private static List<String[]> rows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = DiagnosisCodes.class.getResourceAsStream("icd10cm-codes.tsv.gz");
                BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.US_ASCII))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(line.split("\t", 2));
            }
        }
        return rows;
    }

    private static void report(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-26s p50 %8.2f ms   p95 %8.2f ms   p99 %8.2f ms   max %8.2f ms   (n=%d)%n", name + ":",
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6,
                sorted.length);
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
