package io.grantflow.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.grantflow.call.CallService;
import io.grantflow.decision.FundingDecisionService;
import io.grantflow.decision.RankedApplication;
import io.grantflow.decision.ScoreCalibration;
import io.grantflow.discussion.DiscussionService;
import io.grantflow.reply.Reply;
import io.grantflow.reply.ReplyService;
import io.grantflow.review.Review;
import io.grantflow.review.ReviewService;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the committee takes to its meeting: the call's ranking with every review's scores on each criterion of the
 * call and its comments, the consensus report where the reviewers discussed, and the calibrated mean beside the raw one, as CSV and as an Excel workbook holding the
 * same lines, and the decisions once taken, as CSV.
 */
@Service
class CommitteeExports {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> DECISION_HEADERS = List.of("rank", "application_id", "title", "applicant_id", "funded",
            "amount_eur", "mean_score", "decided_by", "decided_at");

    private final FundingDecisionService decisions;
    private final ReviewService reviews;
    private final CallService calls;
    private final DashboardQueries queries;
    private final ReplyService replies;
    private final DiscussionService discussions;

    CommitteeExports(FundingDecisionService decisions, ReviewService reviews, CallService calls, DashboardQueries queries,
                     DiscussionService discussions, ReplyService replies) {
        this.discussions = discussions;
        this.replies = replies;
        this.decisions = decisions;
        this.reviews = reviews;
        this.calls = calls;
        this.queries = queries;
    }

    /** The ranking export's columns for that call. */
    List<String> rankingHeaders(String callId) {
        return RankingLine.headers(calls.get(callId).criteria());
    }

    /** The ranking of the applications awaiting the committee (after the decision, see the decisions export). */
    @Transactional(readOnly = true)
    List<RankingLine> ranking(String callId) {
        List<RankingLine> lines = new ArrayList<>();
        ScoreCalibration calibration = decisions.calibration(callId);
        for (RankedApplication r : decisions.rank(callId)) {
            List<Review> rs = reviews.reviewsOf(r.applicationId());
            Double calibrated = calibration.meanOf(r.applicationId());
            String consensus = discussions.consensusOf(r.applicationId()).map(DiscussionService.Consensus::report).orElse(null);
            String reply = replies.replyOf(r.applicationId()).map(Reply::text).orElse(null);
            if (rs.isEmpty()) {
                lines.add(new RankingLine(r, calibrated, null, null, consensus, reply));
            }
            for (int i = 0; i < rs.size(); i++) {
                lines.add(new RankingLine(r, calibrated, i + 1, rs.get(i), consensus, reply));
            }
        }
        return lines;
    }

    byte[] rankingCsv(String callId) {
        Csv csv = new Csv().row(rankingHeaders(callId));
        ranking(callId).forEach(line -> csv.row(line.cells()));
        return csv.bytes();
    }

    /** One sheet, "Ranking", with the CSV's lines; numbers are numeric cells so that the committee can sort and sum. */
    byte[] rankingXlsx(String callId) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Ranking");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setWrapText(true);
            text.setQuotePrefixed(true);
            List<String> headers = rankingHeaders(callId);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (RankingLine line : ranking(callId)) {
                Row row = sheet.createRow(r++);
                List<Object> cells = line.cells();
                for (int c = 0; c < cells.size(); c++) {
                    write(row.createCell(c), cells.get(c), text);
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0, headers.size() - 1));
            int comments = headers.size() - 4; // the two comments, the consensus report and the applicant's reply are long texts
            for (int c = 0; c < comments; c++) {
                sheet.autoSizeColumn(c);
            }
            for (int c = comments; c < headers.size(); c++) {
                sheet.setColumnWidth(c, 60 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional(readOnly = true)
    byte[] decisionsCsv(String callId) {
        Csv csv = new Csv().row(DECISION_HEADERS);
        for (DashboardQueries.DecisionRow d : queries.decisions(callId)) {
            csv.row(Arrays.asList(d.rank(), d.applicationId(), d.title(), d.applicantId(), d.funded(), d.amountEur(),
                    d.meanScore(), d.decidedBy(), d.decidedAt().toString()));
        }
        return csv.bytes();
    }

    /**
     * Numbers and booleans as such; everything else as a string cell, never a formula, quote-prefixed as Excel marks
     * text typed after an apostrophe, so that a title starting with "=" stays text even when a cell is edited.
     */
    private static void write(Cell cell, Object value, CellStyle text) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof BigDecimal n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else {
            cell.setCellValue(value.toString());
            cell.setCellStyle(text);
        }
    }
}
