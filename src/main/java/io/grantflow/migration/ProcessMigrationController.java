package io.grantflow.migration;

import java.util.List;

import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The versions of a process and the moves of running applications between them, for programme managers. */
@RestController
class ProcessMigrationController {

    private final ProcessMigrationService migrations;

    ProcessMigrationController(ProcessMigrationService migrations) {
        this.migrations = migrations;
    }

    /** A move: from one version to another, of the chosen instances or, without any, of every instance of the source. */
    record MigrationRequest(Integer from, Integer to, List<String> processInstanceIds) {
    }

    @GetMapping("/api/processes/{key}/versions")
    @Operation(summary = "The deployed versions of a process, oldest first, each with its running instances (managers)")
    List<ProcessVersion> versions(@PathVariable String key) {
        return migrations.versions(key);
    }

    @GetMapping("/api/processes/{key}/plan")
    @Operation(summary = "The plan that would move every running instance of version 'from' to version 'to': each activity and its "
            + "counterpart, and each activity where applications wait that has none (managers)")
    MigrationPlanView plan(@PathVariable String key, @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return migrations.plan(key, Versions.parse("from", from), Versions.parse("to", to));
    }

    @PostMapping("/api/processes/{key}/migrations")
    @Operation(summary = "Moves the chosen instances (or all) of version 'from' to version 'to', all or none; refused with 409 naming "
            + "each activity without counterpart; instances already moved are counted, not moved again (managers)")
    MigrationResult migrate(@PathVariable String key, @RequestBody MigrationRequest request, Authentication user) {
        if (request.from() == null || request.to() == null) {
            throw new InvalidInputException(request.from() == null ? "from" : "to", "is required: a version number");
        }
        if (request.processInstanceIds() != null && request.processInstanceIds().isEmpty()) {
            throw new InvalidInputException("processInstanceIds", "names no instance: leave it out to move every instance of the version");
        }
        return migrations.migrate(key, request.from(), request.to(), request.processInstanceIds(), user.getName());
    }

    @ExceptionHandler(MigrationRefusedException.class)
    ProblemDetail refused(MigrationRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Move refused");
        problem.setProperty("errors", e.problems().stream().map(p -> new FieldProblem("to", p.message())).toList());
        problem.setProperty("problems", e.problems());
        return problem;
    }
}
