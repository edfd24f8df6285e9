package com.starlightdesk.data.codes;

import com.starlightdesk.data.domain.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The ICD-10-CM diagnosis codes a problem list may hold: the 74,719 billable codes of the FY2026 release,
 * shipped with the product ({@code icd10cm-codes.tsv.gz} beside this class). Headers such as {@code J06}
 * are not billable and are not in the set. The set is read on first use, once, whichever thread asks
 * first; {@link #load} reads it ahead (for instance when a chart opens).
 *
 * <p>{@link #search} finds codes by code prefix ({@code J06}, {@code J06.}, {@code j069}) or by words of
 * the description ({@code otitis media}, {@code asthma unc}: every typed word starts a word of the
 * description, in any order, any case). The exact code comes first, then codes under the typed prefix
 * in code order, then descriptions: those that begin with a typed word first, shorter ones first.
 * Thread-safe.
 */
public final class DiagnosisCodes {
    /** The release of the bundled set, as staff see it. */
    public static final String RELEASE = "ICD-10-CM FY2026";
    private static final String RESOURCE = "icd10cm-codes.tsv.gz";
    /** A letter, a digit, then up to five letters or digits: the shape of a code or its start. */
    private static final Pattern CODE_START = Pattern.compile("^[A-Z][0-9][0-9A-Z]{0,5}$");
    private static final DiagnosisCodes ICD10CM = new DiagnosisCodes();

    private volatile CodeIndex index;

    private DiagnosisCodes() {
    }

    /**
     * The bundled ICD-10-CM set. It is immutable reference data that ships with the product, so the
     * process shares one copy (about 20 MB once read); nothing is read until it is first used.
     */
    public static DiagnosisCodes icd10cm() {
        return ICD10CM;
    }

    /** Reads the set now if no one has yet; returns at once when it is read. */
    public void load() {
        index();
    }

    /** Whether the set has been read. */
    public boolean isLoaded() {
        return index != null;
    }

    /** How many codes the set holds. */
    public int size() {
        return index().size();
    }

    /** The code {@code typed} (with or without its dot, any case), if it is a billable code of the set. */
    public Optional<DiagnosisCode> lookup(String typed) {
        String code = undotted(typed);
        if (!CODE_START.matcher(code).matches()) {
            return Optional.empty();
        }
        CodeIndex codes = index();
        int id = codes.find(code);
        return id < 0 ? Optional.empty() : Optional.of(codes.code(id));
    }

    /**
     * The code {@code typed}, or a {@link ValidationException} naming {@code field}: required; the shape of
     * an ICD-10-CM code; not a category heading such as {@code J06} (not billable); in this release.
     */
    public DiagnosisCode require(String field, String typed) {
        String code = undotted(typed);
        if (code.isEmpty()) {
            throw new ValidationException(field, "is required");
        }
        if (!CODE_START.matcher(code).matches() || code.length() < 3) {
            throw new ValidationException(field, "is not an ICD-10-CM code (a letter, a digit, then 1 to 5 letters or digits,"
                    + " as in J06.9)");
        }
        Optional<DiagnosisCode> found = lookup(code);
        if (found.isPresent()) {
            return found.get();
        }
        int[] under = index().codeRange(code);
        if (under[0] < under[1]) {
            throw new ValidationException(field, "is a category heading, not a billable code: choose one of the "
                    + (under[1] - under[0]) + " codes under it");
        }
        throw new ValidationException(field, "is not a billable code of " + RELEASE);
    }

    /**
     * Up to {@code limit} codes for what was typed: by code prefix and by words of the description (see
     * the class comment for the order). Blank text, or a limit below 1, finds nothing.
     */
    public List<DiagnosisCode> search(String query, int limit) {
        if (query == null || query.isBlank() || limit <= 0) {
            return List.of();
        }
        CodeIndex codes = index();
        Set<Integer> ids = new LinkedHashSet<>();
        String code = undotted(query);
        if (CODE_START.matcher(code).matches()) {
            int[] range = codes.codeRange(code);
            for (int id = range[0]; id < range[1] && ids.size() < limit; id++) {
                ids.add(id);
            }
        }
        List<String> terms = CodeIndex.terms(query);
        if (ids.size() < limit && !terms.isEmpty()) {
            for (int id : codes.describedBy(terms, limit)) {
                if (ids.size() == limit) {
                    break;
                }
                ids.add(id);
            }
        }
        List<DiagnosisCode> found = new ArrayList<>(ids.size());
        for (int id : ids) {
            found.add(codes.code(id));
        }
        return found;
    }

    /** {@code typed} without surrounding blanks or dots, upper case: how the set spells codes. */
    static String undotted(String typed) {
        return typed == null ? "" : typed.strip().replace(".", "").toUpperCase(Locale.ROOT);
    }

    private CodeIndex index() {
        CodeIndex read = index;
        if (read == null) {
            synchronized (this) {
                read = index;
                if (read == null) {
                    read = CodeIndex.read(bundledText());
                    index = read;
                }
            }
        }
        return read;
    }

    /** The bundled text, inflated straight into an array of its size (the gzip trailer gives it). */
    private static byte[] bundledText() {
        try (InputStream resource = DiagnosisCodes.class.getResourceAsStream(RESOURCE)) {
            if (resource == null) {
                throw new IllegalStateException("The " + RELEASE + " code set is missing from the product (" + RESOURCE + ")");
            }
            byte[] packed = resource.readAllBytes();
            int n = packed.length;
            int size = n < 18 ? 0 : (packed[n - 4] & 0xff) | (packed[n - 3] & 0xff) << 8 | (packed[n - 2] & 0xff) << 16
                    | (packed[n - 1] & 0xff) << 24;
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(packed), 1 << 16)) {
                byte[] text = new byte[size];
                if (in.readNBytes(text, 0, size) != size || in.read() != -1) {
                    throw new IOException("the gzip trailer does not give the text's size");
                }
                return text;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the " + RELEASE + " code set", e);
        }
    }
}
