package io.ofa4j.runtime.weights;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The one set of model weights, keyed by Hugging Face checkpoint key
 * ({@code model.layers.3.mlp.up_proj.weight}, {@code visual.blocks.0.attn.qkv.weight},
 * {@code adapters.audio.conv1.weight}). The eager generator and the SameDiff trainer both read
 * (and the optimizer updates in place) the same {@link INDArray} objects: nothing is copied, so a
 * training step is visible to the next generation call.
 *
 * <p>Arrays are stored in the checkpoint's layout (a Linear weight is {@code [out, in]}).
 */
public final class ParameterStore {
  private final Map<String, INDArray> arrays = new LinkedHashMap<>();

  /** Adds or replaces a parameter. */
  public void put(String key, INDArray array) {
    arrays.put(Objects.requireNonNull(key, "key is null"), Objects.requireNonNull(array, "array is null"));
  }

  /** The parameter stored under {@code key}; throws naming the key when it is missing. */
  public INDArray get(String key) {
    INDArray a = arrays.get(key);
    if (a == null) {
      throw new IllegalArgumentException("missing weight '" + key + "'");
    }
    return a;
  }

  /** Whether a parameter is stored under {@code key}. */
  public boolean contains(String key) {
    return arrays.containsKey(key);
  }

  /** Removes a parameter, returning it or {@code null}. */
  public INDArray remove(String key) {
    return arrays.remove(key);
  }

  /** Keys in insertion order. */
  public Set<String> keys() {
    return Collections.unmodifiableSet(arrays.keySet());
  }

  /** Keys matching a regular expression (e.g. {@code adapters\\..*} or {@code model\\.layers\\.0\\..*}). */
  public List<String> keysMatching(String regex) {
    Pattern p = Pattern.compile(regex);
    return arrays.keySet().stream().filter(k -> p.matcher(k).matches()).toList();
  }

  /** A read-only view of all parameters. */
  public Map<String, INDArray> asMap() {
    return Collections.unmodifiableMap(arrays);
  }

  /** Total number of scalar parameters. */
  public long parameterCount() {
    return arrays.values().stream().mapToLong(INDArray::length).sum();
  }
}
