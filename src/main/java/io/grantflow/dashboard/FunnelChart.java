package io.grantflow.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the funnel's bar chart, drawn as inline SVG by the page: no script, nothing fetched by the
 * browser. Bars are scaled to the largest count (the submitted stage), so the drop between stages shows.
 */
record FunnelChart(List<Bar> bars, int width, int height, int barAreaX, int barAreaWidth) {

    static final int ROW = 34;
    static final int BAR_HEIGHT = 22;
    static final int LABEL_WIDTH = 150;
    static final int AREA_WIDTH = 380;

    record Bar(Stage stage, long count, int y, int width) {
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }

    static FunnelChart of(CallDashboard dashboard) {
        long max = dashboard.funnel().stream().mapToLong(StageCount::count).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = 6;
        for (StageCount s : dashboard.funnel()) {
            int w = max == 0 ? 0 : (int) Math.max(s.count() == 0 ? 0 : 2, Math.round(AREA_WIDTH * (double) s.count() / max));
            bars.add(new Bar(s.stage(), s.count(), y, w));
            y += ROW;
        }
        return new FunnelChart(bars, LABEL_WIDTH + AREA_WIDTH + 70, y + 4, LABEL_WIDTH, AREA_WIDTH);
    }

    /** Share of the envelope, 0 to 100 (more when the call asks for more than its envelope). */
    static int percentOf(BigDecimal amount, BigDecimal envelope) {
        if (envelope == null || envelope.signum() == 0) {
            return 0;
        }
        return amount.multiply(BigDecimal.valueOf(100)).divide(envelope, 0, RoundingMode.HALF_UP).intValue();
    }
}
