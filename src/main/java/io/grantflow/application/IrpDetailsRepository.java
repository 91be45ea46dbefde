package io.grantflow.application;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The IRP declarations and budget table of an application (tables irp_application, irp_budget_year). */
@Repository
class IrpDetailsRepository {

    private final JdbcClient jdbc;

    IrpDetailsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String applicationId, IrpDetails details) {
        jdbc.sql("INSERT INTO irp_application (application_id, permanent_position, joint_work) VALUES (?, ?, ?)")
                .params(applicationId, details.permanentPosition(), details.jointWork())
                .update();
        for (BudgetYear line : details.yearlyBudget()) {
            jdbc.sql("INSERT INTO irp_budget_year (application_id, project_year, amount_eur) VALUES (?, ?, ?)")
                    .params(applicationId, line.year(), line.amountEur())
                    .update();
        }
    }

    Optional<IrpDetails> find(String applicationId) {
        List<BudgetYear> table = jdbc.sql("SELECT project_year, amount_eur FROM irp_budget_year WHERE application_id = ? ORDER BY project_year")
                .param(applicationId)
                .query((rs, n) -> new BudgetYear(rs.getInt(1), rs.getBigDecimal(2)))
                .list();
        return jdbc.sql("SELECT permanent_position, joint_work FROM irp_application WHERE application_id = ?")
                .param(applicationId)
                .query((rs, n) -> new IrpDetails(rs.getBoolean(1), rs.getString(2), table))
                .optional();
    }
}
