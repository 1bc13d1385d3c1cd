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

/** The digest's chart: red and yellow accounts per day (stacked) above their MRR per day, for 30 days. */
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
        Map<Band, List<Double>> mrr = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            counts.put(band, new ArrayList<>());
            mrr.put(band, new ArrayList<>());
        }
        byDay.forEach((day, bands) -> {
            labels.add(day.toString().substring(5));
            for (Band band : Band.values()) {
                ScoreHistory.BandTotal total = bands.get(band);
                counts.get(band).add(total == null ? 0 : total.accounts());
                mrr.get(band).add(total == null ? 0.0 : total.mrr());
            }
        });

        // Only the at-risk bands are drawn: stacked over the green majority they were a thin strip. Today's
        // values are in the titles, so the chart reads without counting bars.
        Color red = new Color(0xc62828);
        Color yellow = new Color(0xf9a825);
        CategoryChart bands = new CategoryChartBuilder().width(1000).height(360)
                .title("Accounts at risk per day, to " + digest.asOf() + " (today: " + digest.red().accounts()
                        + " red, " + digest.yellow().accounts() + " yellow; " + digest.green().accounts()
                        + " green, not drawn)")
                .yAxisTitle("accounts").build();
        bands.getStyler().setStacked(true);
        bands.getStyler().setXAxisLabelRotation(60);
        bands.getStyler().setSeriesColors(new Color[] {red, yellow});
        bands.addSeries("red", labels, counts.get(Band.RED));
        bands.addSeries("yellow", labels, counts.get(Band.YELLOW));

        CategoryChart money = new CategoryChartBuilder().width(1000).height(360)
                .title("MRR at risk per day, " + digest.currency() + " (today: red "
                        + DigestText.money(digest.red().mrr(), digest.currency()) + ", yellow "
                        + DigestText.money(digest.yellow().mrr(), digest.currency()) + ")")
                .yAxisTitle("MRR, " + digest.currency()).build();
        money.getStyler().setStacked(true);
        money.getStyler().setXAxisLabelRotation(60);
        money.getStyler().setSeriesColors(new Color[] {red, yellow});
        money.addSeries("red", labels, mrr.get(Band.RED));
        money.addSeries("yellow", labels, mrr.get(Band.YELLOW));

        List<IChart> charts = List.of(bands, money);
        BitmapEncoder.saveBitmap(charts, 2, 1, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
