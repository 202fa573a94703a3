package io.ofa4j.runtime.model;

import static java.util.Objects.requireNonNull;

import io.ofa4j.runtime.generate.CausalLanguageModel;
import io.ofa4j.runtime.kernel.Bf16Kernels;
import io.ofa4j.runtime.kernel.ParallelRunner;
import io.ofa4j.runtime.weights.ParameterStore;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The Qwen2 causal language model ({@code Qwen2ForCausalLM}) evaluated eagerly on the CPU over
 * the weights of a {@link ParameterStore}, which it reads in place on every call (no copy), so
 * the SameDiff trainer's in-place updates are visible to the next forward or decoding session.
 *
 * <p>Two entry points share one implementation ({@link Qwen2Forward}): {@link #forward} for a
 * padded batch (training-style logits at every position) and {@link #startSession} for
 * incremental decoding with a KV cache ({@link io.ofa4j.runtime.generate.DecoderSession}).
 * Tied embeddings ({@code tie_word_embeddings}) reuse {@code model.embed_tokens.weight} as the
 * LM head.
 *
 * <p>Matrix products run on {@code threads} threads with Vector API kernels (see
 * {@link io.ofa4j.runtime.kernel}); close the model to stop them.
 */
public final class Qwen2Model implements CausalLanguageModel, AutoCloseable {
  /** Threads used when none are given: 2, the cores of the machines this was measured on. */
  public static final int DEFAULT_THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

  private final Qwen2Config config;
  private final ParameterStore parameters;
  private final ParallelRunner runner;
  private final Qwen2Forward forward;
  private final String[] weightKeys;
  private final INDArray[] viewedArrays;
  private Qwen2Weights views;

  /** A model over {@code parameters} using {@link #DEFAULT_THREADS} threads. */
  public Qwen2Model(Qwen2Config config, ParameterStore parameters) {
    this(config, parameters, DEFAULT_THREADS);
  }

  /**
   * A model over {@code parameters}; the weights are checked (names, shapes, FLOAT dtype) now and
   * resolved again on every call.
   */
  public Qwen2Model(Qwen2Config config, ParameterStore parameters, int threads) {
    this.config = requireNonNull(config, "config is null");
    this.parameters = requireNonNull(parameters, "parameters is null");
    Qwen2RotaryEmbedding.scalingFactor(config.ropeScaling()); // reject unsupported types early
    this.weightKeys = Qwen2WeightNames.expected(config).keySet().toArray(new String[0]);
    this.viewedArrays = new INDArray[weightKeys.length];
    this.views = weights();
    this.runner = new ParallelRunner(threads);
    this.forward = new Qwen2Forward(config, runner);
  }

  /** The configuration. */
  public Qwen2Config config() {
    return config;
  }

  /** The shared weights. */
  public ParameterStore parameters() {
    return parameters;
  }

  @Override
  public int vocabSize() {
    return config.vocabSize();
  }

  @Override
  public Qwen2Session startSession(int batch, int maxLength) {
    if (batch < 1) {
      throw new IllegalArgumentException("batch (" + batch + ") must be >= 1");
    }
    if (maxLength < 1 || maxLength > config.maxPositionEmbeddings()) {
      throw new IllegalArgumentException("maxLength (" + maxLength + ") must be in [1, "
          + "max_position_embeddings (" + config.maxPositionEmbeddings() + ")]");
    }
    return new Qwen2Session(this, new KvCache(config.numHiddenLayers(), batch, maxLength,
        config.numKeyValueHeads(), config.headDim()));
  }

  /**
   * A batched forward pass: logits and final hidden states at every position of every row.
   * Padding tokens (mask 0) are skipped entirely and get zeros.
   */
  public Qwen2Output forward(Qwen2Input input) {
    requireNonNull(input, "input is null");
    int b = input.batch();
    int t = input.length();
    int h = config.hiddenSize();
    int n = 0;
    int longest = 1;
    for (int r = 0; r < b; r++) {
      int real = 0;
      for (int c = 0; c < t; c++) {
        real += input.isReal(r, c) ? 1 : 0;
      }
      n += real;
      longest = Math.max(longest, real);
    }
    int[] rows = new int[n];
    int[] positions = new int[n];
    int[] flat = new int[n]; // index r * T + c of each real token
    float[] x = new float[n * h]; // [N, H]
    float[] embeds = input.inputsEmbeds() == null ? null : embedsOf(input.inputsEmbeds());
    Qwen2Weights w = weights();
    int i = 0;
    for (int r = 0; r < b; r++) {
      int seen = 0;
      for (int c = 0; c < t; c++) {
        if (!input.isReal(r, c)) {
          continue;
        }
        rows[i] = r;
        positions[i] = input.positionIds() != null ? input.positionIds()[r][c] : seen;
        flat[i] = r * t + c;
        if (embeds != null) {
          System.arraycopy(embeds, (r * t + c) * h, x, i * h, h);
        } else {
          embed(w, input.inputIds()[r][c], "inputIds[" + r + "][" + c + "]", x, i * h);
        }
        seen++;
        i++;
      }
    }
    KvCache cache = new KvCache(config.numHiddenLayers(), Math.max(b, 1), longest,
        config.numKeyValueHeads(), config.headDim());
    int[] all = new int[n];
    for (int k = 0; k < n; k++) {
      all[k] = k;
    }
    float[] logits = forward.run(w, x, rows, positions, cache, all, null, null);
    int v = config.vocabSize();
    float[] hiddenOut = new float[b * t * h];
    float[] logitsOut = new float[b * t * v];
    for (int k = 0; k < n; k++) {
      System.arraycopy(x, k * h, hiddenOut, flat[k] * h, h);
      System.arraycopy(logits, k * v, logitsOut, flat[k] * v, v);
    }
    return new Qwen2Output(Nd4j.create(hiddenOut, new long[] {b, t, h}, DataType.FLOAT),
        Nd4j.create(logitsOut, new long[] {b, t, v}, DataType.FLOAT));
  }

  /** Runs the decoder for a session step (see {@link Qwen2Forward#run}). */
  float[] run(float[] x, int[] rows, int[] positions, KvCache cache, int[] logitRows,
      float[] logitsOut) {
    return forward.run(weights(), x, rows, positions, cache, logitRows, logitsOut, null);
  }

  /** M-RoPE addition: a session step with {@code [N][3]} positions (see {@link Qwen2Forward#run}). */
  float[] run(float[] x, int[] rows, int[][] mrope, KvCache cache, int[] logitRows, float[] logitsOut) {
    return forward.run(weights(), x, rows, null, cache, logitRows, logitsOut, mrope);
  }

  /** Weight views, re-resolved when an array in the store was replaced since the last call. */
  private synchronized Qwen2Weights weights() {
    views = Qwen2Weights.refresh(views, weightKeys, viewedArrays, config, parameters);
    return views;
  }

  /** Copies the embedding row of token {@code id} into {@code dst[off, off + H)}. */
  void embed(int id, String where, float[] dst, int off) {
    embed(weights(), id, where, dst, off);
  }

  private void embed(Qwen2Weights w, int id, String where, float[] dst, int off) {
    if (id < 0 || id >= config.vocabSize()) {
      throw new IllegalArgumentException(where + " (" + id + ") is not a token id in [0, "
          + config.vocabSize() + ")");
    }
    int h = config.hiddenSize();
    if (w.bf16()) {
      Bf16Kernels.widen(w.embedTokens(), id * (long) h, h, dst, off);
      return;
    }
    FloatBuffer table = w.embedTokens().asFloatBuffer();
    table.get(id * h, dst, off, h);
  }

  private float[] embedsOf(INDArray embeds) {
    if (embeds.size(2) != config.hiddenSize()) {
      throw new IllegalArgumentException("inputsEmbeds has hidden size " + embeds.size(2)
          + ", expected hidden_size " + config.hiddenSize());
    }
    return embeds.castTo(DataType.FLOAT).dup('c').data().asFloat();
  }

  @Override
  public void close() {
    runner.close();
  }
}
