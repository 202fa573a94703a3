package io.ofa4j.task.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Raw slot values as plain JSON-ready values: strings and numbers stay, a {@code double[]} box
 * becomes a list of numbers, lists convert element-wise, and a {@code Path} becomes the string
 * {@code paths} gives it (e.g. a path relative to a written dataset).
 */
public final class SlotValues {
  private SlotValues() {}

  /** The plain form of {@code value}. */
  public static Object plain(Object value, Function<Path, String> paths) {
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Path p) {
      return paths.apply(p);
    }
    if (value instanceof double[] d) {
      List<Double> out = new ArrayList<>(d.length);
      for (double x : d) {
        out.add(x);
      }
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(v -> out.add(plain(v, paths)));
      return out;
    }
    throw new IllegalArgumentException("slot value of type " + value.getClass().getName()
        + " has no plain form: " + value);
  }
}
