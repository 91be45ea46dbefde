package io.grantflow.migration;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The portal's page of process versions for programme managers: preview a move, then move the applications. */
@Controller
class ProcessMigrationPageController {

    private final ProcessMigrationService migrations;

    ProcessMigrationPageController(ProcessMigrationService migrations) {
        this.migrations = migrations;
    }

    /** One process on the page: its versions, and the move the form suggests (the oldest version still running to the latest). */
    record ProcessRow(String key, String name, List<ProcessVersion> versions, int suggestedFrom, int suggestedTo) {

        static ProcessRow of(String key, List<ProcessVersion> versions) {
            ProcessVersion latest = versions.get(versions.size() - 1);
            int from = versions.stream().filter(v -> v.running() > 0 && v != latest).findFirst().orElse(versions.get(0)).version();
            return new ProcessRow(key, latest.name() == null ? key : latest.name(), versions, from, latest.version());
        }
    }

    /** What the last move did, read back from the address it redirected to; an address altered by hand shows no notice. */
    record MovedNotice(String key, int from, int to, int moved) {

        static MovedNotice of(String key, String from, String to, String moved) {
            try {
                return key == null ? null : new MovedNotice(key, Integer.parseInt(from), Integer.parseInt(to), Integer.parseInt(moved));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    @GetMapping("/portal/processes")
    String processes(@RequestParam(required = false) String key, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to, @RequestParam(required = false) String moved, Model model) {
        model.addAttribute("processes", migrations.processes().entrySet().stream().map(e -> ProcessRow.of(e.getKey(), e.getValue())).toList());
        model.addAttribute("notice", MovedNotice.of(key, from, to, moved));
        return "portal/processes";
    }

    @GetMapping("/portal/processes/{key}/plan")
    String plan(@PathVariable String key, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                Model model) {
        model.addAttribute("plan", migrations.plan(key, Versions.parse("from", from), Versions.parse("to", to)));
        return "portal/process-plan";
    }

    /** Every running instance of the source version moves, or none: a refusal shows the plan again with its problems. */
    @PostMapping("/portal/processes/{key}/migrations")
    String migrate(@PathVariable String key, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   Authentication user, Model model, HttpServletResponse response) {
        int source = Versions.parse("from", from);
        int target = Versions.parse("to", to);
        try {
            MigrationResult result = migrations.migrate(key, source, target, null, user.getName());
            return "redirect:" + UriComponentsBuilder.fromPath("/portal/processes")
                    .queryParam("key", key).queryParam("from", source).queryParam("to", target)
                    .queryParam("moved", result.moved()).fragment("process-" + key).encode().build().toUriString();
        } catch (MigrationRefusedException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("plan", migrations.plan(key, source, target));
            model.addAttribute("refused", e.problems());
            return "portal/process-plan";
        }
    }
}
