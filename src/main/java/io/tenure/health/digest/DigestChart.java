package io.tenure.health.digest;

import io.tenure.health.Band;
import io.tenure.health.scoring.ScoreHistory;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.knowm.xchart.internal.chartpart.IChart;

/**
 * The digest's chart: red and yellow accounts per day (stacked) above their MRR per day, for 30 days,
 * and below them the score lines of the accounts most at risk today.
 */
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

        List<IChart> charts = new ArrayList<>(List.of(bands, money));
        if (!digest.scoreLines().isEmpty()) {
            charts.add(scoreLines(digest));
        }
        BitmapEncoder.saveBitmap(charts, charts.size(), 1, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    /** One line per most-at-risk account: where each is heading, which the band totals cannot show. */
    private static XYChart scoreLines(Digest digest) {
        XYChart chart = new XYChartBuilder().width(1000).height(360)
                .title("Score of the " + digest.scoreLines().size() + " accounts most at risk, last "
                        + RiskDigest.WINDOW_DAYS + " days")
                .yAxisTitle("score").build();
        chart.getStyler().setDatePattern("MM-dd");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        for (Digest.ScoreLine line : digest.scoreLines()) {
            List<Date> x = new ArrayList<>();
            List<Integer> y = new ArrayList<>();
            for (ScoreHistory.DayScore day : line.days()) {
                x.add(Date.from(day.day().atStartOfDay(ZoneOffset.UTC).toInstant()));
                y.add(day.score());
            }
            if (x.isEmpty()) {
                continue;
            }
            String name = line.health().account().id() + " (" + line.health().health().score() + ")";
            chart.addSeries(name, x, y).setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }
}
