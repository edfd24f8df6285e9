package com.starlightdesk.data.repo;

import java.util.UUID;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * The practice a {@link org.jdbi.v3.core.Jdbi} instance is bound to. Statements of repositories
 * marked {@link PracticeScoped} get it bound as {@code :practiceId}, so no repository method takes a
 * practice id from its caller and none can reach another practice's rows.
 */
public final class PracticeScope implements JdbiConfig<PracticeScope> {
    private UUID practiceId;

    public PracticeScope() {
    }

    private PracticeScope(PracticeScope other) {
        this.practiceId = other.practiceId;
    }

    /** Binds this configuration to a practice; a Jdbi instance is bound once, at creation. */
    public PracticeScope bind(UUID practice) {
        if (practiceId != null && !practiceId.equals(practice)) {
            throw new IllegalStateException("This database handle is already bound to another practice");
        }
        this.practiceId = practice;
        return this;
    }

    /** The bound practice; fails if none was bound. */
    public UUID practiceId() {
        if (practiceId == null) {
            throw new IllegalStateException("No practice is bound to this database handle");
        }
        return practiceId;
    }

    @Override
    public PracticeScope createCopy() {
        return new PracticeScope(this);
    }
}
