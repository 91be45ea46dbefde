package io.grantflow.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes Camunda's user info table by user. Every message looks up its recipient's language there
 * ({@link UserDirectory#languageOf}), and Camunda's schema has no index on it: without this one each
 * lookup reads the whole table, a cost that grows with every registered applicant. Created once the
 * engine has created its tables (our Flyway migrations run before), and again harmlessly at each start.
 */
@Component
class UserInfoIndex extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(UserInfoIndex.class);

    private final JdbcTemplate jdbc;

    UserInfoIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        try {
            jdbc.execute("CREATE INDEX IF NOT EXISTS GF_IDX_ID_INFO_USER ON ACT_ID_INFO (USER_ID_, KEY_)");
        } catch (DataAccessException e) {
            // Two nodes starting at once on PostgreSQL: the other one created it a moment ago.
            log.info("Index on ACT_ID_INFO not created here: {}", e.getMostSpecificCause().getMessage());
        }
    }
}
