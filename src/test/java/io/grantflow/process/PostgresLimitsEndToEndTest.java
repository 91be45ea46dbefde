package io.grantflow.process;

import io.grantflow.support.PostgresIntegrationTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same call at its limits on a real PostgreSQL server, whose VARCHAR columns count characters, not UTF-16 units. */
@ActiveProfiles({"test", "postgres"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PostgresLimitsEndToEndTest extends LimitsEndToEndTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresIntegrationTest.postgres(registry);
    }
}
