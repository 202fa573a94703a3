package io.ofa4j.preset.report;

import static java.util.Objects.requireNonNull;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Line charts of curves (one series per name) written as PNG. */
public final class CurveChart {
  private CurveChart() {}

  /**
   * Writes a chart of {@code series} to {@code file}.
   *
   * @param file PNG to write
   * @param title chart title
   * @param yLabel value axis label
   * @param series series name -> points
   * @param width image width in pixels
   * @param height image height in pixels
   */
  public static void writePng(Path file, String title, String yLabel, Map<String, List<Point>> series,
      int width, int height) {
    requireNonNull(file, "file is null");
    requireNonNull(series, "series is null");
    XYSeriesCollection data = new XYSeriesCollection();
    series.forEach((name, points) -> {
      XYSeries s = new XYSeries(name, true, true); // sorted by step, duplicates allowed
      points.forEach(p -> s.add(p.step(), p.value()));
      data.addSeries(s);
    });
    JFreeChart chart = ChartFactory.createXYLineChart(title, "step", yLabel, data,
        PlotOrientation.VERTICAL, true, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    for (int i = 0; i < data.getSeriesCount(); i++) {
      plot.getRenderer().setSeriesStroke(i, new BasicStroke(2f));
    }
    try {
      ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write chart " + file, e);
    }
  }
}
