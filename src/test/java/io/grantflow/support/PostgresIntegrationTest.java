package io.grantflow.support;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same application and helpers as {@link IntegrationTest}, on the postgres profile against a real
 * PostgreSQL server. Every PostgreSQL test extends this class, so they all share one second Spring context.
 * It is closed after each class, while the server still runs: left to the JVM's exit, it would close after
 * the server's own shutdown hook had stopped PostgreSQL, and wait for a connection until Hikari's timeout.
 */
@ActiveProfiles({"test", "postgres"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class PostgresIntegrationTest extends IntegrationTest {

    @DynamicPropertySource
    public static void postgres(DynamicPropertyRegistry registry) {
        String url = EmbeddedPostgresServer.newDatabase("grantflow_it");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> EmbeddedPostgresServer.USER);
        registry.add("spring.datasource.password", () -> EmbeddedPostgresServer.PASSWORD);
        // The H2 context of the other tests may still be alive in this JVM: the engines need their own names.
        registry.add("camunda.bpm.process-engine-name", () -> "postgres");
        // Camunda's webapps keep JVM-wide state: closing a context that ran them breaks Tasklist in the shared one.
        registry.add("camunda.bpm.webapp.enabled", () -> "false");
    }
}
