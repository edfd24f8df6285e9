package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.Coded;
import com.starlightdesk.schema.Dialect;
import java.lang.reflect.Type;
import java.sql.Types;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.generic.GenericTypes;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.mapper.ColumnMapperFactory;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** Sets up a Jdbi for the domain: SqlObject, record mappers, coded enums and JSON addresses. */
final class DomainMappers {

    private DomainMappers() {
    }

    /** A Jdbi on {@code dataSource} bound to {@code practiceId}. */
    static Jdbi configure(Jdbi jdbi, Dialect dialect, UUID practiceId) {
        jdbi.installPlugin(new SqlObjectPlugin());
        jdbi.getConfig(PracticeScope.class).bind(practiceId);
        jdbi.define("json", dialect.jsonType());
        jdbi.registerArgument(new UuidArgumentFactory());
        jdbi.registerColumnMapper(new CodedEnumMapperFactory());
        jdbi.registerColumnMapper(Address.class, (rs, col, ctx) -> StoredValues.address(rs.getString(col)));
        for (Table<?> table : Tables.ALL) {
            jdbi.registerRowMapper(ConstructorMapper.factory(table.type()));
        }
        return jdbi;
    }

    /** Binds UUIDs, and typed NULLs for UUID columns (PostgreSQL refuses a varchar NULL there). */
    private static final class UuidArgumentFactory extends AbstractArgumentFactory<UUID> {
        UuidArgumentFactory() {
            super(Types.OTHER);
        }

        @Override
        protected Argument build(UUID value, ConfigRegistry config) {
            return (position, statement, context) -> statement.setObject(position, value);
        }
    }

    /** Maps stored codes to the domain's {@link Coded} enums. */
    private static final class CodedEnumMapperFactory implements ColumnMapperFactory {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Optional<ColumnMapper<?>> build(Type type, ConfigRegistry config) {
            Class<?> raw = GenericTypes.getErasedType(type);
            if (!raw.isEnum() || !Coded.class.isAssignableFrom(raw)) {
                return Optional.empty();
            }
            Class enumType = raw;
            return Optional.of((rs, col, ctx) -> {
                String code = rs.getString(col);
                return code == null ? null : Coded.parse(enumType, rs.getMetaData().getColumnLabel(col), code);
            });
        }
    }
}
