package io.grantflow.programme;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/programmes")
class ProgrammeController {

    private final Programmes programmes;

    ProgrammeController(Programmes programmes) {
        this.programmes = programmes;
    }

    @GetMapping
    @Operation(summary = "The running programmes with their settings (type, default, range, help) and review criteria; public")
    List<ProgrammeDefinition> list() {
        return programmes.all();
    }

    @GetMapping("/refused")
    @Operation(summary = "Programme folders refused at start, each with the file at fault and the fault (managers, administrators)")
    List<RefusedProgramme> refused() {
        return programmes.refused();
    }
}
