package io.tenure.health.digest;

import io.tenure.health.Band;
import io.tenure.health.scoring.ScoreHistory;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.internal.chartpart.IChart;

/** The digest's chart: accounts per band per day (stacked) above MRR at risk per day, for 30 days. */
final class DigestChart {
    private DigestChart() {
    }

    static void write(Digest digest, Path file) throws IOException {
        Map<LocalDate, Map<Band, ScoreHistory.BandTotal>> byDay = new TreeMap<>();
        for (LocalDate day = digest.asOf().minusDays(RiskDigest.WINDOW_DAYS - 1L); !day.isAfter(digest.asOf());
                day = day.plusDays(1)) {
            byDay.put(day, new EnumMap<>(Band.class));
        }
        for (ScoreHistory.BandTotal total : digest.days()) {
            byDay.computeIfAbsent(total.day(), d -> new EnumMap<>(Band.class)).put(total.band(), total);
        }
        List<String> labels = new ArrayList<>();
        Map<Band, List<Integer>> counts = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            counts.put(band, new ArrayList<>());
        }
        List<Double> atRisk = new ArrayList<>();
        byDay.forEach((day, bands) -> {
            labels.add(day.toString().substring(5));
            double mrr = 0;
            for (Band band : Band.values()) {
                ScoreHistory.BandTotal total = bands.get(band);
                counts.get(band).add(total == null ? 0 : total.accounts());
                if (band != Band.GREEN && total != null) {
                    mrr += total.mrr();
                }
            }
            atRisk.add(mrr);
        });

        CategoryChart bands = new CategoryChartBuilder().width(1000).height(360)
                .title("Accounts by health band, to " + digest.asOf()).yAxisTitle("accounts").build();
        bands.getStyler().setStacked(true);
        bands.getStyler().setXAxisLabelRotation(60);
        bands.getStyler().setSeriesColors(new Color[] {new Color(0x2e7d32), new Color(0xf9a825), new Color(0xc62828)});
        bands.addSeries("green", labels, counts.get(Band.GREEN));
        bands.addSeries("yellow", labels, counts.get(Band.YELLOW));
        bands.addSeries("red", labels, counts.get(Band.RED));

        CategoryChart mrr = new CategoryChartBuilder().width(1000).height(360)
                .title("MRR at risk (red and yellow)").yAxisTitle("MRR").build();
        mrr.getStyler().setXAxisLabelRotation(60);
        mrr.getStyler().setLegendVisible(false);
        mrr.getStyler().setSeriesColors(new Color[] {new Color(0xc62828)});
        mrr.addSeries("MRR at risk", labels, atRisk);

        List<IChart> charts = List.of(bands, mrr);
        BitmapEncoder.saveBitmap(charts, 2, 1, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
