package com.starlightdesk.data.repo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import org.jdbi.v3.sqlobject.customizer.SqlStatementCustomizer;
import org.jdbi.v3.sqlobject.customizer.SqlStatementCustomizerFactory;
import org.jdbi.v3.sqlobject.customizer.SqlStatementCustomizingAnnotation;

/**
 * Marks a repository whose every statement is bound to the practice of its {@link PracticeScope}:
 * the SQL names {@code :practiceId} and the value comes from the configuration, never from a caller.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SqlStatementCustomizingAnnotation(PracticeScoped.Factory.class)
public @interface PracticeScoped {

    /** Binds {@code :practiceId} on each statement. */
    final class Factory implements SqlStatementCustomizerFactory {
        @Override
        public SqlStatementCustomizer createForType(java.lang.annotation.Annotation annotation, Class<?> sqlObjectType) {
            return statement -> statement.bind("practiceId", statement.getConfig(PracticeScope.class).practiceId());
        }

        @Override
        public SqlStatementCustomizer createForMethod(java.lang.annotation.Annotation annotation, Class<?> sqlObjectType, Method method) {
            return createForType(annotation, sqlObjectType);
        }
    }
}
