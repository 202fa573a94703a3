package io.ofa4j.modality.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.modality.SharedData;
import io.ofa4j.modality.pipeline.vocab.BundledTokenizer;
import io.ofa4j.modality.pipeline.vocab.EmbeddingExtender;
import io.ofa4j.modality.pipeline.vocab.ModalityTokens;
import io.ofa4j.modality.pipeline.vocab.TokenizerExtender;
import io.ofa4j.runtime.tokenizer.Qwen2Tokenizer;
import io.ofa4j.runtime.weights.ParameterStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class VocabularyExtensionTest {
  @TempDir Path dir;

  @Test
  void bundledTokenizerGainsContiguousBinsAndKeepsItsOwnIds() {
    Qwen2Tokenizer golden = Qwen2Tokenizer.load(SharedData.golden("qwen2-tiny"));
    Qwen2Tokenizer t = BundledTokenizer.write(dir.resolve("tok"), 1000);
    int first = t.vocabulary().id("<bin_0>").orElseThrow();
    assertThat(t.vocabulary().id("<bin_999>").orElseThrow()).isEqualTo(first + 999);
    assertThat(t.vocabulary().id("<|im_end|>").orElseThrow()).isEqualTo(4258);
    String text = "a photo of two red circles, 3 cats!";
    assertThat(t.encode(text)).containsExactly(golden.encode(text));
    assertThat(t.encode("x<|image_pad|><bin_17>y")).hasSize(4)
        .contains(t.vocabulary().id(ModalityTokens.IMAGE_PAD).orElseThrow(), first + 17);
    assertThat(t.decode(new int[] {first + 5}, false)).isEqualTo("<bin_5>");
  }

  @Test
  void hubCheckpointGrowsToCoverEveryKitToken() {
    Path golden = SharedData.golden("qwen2-tiny");
    io.ofa4j.runtime.model.Qwen2Checkpoint ckpt = io.ofa4j.runtime.model.Qwen2Checkpoint.load(golden);
    INDArray before = ckpt.parameters().get("model.embed_tokens.weight").dup(); // [4288, 64]
    io.ofa4j.modality.pipeline.vocab.HubVocabulary.Result r = io.ofa4j.modality.pipeline.vocab.HubVocabulary
        .extend(golden, dir.resolve("hub"), ckpt.parameters(), ckpt.config(), 1000);
    int bin999 = r.tokenizer().vocabulary().id(ModalityTokens.bin(999)).orElseThrow();
    assertThat(r.config().vocabSize()).isEqualTo(bin999 + 1);
    assertThat(r.added()).isEqualTo(bin999 + 1 - 4259);
    assertThat(ckpt.parameters().get("lm_head.weight").size(0)).isEqualTo(bin999 + 1);
    assertThat(ckpt.parameters().get("model.embed_tokens.weight")
        .get(NDArrayIndex.interval(0, 4288), NDArrayIndex.all())).isEqualTo(before);
    // the eager model runs on the new ids
    try (io.ofa4j.runtime.model.Qwen2Model m = new io.ofa4j.runtime.model.Qwen2Model(r.config(), ckpt.parameters(), 1);
        var s = m.startSession(1, 8)) {
      float[] logits = s.append(new int[][] {{bin999, r.tokenizer().vocabulary().id(ModalityTokens.IMAGE_PAD).orElseThrow()}})[0];
      assertThat(logits).hasSize(bin999 + 1);
    }
  }

  @Test
  void hubCheckpointReusesPresentTokensAndAppendsMeanRows() {
    Path golden = SharedData.golden("qwen2-tiny");
    TokenizerExtender.Extension once = TokenizerExtender.extend(golden, dir.resolve("a"),
        List.of("<|im_start|>", ModalityTokens.VISION_START, ModalityTokens.bin(0), ModalityTokens.bin(1)));
    assertThat(once.added()).isEqualTo(3);
    assertThat(once.ids().get("<|im_start|>")).isEqualTo(4257); // reused
    assertThat(once.ids().get(ModalityTokens.VISION_START)).isEqualTo(4259);
    TokenizerExtender.Extension again = TokenizerExtender.extend(dir.resolve("a"), dir.resolve("b"),
        List.of(ModalityTokens.VISION_START, ModalityTokens.bin(1)));
    assertThat(again.added()).isZero();
    assertThat(again.ids().get(ModalityTokens.bin(1))).isEqualTo(4261);

    ParameterStore store = new ParameterStore();
    INDArray embed = Nd4j.rand(DataType.FLOAT, 10, 4);
    INDArray head = Nd4j.rand(DataType.FLOAT, 10, 4);
    store.put("model.embed_tokens.weight", embed.dup());
    store.put("lm_head.weight", head.dup());
    assertThat(EmbeddingExtender.extend(store, 8)).isEqualTo(10); // padding rows suffice
    assertThat(EmbeddingExtender.extend(store, 13)).isEqualTo(13);
    INDArray grown = store.get("model.embed_tokens.weight");
    assertThat(grown.shape()).containsExactly(13, 4);
    assertThat(grown.get(NDArrayIndex.interval(0, 10), NDArrayIndex.all())).isEqualTo(embed);
    assertThat(grown.getRow(12).sub(embed.mean(0)).norm2Number().doubleValue()).isLessThan(1e-6);
    assertThat(store.get("lm_head.weight").getRow(11).sub(head.mean(0)).norm2Number().doubleValue()).isLessThan(1e-6);
  }
}
