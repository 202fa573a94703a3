package io.ofa4j.preset.config;

import io.ofa4j.instruction.Suggestions;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Binds a {@link YamlNode} to a config record: YAML keys are the record components in snake_case;
 * a missing key takes the value of the record's {@code static T defaults()} (a key is required
 * when the record has none); unknown keys, wrong types and values the record's compact
 * constructor rejects are all reported with file:line:column, never only the first.
 *
 * <p>Supported component types: {@code String}, {@code int}, {@code long}, {@code double},
 * {@code boolean} (and boxes), enums (written in lower case), {@link Path}, {@link Located},
 * {@code List<T>}, {@code Map<String, T>}, nested records, and {@link YamlNode} (raw).
 */
public final class RecordBinder {
  private final Problems problems;

  /** A binder reporting into {@code problems}. */
  public RecordBinder(Problems problems) {
    this.problems = problems;
  }

  /** Binds {@code node} (at {@code path}, e.g. {@code trainer}) to {@code type}; null on failure. */
  public <T> T bind(YamlNode node, Class<T> type, String path) {
    return type.cast(convert(node, type, path));
  }

  private Object convert(YamlNode node, Type type, String path) {
    if (type instanceof ParameterizedType pt) {
      Class<?> raw = (Class<?>) pt.getRawType();
      Type arg = pt.getActualTypeArguments()[pt.getActualTypeArguments().length - 1];
      if (List.class.isAssignableFrom(raw)) {
        return list(node, arg, path);
      }
      if (Map.class.isAssignableFrom(raw)) {
        return map(node, arg, path);
      }
    }
    Class<?> c = (Class<?>) type;
    if (c == YamlNode.class) {
      return node;
    }
    if (c.isRecord() && c != Located.class) {
      return record(node, c, path);
    }
    if (!(node instanceof YamlNode.Scalar s)) {
      return wrongType(node, path, Scalars.typeName(c));
    }
    Object value = Scalars.parse(s, c);
    if (value == Scalars.INVALID) {
      return wrongType(node, path, Scalars.typeName(c));
    }
    return value;
  }

  private Object wrongType(YamlNode node, String path, String expected) {
    problems.add(node.location(), "'" + path + "' expects " + expected + ", found "
        + YamlNode.describe(node), null);
    return null;
  }

  private List<Object> list(YamlNode node, Type element, String path) {
    if (!(node instanceof YamlNode.ListNode l)) {
      wrongType(node, path, "a list");
      return null;
    }
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < l.items().size(); i++) {
      out.add(convert(l.items().get(i), element, path + "[" + i + "]"));
    }
    return out.contains(null) ? null : List.copyOf(out);
  }

  private Map<String, Object> map(YamlNode node, Type value, String path) {
    if (!(node instanceof YamlNode.MapNode m)) {
      wrongType(node, path, "a mapping");
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    boolean ok = true;
    for (YamlNode.Entry e : m.entries().values()) {
      Object v = convert(e.value(), value, path + "." + e.key());
      ok &= v != null;
      out.put(e.key(), v);
    }
    return ok ? out : null;
  }

  private Object record(YamlNode node, Class<?> type, String path) {
    Object defaults = defaults(type);
    if (node instanceof YamlNode.Scalar s && s.isNull() && defaults != null) {
      return defaults;
    }
    if (!(node instanceof YamlNode.MapNode m)) {
      return wrongType(node, path, "a mapping");
    }
    RecordComponent[] components = type.getRecordComponents();
    Map<String, RecordComponent> byKey = new LinkedHashMap<>();
    for (RecordComponent rc : components) {
      byKey.put(snake(rc.getName()), rc);
    }
    reportUnknownKeys(m, byKey.keySet(), path);
    Object[] args = new Object[components.length];
    boolean ok = true;
    for (int i = 0; i < components.length; i++) {
      String key = snake(components[i].getName());
      YamlNode value = m.get(key);
      String sub = path.isEmpty() ? key : path + "." + key;
      if (value == null || (value instanceof YamlNode.Scalar s && s.isNull() && defaults != null)) {
        if (defaults == null) {
          problems.add(m.location(), "'" + path + "' is missing required key '" + key + "'", null);
          ok = false;
          continue;
        }
        args[i] = accessor(components[i], defaults);
      } else {
        args[i] = convert(value, components[i].getGenericType(), sub);
        ok &= args[i] != null || isNullable(components[i]);
      }
    }
    return ok ? construct(type, components, args, m, path) : null;
  }

  private void reportUnknownKeys(YamlNode.MapNode m, Set<String> known, String path) {
    for (YamlNode.Entry e : m.entries().values()) {
      if (!known.contains(e.key())) {
        String where = path.isEmpty() ? "the preset" : "'" + path + "'";
        String help = Suggestions.didYouMean(e.key(), known)
            .orElse("known keys: " + known.stream().sorted().collect(Collectors.joining(", ")));
        problems.add(e.keyLocation(), "unknown key '" + e.key() + "' in " + where, help);
      }
    }
  }

  private Object construct(Class<?> type, RecordComponent[] comps, Object[] args,
      YamlNode.MapNode at, String path) {
    try {
      Class<?>[] types = new Class<?>[comps.length];
      for (int i = 0; i < comps.length; i++) {
        types[i] = comps[i].getType();
      }
      Constructor<?> ctor = type.getDeclaredConstructor(types);
      return ctor.newInstance(args);
    } catch (InvocationTargetException e) {
      String msg = e.getCause() == null ? e.toString() : e.getCause().getMessage();
      problems.add(at.location(), (path.isEmpty() ? "preset" : "'" + path + "'") + ": " + msg, null);
      return null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build config record " + type.getName(), e);
    }
  }

  private static boolean isNullable(RecordComponent rc) {
    return rc.isAnnotationPresent(Nullable.class);
  }

  private static Object defaults(Class<?> type) {
    try {
      Method m = type.getDeclaredMethod("defaults");
      return m.invoke(null);
    } catch (NoSuchMethodException e) {
      return null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("defaults() of " + type.getName() + " failed", e);
    }
  }

  private static Object accessor(RecordComponent rc, Object instance) {
    try {
      return rc.getAccessor().invoke(instance);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + rc.getName(), e);
    }
  }

  /** {@code hiddenSize} -> {@code hidden_size}. */
  static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}
