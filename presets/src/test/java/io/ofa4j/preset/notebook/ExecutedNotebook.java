package io.ofa4j.preset.notebook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The code cells of an executed {@code .ipynb} (nbformat 4) with what they printed: stream text,
 * {@code text/plain} and {@code text/html} results, PNG images and errors.
 */
final class ExecutedNotebook {

  /**
   * One code cell after execution.
   *
   * @param index 0-based position among all cells
   * @param source the cell's code
   * @param text every stream, {@code text/plain} and {@code text/html} output, concatenated
   * @param pngs how many {@code image/png} outputs it has
   * @param errors {@code ename: evalue} of each error output
   * @param executed whether it has an execution count
   */
  record Cell(int index, String source, String text, int pngs, List<String> errors,
      boolean executed) {}

  private final List<Cell> cells;

  private ExecutedNotebook(List<Cell> cells) {
    this.cells = List.copyOf(cells);
  }

  /** Reads an executed notebook file. */
  static ExecutedNotebook read(Path file) {
    JsonNode nb = JsonMapper.builder().build().readTree(file.toFile());
    List<Cell> cells = new ArrayList<>();
    JsonNode all = nb.get("cells");
    for (int i = 0; i < all.size(); i++) {
      JsonNode c = all.get(i);
      if (!"code".equals(c.get("cell_type").asString())) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      int pngs = 0;
      List<String> errors = new ArrayList<>();
      for (JsonNode o : c.get("outputs")) {
        String type = o.get("output_type").asString();
        if (type.equals("error")) {
          errors.add(o.get("ename").asString() + ": " + o.get("evalue").asString());
        } else if (type.equals("stream")) {
          text.append(joined(o.get("text")));
        } else {
          JsonNode data = o.get("data");
          for (String mime : List.of("text/plain", "text/html")) {
            if (data.has(mime)) {
              text.append(joined(data.get(mime))).append('\n');
            }
          }
          pngs += data.has("image/png") ? 1 : 0;
        }
      }
      JsonNode count = c.get("execution_count");
      cells.add(new Cell(i, joined(c.get("source")), text.toString(), pngs, errors,
          count != null && !count.isNull()));
    }
    return new ExecutedNotebook(cells);
  }

  /** nbformat stores multi-line strings as a string or a list of lines. */
  private static String joined(JsonNode node) {
    if (node == null || node.isNull()) {
      return "";
    }
    if (!node.isArray()) {
      return node.asString();
    }
    StringBuilder out = new StringBuilder();
    node.forEach(line -> out.append(line.asString()));
    return out.toString();
  }

  List<Cell> cells() {
    return cells;
  }

  /** Every output text of every cell. */
  String allText() {
    StringBuilder out = new StringBuilder();
    cells.forEach(c -> out.append(c.text()));
    return out.toString();
  }

  /** The first code cell whose source contains {@code marker}. */
  Cell cell(String marker) {
    return cells.stream().filter(c -> c.source().contains(marker)).findFirst()
        .orElseThrow(() -> new AssertionError("no code cell contains '" + marker + "'"));
  }
}
