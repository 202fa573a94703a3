package io.ofa4j.modality.pipeline.kit;

import io.ofa4j.planner.spi.ModalityName;
import io.ofa4j.modality.text.TextNormalizer;
import io.ofa4j.modality.text.TextOptions;
import io.ofa4j.modality.text.TextTokenProcessor;
import io.ofa4j.modality.pipeline.vocab.ModalityTokens;
import io.ofa4j.planner.plan.SlotPlan;
import io.ofa4j.planner.spi.Side;

/**
 * TEXT: normalisation ({@code uncased}, {@code no_punctuation}), BPE tokens, truncation to {@code
 * max_length} and, for source slots at train time, OFA's span masking and token noise.
 */
@ModalityName("TEXT")
public final class TextKit implements ModalityKit {
  @Override
  public String modality() {
    return "TEXT";
  }

  @Override
  public SlotEncoding encode(SlotPlan slot, Object value, KitContext ctx, ExampleState state) {
    TextOptions options = TextOptions.fromAttributes(SlotValues.attributes(slot, TextOptions.ATTRIBUTES));
    String text = TextNormalizer.normalize(SlotValues.text(value), options.uncased(), options.noPunctuation());
    int[] ids = ctx.encode(state.spaced(text));
    if (ids.length == 0) {
      throw new IllegalArgumentException("text is empty after normalisation: '" + value + "'");
    }
    int vocab = ctx.locations().baseVocabSize(); // noise draws from ordinary tokens only
    TextTokenProcessor processor = new TextTokenProcessor(ctx.id(ModalityTokens.MASK), vocab);
    // Targets keep clean labels; only the source side is corrupted (OFA's denoising input).
    boolean augment = ctx.training() && slot.side() == Side.SOURCE;
    TextTokenProcessor.Result r = processor.process(ids, options, augment, ctx.seed() ^ slot.index());
    return new SlotEncoding.Tokens(slot.side() == Side.SOURCE ? r.inputs() : r.raw());
  }
}
