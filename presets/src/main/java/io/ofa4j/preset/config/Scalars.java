package io.ofa4j.preset.config;

import java.nio.file.Path;
import java.util.Locale;

/** Typed reading of YAML scalars for the {@link RecordBinder}. */
final class Scalars {
  /** Marker for a scalar that does not fit the requested type. */
  static final Object INVALID = new Object();

  private Scalars() {}

  static Object parse(YamlNode.Scalar s, Class<?> c) {
    if (s.isNull()) {
      return null;
    }
    String t = s.text().trim();
    try {
      if (c == String.class) {
        return s.text();
      }
      if (c == Located.class) {
        return new Located(s.text(), s.location(), s.quoted());
      }
      if (c == Path.class) {
        return Path.of(t);
      }
      if (c == int.class || c == Integer.class) {
        return s.quoted() ? INVALID : Integer.valueOf(t);
      }
      if (c == long.class || c == Long.class) {
        return s.quoted() ? INVALID : Long.valueOf(t);
      }
      if (c == double.class || c == Double.class) {
        return s.quoted() ? INVALID : Double.valueOf(t);
      }
      if (c == boolean.class || c == Boolean.class) {
        if (!s.quoted() && (t.equals("true") || t.equals("false"))) {
          return Boolean.valueOf(t);
        }
        return INVALID;
      }
      if (c.isEnum()) {
        for (Object constant : c.getEnumConstants()) {
          if (((Enum<?>) constant).name().equalsIgnoreCase(t.replace('-', '_'))) {
            return constant;
          }
        }
        return INVALID;
      }
    } catch (IllegalArgumentException e) {
      return INVALID;
    }
    throw new IllegalStateException("unsupported config type " + c.getName());
  }

  static String typeName(Class<?> c) {
    if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
      return "an integer";
    }
    if (c == double.class || c == Double.class) {
      return "a number";
    }
    if (c == boolean.class || c == Boolean.class) {
      return "true or false";
    }
    if (c.isEnum()) {
      StringBuilder sb = new StringBuilder("one of ");
      Object[] constants = c.getEnumConstants();
      for (int i = 0; i < constants.length; i++) {
        sb.append(i == 0 ? "" : ", ").append(((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT));
      }
      return sb.toString();
    }
    return "a string";
  }
}
