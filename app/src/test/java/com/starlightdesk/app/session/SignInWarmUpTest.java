package com.starlightdesk.app.session;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The warm-up builds its throw-away tables from the bundled scripts and runs the sign-in queries on them. */
class SignInWarmUpTest {

    @Test
    void runsTheSignInQueriesOnTablesBuiltFromTheBundledScripts() {
        AtomicInteger asked = new AtomicInteger();
        assertDoesNotThrow(() -> SignInWarmUp.run(Clock.systemUTC(), () -> asked.incrementAndGet() < 0));
        assertEquals(2, asked.get(), "asked after the key derivation and after building the database");
    }

    @Test
    void stopsAfterTheKeyDerivationWhenTheSignInHasBegun() {
        AtomicInteger asked = new AtomicInteger();
        assertDoesNotThrow(() -> SignInWarmUp.run(Clock.systemUTC(), () -> asked.incrementAndGet() > 0));
        assertEquals(1, asked.get());
    }
}
