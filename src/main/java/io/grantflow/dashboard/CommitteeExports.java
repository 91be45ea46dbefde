package io.grantflow.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.grantflow.decision.FundingDecisionService;
import io.grantflow.decision.RankedApplication;
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
 * What the committee takes to its meeting: the call's ranking with every review's scores and comments, as CSV
 * and as an Excel workbook holding the same lines, and the decisions once taken, as CSV.
 */
@Service
class CommitteeExports {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> DECISION_HEADERS = List.of("rank", "application_id", "title", "applicant_id", "funded",
            "amount_eur", "mean_score", "decided_by", "decided_at");

    private final FundingDecisionService decisions;
    private final ReviewService reviews;
    private final DashboardQueries queries;

    CommitteeExports(FundingDecisionService decisions, ReviewService reviews, DashboardQueries queries) {
        this.decisions = decisions;
        this.reviews = reviews;
        this.queries = queries;
    }

    /** The ranking of the applications awaiting the committee (after the decision, see the decisions export). */
    @Transactional(readOnly = true)
    List<RankingLine> ranking(String callId) {
        List<RankingLine> lines = new ArrayList<>();
        for (RankedApplication r : decisions.rank(callId)) {
            List<Review> rs = reviews.reviewsOf(r.applicationId());
            if (rs.isEmpty()) {
                lines.add(line(r, null, null));
            }
            for (int i = 0; i < rs.size(); i++) {
                lines.add(line(r, i + 1, rs.get(i)));
            }
        }
        return lines;
    }

    byte[] rankingCsv(String callId) {
        Csv csv = new Csv().row(RankingLine.HEADERS);
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
            Row header = sheet.createRow(0);
            for (int c = 0; c < RankingLine.HEADERS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(RankingLine.HEADERS.get(c));
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
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0, RankingLine.HEADERS.size() - 1));
            for (int c = 0; c < 10; c++) {
                sheet.autoSizeColumn(c);
            }
            sheet.setColumnWidth(14, 60 * 256);
            sheet.setColumnWidth(15, 60 * 256);
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

    private static RankingLine line(RankedApplication r, Integer number, Review review) {
        return new RankingLine(r.rank(), r.applicationId(), r.title(), r.budgetEur(), r.reviews(), r.meanQuality(),
                r.meanFeasibility(), r.meanCollaboration(), r.mean(), r.proposedForFunding(), number,
                review == null ? null : review.quality(), review == null ? null : review.feasibility(),
                review == null ? null : review.collaboration(), review == null ? null : review.commentForApplicant(),
                review == null ? null : review.confidentialComment());
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
