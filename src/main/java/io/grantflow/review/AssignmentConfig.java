package io.grantflow.review;

import io.grantflow.review.assignment.ReviewerAssigner;
import io.grantflow.review.assignment.ReviewerAssignment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The solver behind reviewer assignment: the proven optimum by default. */
@Configuration
class AssignmentConfig {

    @Bean
    ReviewerAssigner reviewerAssigner() {
        return ReviewerAssignment.optimal();
    }
}
