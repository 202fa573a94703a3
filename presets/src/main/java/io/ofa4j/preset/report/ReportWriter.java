package io.ofa4j.preset.report;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;

/**
 * Writes {@code report/index.html} of a run directory with its images beside it: {@code loss.png}
 * (training loss per task), one {@code metric-<name>.png} per evaluation metric (a series per
 * task), the final table, and the gallery ({@code gallery-N.png} / {@code gallery-N.wav}). All of
 * it comes from {@code metrics.jsonl}, so a finished run's report can be rebuilt at any time.
 */
public final class ReportWriter {
  /** The metrics file inside a run directory (as the runtime's {@code MetricsLog} names it). */
  public static final String METRICS_FILE = "metrics.jsonl";
  /** Report directory inside the run directory. */
  public static final String REPORT_DIR = "report";

  private static final int WIDTH = 720;
  private static final int HEIGHT = 360;

  private ReportWriter() {}

  /**
   * Builds the report of {@code runDir}.
   *
   * @param runDir the run directory holding {@code metrics.jsonl}
   * @param title page title
   * @param baselines task -> metric -> reference value for the final table (may be empty)
   * @param gallery prediction items (may be empty)
   * @return the written {@code index.html}
   */
  public static Path write(Path runDir, String title, Map<String, Map<String, Double>> baselines,
      List<GalleryItem> gallery) {
    requireNonNull(runDir, "runDir is null");
    requireNonNull(title, "title is null");
    requireNonNull(gallery, "gallery is null");
    MetricsHistory history = MetricsHistory.read(runDir.resolve(METRICS_FILE));
    Path out = runDir.resolve(REPORT_DIR);
    try {
      Files.createDirectories(out);
      StringBuilder html = new StringBuilder();
      html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
          .append(Html.escape(title)).append("</title>\n<style>")
          .append("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
          .append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}")
          .append("td:first-child,td:nth-child(2){text-align:left}")
          .append(".gallery{display:flex;flex-wrap:wrap;gap:1em}.item{max-width:360px}")
          .append(".item img{max-width:360px}</style></head><body>\n<h1>")
          .append(Html.escape(title)).append("</h1>\n");
      html.append(curves(out, history));
      html.append(table(FinalRow.of(history, baselines)));
      html.append(gallery(out, gallery));
      html.append("</body></html>\n");
      Path index = out.resolve("index.html");
      Files.writeString(index, html.toString(), StandardCharsets.UTF_8);
      return index;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write report in " + out + ": " + e.getMessage(), e);
    }
  }

  private static String curves(Path out, MetricsHistory history) {
    StringBuilder sb = new StringBuilder("<h2>Curves</h2>\n");
    if (!history.trainLoss().isEmpty()) {
      CurveChart.writePng(out.resolve("loss.png"), "training loss", "loss", history.trainLoss(), WIDTH, HEIGHT);
      sb.append(Html.image("loss.png", "training loss per task")).append('\n');
    }
    Map<String, Map<String, List<Point>>> byMetric = new TreeMap<>();
    history.evalMetrics().forEach((task, metrics) -> metrics.forEach((metric, points) ->
        byMetric.computeIfAbsent(metric, k -> new LinkedHashMap<>()).put(task, points)));
    for (Map.Entry<String, Map<String, List<Point>>> e : byMetric.entrySet()) {
      String file = "metric-" + Html.fileSafe(e.getKey()) + ".png";
      CurveChart.writePng(out.resolve(file), "validation " + e.getKey(), e.getKey(), e.getValue(), WIDTH, HEIGHT);
      sb.append(Html.image(file, "validation " + e.getKey())).append('\n');
    }
    return sb.toString();
  }

  private static String table(List<FinalRow> rows) {
    StringBuilder sb = new StringBuilder("<h2>Final metrics</h2>\n<table>\n")
        .append("<tr><th>task</th><th>metric</th><th>value</th><th>baseline</th><th>step</th></tr>\n");
    for (FinalRow r : rows) {
      sb.append("<tr><td>").append(Html.escape(r.task())).append("</td><td>").append(Html.escape(r.metric()))
          .append("</td><td>").append(number(r.value())).append("</td><td>").append(number(r.baseline()))
          .append("</td><td>").append(r.step()).append("</td></tr>\n");
    }
    return sb.append("</table>\n").toString();
  }

  private static String gallery(Path out, List<GalleryItem> items) throws IOException {
    if (items.isEmpty()) {
      return "";
    }
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      StringBuilder c = new StringBuilder("<div class=\"item\"><h3>")
          .append(Html.escape(items.get(i).title())).append("</h3>");
      GalleryItem item = items.get(i);
      if (item instanceof GalleryItem.ImagePrediction p) {
        String file = "gallery-" + (i + 1) + ".png";
        ImageIO.write(BoxOverlay.draw(p.image(), p.box(), p.caption()), "png", out.resolve(file).toFile());
        c.append(Html.image(file, p.caption() == null ? p.title() : p.caption()));
        if (p.caption() != null) {
          c.append("<p>prediction: ").append(Html.escape(p.caption())).append("</p>");
        }
        reference(c, p.reference());
      } else if (item instanceof GalleryItem.AudioPrediction a) {
        String file = "gallery-" + (i + 1) + ".wav";
        Files.write(out.resolve(file), a.wav());
        c.append(Html.audioPlayer(file)).append("<p>transcript: ").append(Html.escape(a.transcript())).append("</p>");
        reference(c, a.reference());
      }
      cells.add(c.append("</div>").toString());
    }
    return "<h2>Gallery</h2>\n<div class=\"gallery\">\n" + String.join("\n", cells) + "\n</div>\n";
  }

  private static void reference(StringBuilder c, String reference) {
    if (reference != null) {
      c.append("<p>reference: ").append(Html.escape(reference)).append("</p>");
    }
  }

  private static String number(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : String.valueOf(v);
  }
}
