package io.grantflow.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The committee's files, in the API (HTTP Basic) and as portal links (the manager's session), for managers only.
 * The call must exist: an unknown call is a 404 rather than an empty file.
 */
@RestController
class ExportController {

    private final CommitteeExports exports;
    private final DashboardService dashboards;

    ExportController(CommitteeExports exports, DashboardService dashboards) {
        this.exports = exports;
        this.dashboards = dashboards;
    }

    @GetMapping({"/api/calls/{callId}/exports/ranking.csv", "/portal/dashboard/calls/{callId}/ranking.csv"})
    @Operation(summary = "The call's ranking with each review's scores and comments, CSV (managers)")
    ResponseEntity<byte[]> rankingCsv(@PathVariable String callId) {
        dashboards.requireCall(callId);
        return file(exports.rankingCsv(callId), Csv.MEDIA_TYPE, "ranking-" + callId + ".csv");
    }

    @GetMapping({"/api/calls/{callId}/exports/ranking.xlsx", "/portal/dashboard/calls/{callId}/ranking.xlsx"})
    @Operation(summary = "The call's ranking with each review's scores and comments, Excel workbook (managers)")
    ResponseEntity<byte[]> rankingXlsx(@PathVariable String callId) {
        dashboards.requireCall(callId);
        return file(exports.rankingXlsx(callId), CommitteeExports.XLSX, "ranking-" + callId + ".xlsx");
    }

    @GetMapping({"/api/calls/{callId}/exports/decisions.csv", "/portal/dashboard/calls/{callId}/decisions.csv"})
    @Operation(summary = "The committee's decisions on the call, CSV (managers)")
    ResponseEntity<byte[]> decisionsCsv(@PathVariable String callId) {
        dashboards.requireCall(callId);
        return file(exports.decisionsCsv(callId), Csv.MEDIA_TYPE, "decisions-" + callId + ".csv");
    }

    private static ResponseEntity<byte[]> file(byte[] content, String type, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
