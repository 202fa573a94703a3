package io.ofa4j.task.synthetic;

import io.ofa4j.task.data.Example;
import io.ofa4j.task.synthetic.speech.EspeakSynthesizer;
import io.ofa4j.task.synthetic.speech.Utterance;
import io.ofa4j.task.synthetic.speech.UtteranceGenerator;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;

/**
 * Spoken digits and command words ({@code speech_asr}): utterance {@code i} of {@link
 * UtteranceGenerator} (1..{@value #MAX_WORDS} words, three voices, four speeds) spoken by eSpeak NG
 * into {@code <cache>/NNNNNN.wav} (16 kHz mono 16-bit). Slots {@code wav}, {@code text}. Trivial
 * baseline: the most frequent training transcript, scored by word error rate.
 */
final class SpeechDataset implements SyntheticDataset {
  static final int MAX_WORDS = 3;
  private final EspeakSynthesizer synthesizer = new EspeakSynthesizer();

  @Override
  public String name() {
    return "speech_asr";
  }

  @Override
  public String description() {
    return "eSpeak NG digits and command words, 16 kHz WAV";
  }

  @Override
  public Example example(long index, SyntheticContext context) {
    Utterance u = new UtteranceGenerator(context.seed(), MAX_WORDS).utterance(index);
    var wav = context.media().file(String.format("%06d.wav", index),
        p -> EspeakSynthesizer.writeWav(synthesizer.speak(u), p));
    return new Example(Map.of("wav", wav, "text", u.text()), name() + "#" + index);
  }

  @Override
  public Baseline baseline(Supplier<List<Example>> train, List<Example> eval, SyntheticContext context) {
    return Baselines.constant(train, eval, "text", "most frequent transcript");
  }
}
