package com.starlightdesk.data.repo;

import com.starlightdesk.data.codes.DiagnosisCode;
import com.starlightdesk.data.codes.DiagnosisCodes;
import com.starlightdesk.data.domain.Diagnosis;
import com.starlightdesk.data.domain.DiagnosisStatus;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.ValidationException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * A patient's problem list as the chart keeps it: problems coded in ICD-10-CM, each active, chronic or
 * resolved, under the rules the chart's Problems section and anything else that writes problems share.
 * A problem's code is a billable code of the bundled set ({@link DiagnosisCodes}) and its description is
 * the set's description when it was added; the diagnosed date is not after the practice's today; a
 * resolved problem carries its resolved date, not before the diagnosed date and not after today, and
 * only a resolved one does. The same code is not on the list twice while it is active or chronic. Each
 * failure is a {@link ValidationException} naming the field ({@code icd10Code}, {@code status},
 * {@code diagnosedAt}, {@code resolvedOn}). Writes go through {@link PracticeData#write}, so they sync
 * and are audited like every table; nothing is deleted. Thread-safe; every call blocks on the store
 * (and on reading the code set, the first time).
 */
public final class ProblemList {
    /**
     * How the list reads: active and chronic problems first, the latest diagnosed first; then resolved ones,
     * the latest resolved first.
     */
    public static final Comparator<Diagnosis> ORDER = Comparator
            .comparing((Diagnosis d) -> d.status() == DiagnosisStatus.RESOLVED)
            .thenComparing(d -> d.status() == DiagnosisStatus.RESOLVED ? d.resolvedOn() : d.diagnosedAt(),
                    Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Diagnosis::diagnosedAt, Comparator.reverseOrder())
            .thenComparing(Diagnosis::icd10Code)
            .thenComparing(Diagnosis::id);

    private final PracticeData data;
    private final DiagnosisCodes codes;

    public ProblemList(PracticeData data, DiagnosisCodes codes) {
        this.data = data;
        this.codes = codes;
    }

    /** The patient's problems in {@link #ORDER}. */
    public List<Diagnosis> of(UUID patientId) {
        return data.chart().diagnoses(patientId).stream().sorted(ORDER).toList();
    }

    /**
     * Adds a problem coded {@code code} (typed or picked: with or without the dot, any case). A resolved
     * problem needs {@code resolvedOn}; an active or chronic one must not have it.
     */
    public Diagnosis add(UUID patientId, String code, DiagnosisStatus status, LocalDate diagnosedAt, LocalDate resolvedOn) {
        DiagnosisCode coded = codes.require("icd10Code", code);
        String display = coded.display();
        if (status == null) {
            throw new ValidationException("status", "is required");
        }
        LocalDate today = today();
        diagnosed(diagnosedAt, today);
        if (status == DiagnosisStatus.RESOLVED) {
            resolved(resolvedOn, diagnosedAt, today);
        } else if (resolvedOn != null) {
            throw new ValidationException("resolvedOn", "is only for a resolved problem");
        }
        Diagnosis problem = new Diagnosis(Ids.next(), patientId, null, display, coded.description(), status, diagnosedAt,
                status == DiagnosisStatus.RESOLVED ? resolvedOn : null);
        if (status != DiagnosisStatus.RESOLVED) {
            for (Diagnosis other : data.chart().diagnoses(patientId)) {
                if (other.icd10Code().equals(display) && other.status() != DiagnosisStatus.RESOLVED) {
                    throw new ValidationException("icd10Code", "is already on the problem list as "
                            + other.status().code() + "; change that problem instead");
                }
            }
        }
        return data.write(changes -> changes.insert(problem));
    }

    /**
     * Makes a problem active or chronic. A resolved problem becomes current again and loses its resolved
     * date; to resolve one, use {@link #resolve}.
     */
    public Diagnosis changeStatus(UUID id, DiagnosisStatus status) {
        if (status == null) {
            throw new ValidationException("status", "is required");
        }
        if (status == DiagnosisStatus.RESOLVED) {
            throw new ValidationException("status", "a problem is resolved with the date it resolved (Resolve)");
        }
        Diagnosis stored = find(id);
        if (stored.status() == DiagnosisStatus.RESOLVED) {
            return reactivate(id, status);
        }
        return save(stored, status, null);
    }

    /** Resolves a problem on {@code resolvedOn}; a resolved one takes the new date. */
    public Diagnosis resolve(UUID id, LocalDate resolvedOn) {
        Diagnosis stored = find(id);
        resolved(resolvedOn, stored.diagnosedAt(), today());
        return save(stored, DiagnosisStatus.RESOLVED, resolvedOn);
    }

    /**
     * Puts a resolved problem back on the current list as {@code status} (active or chronic), without its
     * resolved date: the condition came back. Refused if the same code is current already.
     */
    public Diagnosis reactivate(UUID id, DiagnosisStatus status) {
        if (status != DiagnosisStatus.ACTIVE && status != DiagnosisStatus.CHRONIC) {
            throw new ValidationException("status", "must be active or chronic");
        }
        Diagnosis stored = find(id);
        if (stored.status() != DiagnosisStatus.RESOLVED) {
            return save(stored, status, null);
        }
        for (Diagnosis other : data.chart().diagnoses(stored.patientId())) {
            if (!other.id().equals(id) && other.icd10Code().equals(stored.icd10Code()) && other.status() != DiagnosisStatus.RESOLVED) {
                throw new ValidationException("status", "the same code is already on the problem list as " + other.status().code());
            }
        }
        return save(stored, status, null);
    }

    private Diagnosis save(Diagnosis stored, DiagnosisStatus status, LocalDate resolvedOn) {
        Diagnosis changed = new Diagnosis(stored.id(), stored.patientId(), stored.medicalRecordId(), stored.icd10Code(),
                stored.description(), status, stored.diagnosedAt(), resolvedOn);
        return data.write(changes -> changes.update(changed));
    }

    private Diagnosis find(UUID id) {
        return data.chart().diagnosis(id).orElseThrow(() -> new NoSuchElementException("No problem with id " + id));
    }

    private static void diagnosed(LocalDate diagnosedAt, LocalDate today) {
        if (diagnosedAt == null) {
            throw new ValidationException("diagnosedAt", "is required");
        }
        if (diagnosedAt.isAfter(today)) {
            throw new ValidationException("diagnosedAt", "is in the future");
        }
    }

    private static void resolved(LocalDate resolvedOn, LocalDate diagnosedAt, LocalDate today) {
        if (resolvedOn == null) {
            throw new ValidationException("resolvedOn", "is required to resolve a problem");
        }
        if (resolvedOn.isAfter(today)) {
            throw new ValidationException("resolvedOn", "is in the future");
        }
        if (resolvedOn.isBefore(diagnosedAt)) {
            throw new ValidationException("resolvedOn", "is before the date it was diagnosed");
        }
    }

    /** The practice's today, in its time zone. */
    private LocalDate today() {
        ZoneId zone = data.office().practice().map(Practice::zone).orElse(data.clock().getZone());
        return LocalDate.now(data.clock().withZone(zone));
    }
}
