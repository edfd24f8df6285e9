package com.starlightdesk.data.growth;

import com.starlightdesk.data.domain.VitalSigns;
import com.starlightdesk.data.repo.PracticeData;
import java.util.List;

/**
 * Records a set of vitals. Values outside the schema's bounds never get this far: {@link VitalSigns}
 * refuses them at their field. A growth measurement beyond ±4 SD for the child's age (or length) is saved
 * only once the user has confirmed it: {@link #save} then returns what needs confirming and writes nothing.
 * Thread-safe; call it off the UI thread.
 */
public final class VitalsEntry {
    private final PracticeData data;
    private final ChildGrowth growth;

    public VitalsEntry(PracticeData data, ChildGrowth growth) {
        this.data = data;
        this.growth = growth;
    }

    /**
     * Saves {@code vitals} of {@code child} when nothing is implausible or the user {@code confirmed} it;
     * returns the implausible values that stopped it (empty when saved).
     */
    public List<ImplausibleValue> save(Child child, VitalSigns vitals, boolean confirmed) {
        List<ImplausibleValue> implausible = growth.implausible(child, vitals);
        if (!implausible.isEmpty() && !confirmed) {
            return implausible;
        }
        data.writeAll(c -> c.insert(vitals));
        return List.of();
    }
}
