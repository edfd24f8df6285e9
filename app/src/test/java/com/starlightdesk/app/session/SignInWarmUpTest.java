package com.starlightdesk.app.session;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The warm-up builds its throw-away tables from the bundled scripts and runs the sign-in queries on them. */
class SignInWarmUpTest {

    @Test
    void runsTheSignInQueriesOnTablesBuiltFromTheBundledScripts() {
        assertDoesNotThrow(() -> SignInWarmUp.run(Clock.systemUTC()));
    }
}
