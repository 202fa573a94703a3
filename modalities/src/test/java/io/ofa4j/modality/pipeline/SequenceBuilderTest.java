package io.ofa4j.modality.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ofa4j.modality.pipeline.encode.BatchEncoder;
import io.ofa4j.modality.pipeline.encode.EncodedExample;
import io.ofa4j.modality.pipeline.encode.ExampleEncodingException;
import io.ofa4j.modality.pipeline.encode.MultimodalBatch;
import io.ofa4j.modality.pipeline.vocab.ModalityTokens;
import io.ofa4j.planner.plan.TaskPlan;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

class SequenceBuilderTest {
  @TempDir static Path dir;
  static PipelineFixture fx;

  public record Obj(String label, double[] box) {}

  @BeforeAll
  static void setUp() {
    fx = new PipelineFixture(dir, DataType.FLOAT, 7);
  }

  private int id(String token) {
    return fx.ctx.id(token);
  }

  @Test
  void captionCarriesLossOnTargetAndClosingTokenOnly() {
    TaskPlan plan = PipelineFixture.plan("[IMAGE:img] what does the image describe? -> [TEXT:cap]");
    EncodedExample e = fx.builder.encode(plan, RawExample.of("t#1", "img", PipelineFixture.image(56, 56, 1),
        "cap", "a red circle"));
    int[] cap = fx.tokenizer.encode("a red circle");
    // loss positions predict exactly the caption tokens then <|im_end|>
    int[] predicted = java.util.stream.IntStream.range(0, e.length()).filter(i -> e.lossMask()[i] > 0)
        .map(i -> e.labels()[i]).toArray();
    int[] want = Arrays.copyOf(cap, cap.length + 1);
    want[cap.length] = id("<|im_end|>");
    assertThat(predicted).containsExactly(want);
    assertThat(e.spans()).hasSize(1);
    assertThat(e.spans().get(0).length()).isEqualTo(4); // 56x56 -> grid [1,4,4] -> 16 patches / 4
    int off = e.spans().get(0).offset();
    assertThat(e.ids()[off - 1]).isEqualTo(id(ModalityTokens.VISION_START));
    assertThat(e.ids()[off]).isEqualTo(id(ModalityTokens.IMAGE_PAD));
    assertThat(e.ids()[off + 4]).isEqualTo(id(ModalityTokens.VISION_END));
    assertThat(e.mrope()).isNotNull();
    assertThat(e.ids()[e.promptLength() - 1]).isNotEqualTo(cap[0]);
    assertThat(Arrays.copyOfRange(e.ids(), e.promptLength(), e.promptLength() + cap.length)).containsExactly(cap);
  }

  @Test
  void groundingTargetIsExactlyFourLocationTokens() {
    TaskPlan plan = PipelineFixture.plan(
        "[IMAGE:img] which region does the text \" [TEXT:cap] \" describe? -> [BOX:region]");
    EncodedExample e = fx.builder.encode(plan, RawExample.of("t#2", "img", PipelineFixture.image(112, 84, 2),
        "cap", "the dog", "region", new double[] {10, 20, 60, 80}));
    int[] labels = java.util.stream.IntStream.range(0, e.length()).filter(i -> e.lossMask()[i] > 0)
        .map(i -> e.labels()[i]).toArray();
    assertThat(labels).hasSize(5);
    for (int i = 0; i < 4; i++) {
      assertThat(fx.ctx.locations().isLocation(labels[i])).isTrue();
    }
    assertThat(labels[4]).isEqualTo(id("<|im_end|>"));
    // 1-D positions stay 0..T-1; M-RoPE differs inside the vision span
    assertThat(e.positions()[e.length() - 1]).isEqualTo(e.length() - 1);
  }

  @Test
  void detectionRepeatsBoxAndLabelPerItem() {
    TaskPlan plan = PipelineFixture.plan("[IMAGE:img] what are the objects in the image? -> ( [BOX] [TEXT])*");
    List<Obj> objs = List.of(new Obj("red circle", new double[] {0, 0, 20, 20}),
        new Obj("blue square", new double[] {30, 30, 50, 55}));
    EncodedExample e = fx.builder.encode(plan, RawExample.of("t#3", "img", PipelineFixture.image(56, 56, 3),
        "objects", objs));
    long locations = Arrays.stream(e.labels()).filter(fx.ctx.locations()::isLocation).count();
    assertThat(locations).isEqualTo(8);
    String decoded = fx.tokenizer.decode(Arrays.copyOfRange(e.ids(), e.promptLength(), e.length()), false);
    assertThat(decoded).contains("red circle").contains("blue square").endsWith("<|im_end|>");
  }

  @Test
  void sourceTextJoinsPiecesWithSingleSpaces() {
    TaskPlan plan = PipelineFixture.plan("[TEXT:s] sentiment? -> [TEXT:c,closed_set]");
    EncodedExample e = fx.builder.prompt(plan, RawExample.of("t#4", "s", "great movie"));
    String prompt = fx.tokenizer.decode(e.ids(), false);
    assertThat(prompt).isEqualTo("<|im_start|>user\ngreat movie sentiment?<|im_end|>\n<|im_start|>assistant\n");
    assertThat(e.promptLength()).isEqualTo(e.length());
  }

  @Test
  void malformedExamplesNameSlotOriginAndValue() {
    TaskPlan plan = PipelineFixture.plan(
        "[IMAGE:img] which region does the text \" [TEXT:cap] \" describe? -> [BOX:region]");
    RawExample missing = RawExample.of("data.jsonl:7", "img", PipelineFixture.image(56, 56, 1), "cap", "x");
    assertThatThrownBy(() -> fx.builder.encode(plan, missing))
        .isInstanceOf(ExampleEncodingException.class)
        .hasMessageContaining("data.jsonl:7").hasMessageContaining("'region'");
    RawExample badBox = RawExample.of("data.jsonl:8", "img", PipelineFixture.image(56, 56, 1), "cap", "x",
        "region", new double[] {10, 10, 500, 20});
    assertThatThrownBy(() -> fx.builder.encode(plan, badBox))
        .hasMessageContaining("data.jsonl:8").hasMessageContaining("'region'").hasMessageContaining("500");
    RawExample badImage = RawExample.of("data.jsonl:9", "img", dir.resolve("nope.png"), "cap", "x",
        "region", new double[] {1, 1, 2, 2});
    assertThatThrownBy(() -> fx.builder.encode(plan, badImage))
        .hasMessageContaining("data.jsonl:9").hasMessageContaining("'img'").hasMessageContaining("nope.png");
    RawExample good = RawExample.of("data.jsonl:10", "img", PipelineFixture.image(56, 56, 1), "cap", "x",
        "region", new double[] {1, 1, 20, 20});
    BatchEncoder lenient = new BatchEncoder(fx.builder, true);
    List<EncodedExample> out = lenient.encode(plan, List.of(missing, good, badBox, badImage));
    assertThat(out).hasSize(1);
    assertThat(out.get(0).origin()).isEqualTo("data.jsonl:10");
    assertThat(lenient.skipped()).isEqualTo(3);
    assertThatThrownBy(() -> new BatchEncoder(fx.builder, false).encode(plan, List.of(good, missing)))
        .isInstanceOf(ExampleEncodingException.class);
  }

  @Test
  void collatorPadsAndMasks() {
    TaskPlan plan = PipelineFixture.plan("[TEXT:s] translate -> [TEXT:t]");
    EncodedExample a = fx.builder.encode(plan, RawExample.of("a", "s", "hello", "t", "bonjour"));
    EncodedExample b = fx.builder.encode(plan, RawExample.of("b", "s", "a much longer sentence here", "t", "x"));
    MultimodalBatch batch = fx.collator.collate(List.of(a, b));
    int t = batch.tokens().seqLen();
    assertThat(t).isEqualTo(Math.max(a.length(), b.length()));
    EncodedExample shorter = a.length() < b.length() ? a : b;
    int row = shorter == a ? 0 : 1;
    for (int c = shorter.length(); c < t; c++) {
      assertThat(batch.tokens().attentionMask()[row][c]).isZero();
      assertThat(batch.tokens().lossMask()[row][c]).isZero();
      assertThat(batch.tokens().labels()[row][c]).isEqualTo(-100);
    }
    assertThat(batch.tokens().lossTokenCount()).isEqualTo(a.lossTokens() + b.lossTokens());
    assertThat(io.ofa4j.modality.pipeline.encode.Collator.buckets(List.of(a, b, a, b), 2, 1000))
        .allSatisfy(g -> assertThat(g).hasSize(2));
  }

  @Test
  void qwenVlTextFormForSourceBoxes() {
    io.ofa4j.modality.pipeline.kit.KitRegistry kits = io.ofa4j.modality.pipeline.kit.KitRegistry.of(List.of(
        new io.ofa4j.modality.pipeline.kit.TextKit(), new io.ofa4j.modality.pipeline.kit.BoxKit(true),
        fx.kits.kit("IMAGE")));
    var builder = new io.ofa4j.modality.pipeline.encode.SequenceBuilder(kits, fx.ctx);
    TaskPlan plan = PipelineFixture.plan("[IMAGE:img] describe the region [BOX:r] -> [TEXT:cap]");
    EncodedExample e = builder.encode(plan, RawExample.of("q#1", "img", PipelineFixture.image(200, 100, 1),
        "r", new double[] {20, 10, 100, 50}, "cap", "a dog"));
    assertThat(fx.tokenizer.decode(e.ids(), false)).contains("<|box_start|>(100,100),(500,500)<|box_end|>");
  }

  @Test
  void adapterOutputShapeIsCheckedWithBothShapes() {
    var bad = new io.ofa4j.modality.pipeline.kit.GraphAdapter("adapters.bad", 16) {
      @Override
      protected org.nd4j.autodiff.samediff.SDVariable build(org.nd4j.autodiff.samediff.SameDiff sd,
          io.ofa4j.modality.pipeline.kit.SpanFeatures f, io.ofa4j.runtime.weights.ParameterStore store) {
        var in = sd.placeHolder("x", DataType.FLOAT, f.values().size(0), f.values().size(1));
        return sd.mmul(in, sd.var("adapters.bad.w", store.get("adapters.bad.w")), false, true, false); // [T, 8]
      }

      @Override
      protected java.util.Map<String, org.nd4j.linalg.api.ndarray.INDArray> placeholders(
          io.ofa4j.modality.pipeline.kit.SpanFeatures f, DataType dtype) {
        return java.util.Map.of("x", f.values().castTo(dtype));
      }

      @Override
      public void initialize(io.ofa4j.runtime.weights.ParameterStore store, long seed) {
        store.put("adapters.bad.w", org.nd4j.linalg.factory.Nd4j.rand(DataType.FLOAT, 8, 5));
      }

      @Override
      public List<String> weightKeys() {
        return List.of("adapters.bad.w");
      }
    };
    var store = new io.ofa4j.runtime.weights.ParameterStore();
    bad.initialize(store, 1);
    var f = new io.ofa4j.modality.pipeline.kit.SpanFeatures("adapters.bad",
        org.nd4j.linalg.factory.Nd4j.rand(DataType.FLOAT, 3, 5), 3, null);
    assertThatThrownBy(() -> bad.forward(f, store)).hasMessageContaining("[3, 8]").hasMessageContaining("[3, 16]");
  }
}
