package io.grantflow.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.grantflow.GrantflowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One Grantflow node as a Spring context of its own in this JVM, on a random port, with its job executor
 * running. Several of them on one database make a cluster that a test can look into through their beans.
 */
public final class InProcessNode implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "admin-test-password";

    private final String name;
    private final ConfigurableApplicationContext context;

    private InProcessNode(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
    }

    /** Starts a node on the postgres profile; extra settings are passed as command-line arguments, which win over application.yaml. */
    public static InProcessNode start(String name, String jdbcUrl, int smtpPort, Map<String, String> extra) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + EmbeddedPostgresServer.USER,
                "--spring.datasource.password=" + EmbeddedPostgresServer.PASSWORD,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD,
                // one engine name per node, as the engines of one JVM are registered by name (no hyphens allowed)
                "--camunda.bpm.process-engine-name=" + name.replace("-", ""),
                // the job log records which node ran each job
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--camunda.bpm.job-execution.enabled=true",
                // Camunda's webapps keep JVM-wide runtime delegates: a node's would replace the shared test
                // context's, and Tasklist in that context would stop working once the node is closed
                "--camunda.bpm.webapp.enabled=false",
                "--logging.level.org.camunda.bpm.engine.jobexecutor=WARN"));
        extra.forEach((key, value) -> args.add("--" + key + "=" + value));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GrantflowApplication.class)
                .profiles("postgres")
                .run(args.toArray(String[]::new));
        return new InProcessNode(name, context);
    }

    public String name() {
        return name;
    }

    public int port() {
        return ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public ApiClient api() {
        return new ApiClient(port());
    }

    @Override
    public void close() {
        context.close();
    }
}
