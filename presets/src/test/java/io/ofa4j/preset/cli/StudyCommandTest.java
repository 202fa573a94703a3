package io.ofa4j.preset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ofa4j.preset.run.TinyPreset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ofa4j study} on the tiny two-task preset (6 generalist steps), checked against what the
 * runs wrote: the specialists' steps add up to the generalist's and match the micro-batches its
 * {@code metrics.jsonl} logged per task, the percentages follow from the printed scores, and
 * {@code study.json} holds the printed table; then the exit codes and messages of bad input.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudyCommandTest {
  private static final int STEPS = 6;
  /** task, metric, direction, generalist, specialist, percent, baseline, specialist steps. */
  private static final Pattern ROW = Pattern.compile("^\\| (\\S+) +\\| (\\S+) ([\\^v]) +\\| +([0-9.]+) \\| +([0-9.]+) "
      + "\\| +([0-9.]+%|n/a) \\| +([0-9.]+) \\| +(\\d+) \\|$", Pattern.MULTILINE);
  private static final Pattern MEAN =
      Pattern.compile("mean generalist % of specialist: ([0-9.]+)% over (\\d) of 2 tasks");

  @TempDir static Path dir;
  private Path preset;
  private Path out;
  private CliRun run;

  private record Row(String task, String metric, boolean higher, double generalist, double specialist,
      String percent, double baseline, int steps) {}

  @BeforeAll
  void study() {
    preset = TinyPreset.write(dir, STEPS);
    out = dir.resolve("study");
    run = CliRun.run("study", "--preset", preset.toString(), "--set", "trainer.checkpoint_every=0", "--out",
        out.toString(), "--progress-every", "1");
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void printsOneRowPerTaskWithBothScoresThePercentageAndTheBaseline() {
    assertThat(run.out()).contains("| task", "| metric", "| generalist", "| specialist", "| gen % spec", "| baseline",
        "| spec steps |", "(OFASys reports 95% for OFA+)", "study.json");
    assertThat(rows()).extracting(Row::task).containsExactly("sst2", "refcoco");
    assertThat(rows()).extracting(Row::metric).containsExactly("accuracy", "iou_accuracy");
    assertThat(run.out()).contains("generalist: tasks [sst2, refcoco], 6 steps", "specialist 1/2 'sst2'",
        "specialist 2/2 'refcoco'");
  }

  @Test
  void theSpecialistsStepsAddUpAndMatchTheGeneralistsSchedule() throws Exception {
    Map<String, Integer> steps = new LinkedHashMap<>();
    rows().forEach(r -> steps.put(r.task(), r.steps()));
    assertThat(steps.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(STEPS);
    // with grad_accumulation 1 each generalist step trains one task and logs one train row for it
    Map<String, Integer> drawn = trainRows(out.resolve("generalist"));
    assertThat(drawn).isEqualTo(steps);
    for (Map.Entry<String, Integer> e : steps.entrySet()) {
      Map<String, Integer> own = trainRows(out.resolve("specialist-" + e.getKey()));
      assertThat(own).as("specialist %s trains its task alone, its steps", e.getKey())
          .isEqualTo(Map.of(e.getKey(), e.getValue()));
    }
  }

  @Test
  void percentagesFollowFromThePrintedScores() {
    List<Double> defined = new ArrayList<>();
    for (Row r : rows()) {
      double num = r.higher() ? r.generalist() : r.specialist();
      double den = r.higher() ? r.specialist() : r.generalist();
      if (den == 0) {
        assertThat(r.percent()).isEqualTo(num == 0 ? "100.0%" : "n/a");
      } else {
        double printed = Double.parseDouble(r.percent().replace("%", ""));
        // scores are printed to 4 decimals (each off by <= 5e-5), the percentage to 1
        double tol = 0.05 + 100 * 5e-5 * (1 / den + num / (den * den)) * 1.01;
        assertThat(printed).as(r.task()).isCloseTo(100 * num / den, within(tol));
      }
      if (!r.percent().equals("n/a")) {
        defined.add(Double.parseDouble(r.percent().replace("%", "")));
      }
    }
    Matcher m = MEAN.matcher(run.out());
    assertThat(m.find()).as(run.out()).isTrue();
    assertThat(Integer.parseInt(m.group(2))).isEqualTo(defined.size());
    assertThat(Double.parseDouble(m.group(1)))
        .isCloseTo(defined.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), within(0.1));
  }

  @Test
  void studyJsonAndMarkdownHoldThePrintedTable() throws Exception {
    JsonNode json = JsonMapper.builder().build().readTree(Files.readString(out.resolve("study.json")));
    assertThat(json.get("split_rule").asString()).isEqualTo("equal_compute");
    assertThat(json.get("generalist_steps").asInt()).isEqualTo(STEPS);
    assertThat(json.get("specialist_steps_total").asInt()).isEqualTo(STEPS);
    List<Row> rows = rows();
    assertThat(json.get("rows").size()).isEqualTo(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode j = json.get("rows").get(i);
      Row r = rows.get(i);
      assertThat(j.get("task").asString()).isEqualTo(r.task());
      assertThat(j.get("generalist").asDouble()).isCloseTo(r.generalist(), within(5e-5));
      assertThat(j.get("specialist").asDouble()).isCloseTo(r.specialist(), within(5e-5));
      assertThat(j.get("baseline").asDouble()).isCloseTo(r.baseline(), within(5e-5));
      assertThat(j.get("specialist_steps").asInt()).isEqualTo(r.steps());
      assertThat(j.get("validation_examples").asInt()).isEqualTo(r.task().equals("sst2") ? 6 : 3);
    }
    String md = Files.readString(out.resolve("study.md"));
    for (String line : run.out().lines().filter(l -> l.startsWith("| sst2") || l.startsWith("| refcoco")).toList()) {
      assertThat(md).contains(line);
    }
    assertThat(md).contains("equal compute: 6 specialist steps in all", "100 x specialist / generalist");
  }

  @Test
  void planOnlyPrintsTheSplitWithoutTraining() {
    CliRun plan = CliRun.run("study", "--preset", preset.toString(), "--plan-only", "--specialist-steps", "9");
    assertThat(plan.exitCode()).as(plan.err()).isZero();
    assertThat(plan.out()).contains("each specialist trains 9 steps", "specialists 18 steps in all")
        .doesNotContain("step 1/");
  }

  @Test
  void badInputExitsTwoWithAMessage() {
    CliRun unknown = CliRun.run("study", "--preset", preset.toString(), "--tasks", "sst2,vqa");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("no task 'vqa' in preset 'tiny'; its tasks: sst2, refcoco")
        .doesNotContain("Exception");
    CliRun one = CliRun.run("study", "--preset", preset.toString(), "--tasks", "refcoco");
    assertThat(one.exitCode()).isEqualTo(2);
    assertThat(one.err()).contains("has 1 task (refcoco)", "at least two tasks");
    CliRun base = CliRun.run("study", "--preset", "base");
    assertThat(base.exitCode()).isEqualTo(2);
    assertThat(base.err()).contains("at least two tasks");
    CliRun zero = CliRun.run("study", "--preset", preset.toString(), "--specialist-steps", "0");
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err()).contains("--specialist-steps must be > 0, found 0");
    CliRun tooShort = CliRun.run("study", "--preset", preset.toString(), "--set", "trainer.steps=1");
    assertThat(tooShort.exitCode()).isEqualTo(2);
    assertThat(tooShort.err()).contains("received 0 micro-batch(es)", "--specialist-steps N");
    CliRun noPreset = CliRun.run("study");
    assertThat(noPreset.exitCode()).isEqualTo(2);
    assertThat(noPreset.err()).contains("--preset");
    CliRun badPreset = CliRun.run("study", "--preset", "no-such-preset");
    assertThat(badPreset.exitCode()).isEqualTo(2);
    assertThat(badPreset.err()).contains("no preset named 'no-such-preset'");
  }

  private List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    Matcher m = ROW.matcher(run.out());
    while (m.find()) {
      rows.add(new Row(m.group(1), m.group(2), m.group(3).equals("^"), Double.parseDouble(m.group(4)),
          Double.parseDouble(m.group(5)), m.group(6), Double.parseDouble(m.group(7)), Integer.parseInt(m.group(8))));
    }
    assertThat(rows).as(run.out()).hasSize(2);
    return rows;
  }

  /** Task -> how many steps of a run's {@code metrics.jsonl} trained it. */
  private static Map<String, Integer> trainRows(Path runDir) throws Exception {
    JsonMapper mapper = JsonMapper.builder().build();
    Map<String, Integer> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(runDir.resolve("metrics.jsonl"))) {
      JsonNode n = mapper.readTree(line);
      if (n.get("kind").asString().equals("train")) {
        out.merge(n.get("task").asString(), 1, Integer::sum);
      }
    }
    return out;
  }
}
