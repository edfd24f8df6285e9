package com.starlightdesk.data.repo;

import com.starlightdesk.schema.Dialect;
import java.util.UUID;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The one way to open Jdbi on a local store for one practice: SqlObject, the domain's mappers, and the practice
 * bound to every {@link PracticeScoped} statement. Repositories and sync's local side share it. Stateless.
 */
public final class LocalJdbi {
    private LocalJdbi() {
    }

    /** A Jdbi on {@code dataSource} bound to {@code practiceId} (reads the dialect once, through one connection). */
    public static Jdbi forPractice(DataSource dataSource, UUID practiceId) {
        return DomainMappers.configure(Jdbi.create(dataSource), Dialect.of(dataSource), practiceId);
    }
}
