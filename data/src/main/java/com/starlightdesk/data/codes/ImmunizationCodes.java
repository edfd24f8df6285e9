package com.starlightdesk.data.codes;

import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.ObservationKind;
import com.starlightdesk.data.domain.ValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The code lists of the immunization chart, shipped with the product beside this class:
 * <ul>
 *   <li>{@code cvx-codes.tsv}: CDC's CVX vaccine codes (288, as of July 2025, plus CVX 334). Every code may be
 *       recorded for a historical dose; only {@code Active} ones for a dose given here.</li>
 *   <li>{@code cdsi-products.tsv}: the products the CDC CDSi supporting data (release 4.64) prefers per CVX code,
 *       with MVX manufacturer code and trade name where it names them, and the volume of a dose.</li>
 *   <li>{@code cdsi-observations.tsv}: the CDSi schedule's 277 coded observations, with the kinds the antigens
 *       use them as; {@code cdsi-vaccine-groups.tsv}: its 26 vaccine groups.</li>
 * </ul>
 * The CDSi lists are taken from CDC's XML files: each antigen file's {@code preferableVaccine} (cvx, mvx, tradeName,
 * volume), the schedule file's {@code observations}, and the kinds from where the antigen files refer to each code
 * ({@code immunity/clinicalHistory/guidelineCode}, {@code contraindication/observationCode},
 * {@code indication/observationCode}); {@code CdsiCodeListsTest} reads them again from the XML the forecaster ships and
 * fails if they differ. Read once, on first use; immutable and thread-safe after.
 */
public final class ImmunizationCodes {
    private static final ImmunizationCodes BUNDLED = new ImmunizationCodes();

    private volatile Lists lists;

    private ImmunizationCodes() {
    }

    /** The lists that ship with the product (about 60 KB once read). */
    public static ImmunizationCodes bundled() {
        return BUNDLED;
    }

    /** Every CVX code, in numeric order. */
    public List<VaccineCode> vaccines() {
        return lists().vaccines;
    }

    /** The CVX codes a dose given here may have (CDC status Active), in numeric order. */
    public List<VaccineCode> activeVaccines() {
        return lists().vaccines.stream().filter(VaccineCode::isActive).toList();
    }

    /** The CVX code {@code cvx} exactly as written ({@code 08}, not {@code 8}). */
    public Optional<VaccineCode> vaccine(String cvx) {
        return Optional.ofNullable(lists().byCvx.get(cvx));
    }

    /**
     * The vaccine of a dose: {@code typed} must be a CVX code of the list, and an active one unless the dose is
     * {@code historical}; otherwise a {@link ValidationException} naming {@code field}.
     */
    public VaccineCode requireVaccine(String field, String typed, boolean historical) {
        String cvx = Immunization.cvx(field, typed);
        VaccineCode code = vaccine(cvx).orElseThrow(() -> new ValidationException(field, "is not a CVX code of CDC's list"));
        if (!historical && !code.isActive()) {
            throw new ValidationException(field, "is not an active vaccine (CDC status " + (code.status().isEmpty() ? "not given" : code.status())
                    + "): it may be recorded as a historical dose only");
        }
        return code;
    }

    /** The products the CDSi schedule prefers for {@code cvx}; empty for a code it does not know. */
    public List<VaccineProduct> products(String cvx) {
        return lists().products.getOrDefault(cvx, List.of());
    }

    /** The usual volume of a dose of {@code cvx}, when the schedule gives one volume for it. */
    public Optional<BigDecimal> usualDoseMl(String cvx) {
        List<BigDecimal> volumes = products(cvx).stream().map(VaccineProduct::volumeMl).filter(java.util.Objects::nonNull).map(BigDecimal::stripTrailingZeros).distinct().toList();
        return volumes.size() == 1 ? Optional.of(volumes.get(0)) : Optional.empty();
    }

    /** The MVX manufacturer codes the schedule names, each with the trade names it gives, in code order. */
    public Map<String, List<String>> manufacturers() {
        return lists().manufacturers;
    }

    /** The schedule's coded observations, in code order. */
    public List<ObservationCode> observations() {
        return lists().observations;
    }

    public Optional<ObservationCode> observation(String code) {
        return Optional.ofNullable(lists().byObservation.get(code));
    }

    /** The schedule's vaccine groups ({@code MMR}, {@code DTaP/Tdap/Td}, ...), as the schedule orders them. */
    public List<String> vaccineGroups() {
        return lists().vaccineGroups;
    }

    private Lists lists() {
        Lists read = lists;
        if (read == null) {
            synchronized (this) {
                read = lists;
                if (read == null) {
                    read = new Lists();
                    lists = read;
                }
            }
        }
        return read;
    }

    private static final class Lists {
        final List<VaccineCode> vaccines = new ArrayList<>();
        final Map<String, VaccineCode> byCvx = new LinkedHashMap<>();
        final Map<String, List<VaccineProduct>> products;
        final Map<String, List<String>> manufacturers;
        final List<ObservationCode> observations = new ArrayList<>();
        final Map<String, ObservationCode> byObservation = new LinkedHashMap<>();
        final List<String> vaccineGroups = new ArrayList<>();

        Lists() {
            read("cvx-codes.tsv", 4, f -> {
                VaccineCode code = new VaccineCode(f[0], f[1], f[2], f[3]);
                vaccines.add(code);
                byCvx.put(code.cvx(), code);
            });
            Map<String, List<VaccineProduct>> byProduct = new LinkedHashMap<>();
            Map<String, List<String>> byMaker = new TreeMap<>();
            read("cdsi-products.tsv", 4, f -> {
                byProduct.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new VaccineProduct(f[0], f[1], f[2], f[3].isEmpty() ? null : new BigDecimal(f[3])));
                if (!f[1].isEmpty()) {
                    List<String> names = byMaker.computeIfAbsent(f[1], k -> new ArrayList<>());
                    if (!names.contains(f[2])) {
                        names.add(f[2]);
                    }
                }
            });
            byProduct.replaceAll((k, v) -> List.copyOf(v));
            byMaker.replaceAll((k, v) -> List.copyOf(v));
            products = Collections.unmodifiableMap(byProduct);
            manufacturers = Collections.unmodifiableMap(byMaker);
            read("cdsi-observations.tsv", 3, f -> {
                EnumSet<ObservationKind> kinds = EnumSet.noneOf(ObservationKind.class);
                for (String kind : f[2].split(",")) {
                    kinds.add(ObservationKind.of("kinds", kind));
                }
                ObservationCode code = new ObservationCode(f[0], f[1], kinds);
                observations.add(code);
                byObservation.put(code.code(), code);
            });
            read("cdsi-vaccine-groups.tsv", 1, f -> vaccineGroups.add(f[0]));
        }

        private static void read(String resource, int columns, Consumer<String[]> row) {
            try (InputStream in = ImmunizationCodes.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("The code list " + resource + " is missing from the build");
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                lines.readLine(); // header
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String[] fields = line.split("\t", -1);
                    if (fields.length != columns) {
                        throw new IllegalStateException("The code list " + resource + " has a line of " + fields.length + " fields");
                    }
                    row.accept(fields);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
