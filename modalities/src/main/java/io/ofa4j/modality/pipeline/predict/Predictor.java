package io.ofa4j.modality.pipeline.predict;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.pipeline.RawExample;
import io.ofa4j.modality.pipeline.encode.AdapterSpan;
import io.ofa4j.modality.pipeline.encode.EncodedExample;
import io.ofa4j.modality.pipeline.encode.SequenceBuilder;
import io.ofa4j.modality.pipeline.kit.BoxKit;
import io.ofa4j.modality.pipeline.kit.KitContext;
import io.ofa4j.modality.pipeline.kit.KitRegistry;
import io.ofa4j.modality.pipeline.kit.SlotEncoding;
import io.ofa4j.planner.plan.GeneratorPlan;
import io.ofa4j.planner.plan.SlotPlan;
import io.ofa4j.planner.plan.TaskPlan;
import io.ofa4j.runtime.generate.DecodingConstraint;
import io.ofa4j.runtime.generate.GenerationConfig;
import io.ofa4j.runtime.generate.GenerationRequest;
import io.ofa4j.runtime.generate.GenerationResult;
import io.ofa4j.runtime.generate.Generator;
import io.ofa4j.runtime.generate.TokenRange;
import io.ofa4j.runtime.generate.TokenRangeConstraint;
import io.ofa4j.runtime.generate.TokenTrieConstraint;
import io.ofa4j.runtime.model.Qwen2Model;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Predicts a plan's target for an example without one: the prompt (forced prefix included) with
 * adapter spans embedded, then greedy or beam-search decoding ({@link PredictOptions#numBeams()})
 * under the generator's constraint, which every beam obeys: FREE_TEXT up to
 * {@code <|im_end|>}; CLOSED_SET through a trie over the labels; LOCATION_TOKENS exactly four
 * {@code <bin_i>}; REPEATED box + label items until the end token. The output goes through the
 * target kit's decoder (text, a box in original-image pixels, a list of {@link DetectedObject}).
 * REPEATED targets decode greedily item by item whatever the beam count.
 */
public final class Predictor {
  private static final String END = "<|im_end|>";

  private final Qwen2Model model;
  private final KitRegistry kits;
  private final SequenceBuilder builder;

  /**
   * @param model the eager decoder over the shared store
   * @param kits the kits (their adapters embed the prompt's spans)
   * @param builder lays out prompts; its context should have {@code training = false}
   */
  public Predictor(Qwen2Model model, KitRegistry kits, SequenceBuilder builder) {
    this.model = requireNonNull(model, "model is null");
    this.kits = requireNonNull(kits, "kits is null");
    this.builder = requireNonNull(builder, "builder is null");
  }

  /** Predicts the target of {@code example} under {@code plan}. */
  public Prediction predict(TaskPlan plan, RawExample example, PredictOptions options) {
    requireNonNull(options, "options is null");
    EncodedExample prompt = builder.prompt(plan, example);
    SpanPromptModel lm = new SpanPromptModel(model, embeddings(prompt), mrope(prompt));
    GeneratorPlan gen = plan.generator();
    KitContext ctx = builder.context();
    int end = ctx.id(END);
    return switch (gen.kind()) {
      case FREE_TEXT -> {
        SlotPlan slot = plan.slots().get(gen.slots().get(0));
        int max = Math.min(options.maxNewTokens(), maxLength(slot));
        int[] ids = generate(lm, prompt, max, end, DecodingConstraint.NONE, options, options.noRepeatNgramSize());
        yield new Prediction(kits.kit(slot.modality()).decode(slot, ids, ctx, prompt.state()), ids, text(ids));
      }
      case CLOSED_SET -> closedSet(plan, gen, prompt, lm, options, end);
      case LOCATION_TOKENS -> {
        SlotPlan slot = plan.slots().get(gen.slots().get(0));
        TokenRange bins = bins(ctx);
        int[] ids = generate(lm, prompt, BoxKit.TOKENS + 1, end, TokenRangeConstraint.repeat(BoxKit.TOKENS, bins),
            options, 0);
        yield new Prediction(kits.kit(slot.modality()).decode(slot, ids, ctx, prompt.state()), ids, text(ids));
      }
      case REPEATED -> new RepeatedDecoder(lm, ctx, bins(ctx), end, kits).decode(plan, gen, prompt, options);
      default -> throw new UnsupportedOperationException("generator " + gen.kind() + " of template "
          + plan.template() + " is not supported by the predictor" + (gen.note() == null ? "" : ": " + gen.note()));
    };
  }

  private Prediction closedSet(TaskPlan plan, GeneratorPlan gen, EncodedExample prompt, SpanPromptModel lm,
      PredictOptions options, int end) {
    SlotPlan slot = plan.slots().get(gen.slots().get(0));
    if (options.labels().isEmpty()) {
      throw new IllegalArgumentException("CLOSED_SET slot '" + slot.name() + "' needs the label set "
          + "(PredictOptions.withLabels)");
    }
    KitContext ctx = builder.context();
    List<int[]> seqs = new ArrayList<>();
    for (String label : options.labels()) {
      // the same token form the label had in training (spacing after target text included)
      SlotEncoding enc = kits.kit(slot.modality()).encode(slot, label, ctx, prompt.state());
      seqs.add(((SlotEncoding.Tokens) enc).ids());
    }
    int longest = seqs.stream().mapToInt(s -> s.length).max().orElseThrow();
    int[] ids = generate(lm, prompt, longest + 1, end, new TokenTrieConstraint(seqs), options, 0);
    for (int i = 0; i < seqs.size(); i++) {
      if (Arrays.equals(seqs.get(i), ids)) {
        return new Prediction(options.labels().get(i), ids, text(ids));
      }
    }
    throw new IllegalStateException("closed-set decoding produced " + Arrays.toString(ids)
        + ", which is no label of " + options.labels());
  }

  private int[] generate(SpanPromptModel lm, EncodedExample prompt, int maxNew, int end,
      DecodingConstraint constraint, PredictOptions options, int noRepeatNgramSize) {
    GenerationConfig config = GenerationConfig.builder().optMaxNewTokens(maxNew)
        .optEosTokenIds(List.of(end)).optPadTokenId(end).optNumBeams(options.numBeams())
        .optLengthPenalty(options.lengthPenalty()).optNoRepeatNgramSize(noRepeatNgramSize).build();
    GenerationRequest request = GenerationRequest.builder(List.of(prompt.ids()), config)
        .optConstraint(constraint).build();
    GenerationResult r = new Generator(lm).generate(request).get(0);
    int[] ids = r.tokenIds();
    int n = ids.length;
    while (n > 0 && ids[n - 1] == end) {
      n--;
    }
    return Arrays.copyOf(ids, n);
  }

  /** Prompt embeddings {@code [T, H]}: token rows with adapter spans spliced in. */
  private float[][] embeddings(EncodedExample prompt) {
    INDArray table = model.parameters().get("model.embed_tokens.weight"); // [V, H]
    int h = (int) table.size(1);
    float[][] out = new float[prompt.length()][];
    for (int t = 0; t < prompt.length(); t++) {
      out[t] = table.getRow(prompt.ids()[t]).toFloatVector();
    }
    for (AdapterSpan s : prompt.spans()) {
      INDArray e = kits.adapter(s.features().adapter()).forward(s.features(), model.parameters()); // [L, H]
      for (int j = 0; j < s.length(); j++) {
        out[s.offset() + j] = e.getRow(j).toFloatVector();
      }
    }
    if (h != model.config().hiddenSize()) {
      throw new IllegalStateException("embedding width " + h + " differs from hidden_size " + model.config().hiddenSize());
    }
    return out;
  }

  /** {@code [T][3]} M-RoPE positions when the prompt holds a vision span and the config has sections. */
  private int[][] mrope(EncodedExample prompt) {
    if (prompt.mrope() == null || !model.config().ropeScaling().containsKey("mrope_section")) {
      return null;
    }
    int[][] out = new int[prompt.length()][3];
    for (int t = 0; t < prompt.length(); t++) {
      for (int a = 0; a < 3; a++) {
        out[t][a] = Math.toIntExact(prompt.mrope()[a][t]);
      }
    }
    return out;
  }

  private String text(int[] ids) {
    return builder.context().tokenizer().decode(ids, false);
  }

  private static TokenRange bins(KitContext ctx) {
    return new TokenRange(ctx.locations().id(0), ctx.locations().id(ctx.locations().numBins() - 1));
  }

  private static int maxLength(SlotPlan slot) {
    return slot.attributes().has("max_length") ? (int) Math.max(1, slot.attributes().integer("max_length"))
        : Integer.MAX_VALUE;
  }
}
