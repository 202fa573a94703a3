package io.ofa4j.planner.print;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON writer for maps, lists, strings, numbers, booleans and null (the planner stays
 * free of JSON libraries). Output is pretty-printed with two-space indents, keys in map order.
 */
public final class Json {

  private Json() {}

  /** {@code value} as pretty-printed JSON. */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, 0, true);
    return out.toString();
  }

  /** {@code value} as one line of JSON (JSON Lines output). */
  public static String writeCompact(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, 0, false);
    return out.toString();
  }

  private static void write(Object v, StringBuilder out, int indent, boolean pretty) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof String s) {
      quote(s, out);
    } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
      out.append(v);
    } else if (v instanceof BigDecimal d) {
      out.append(d.toPlainString());
    } else if (v instanceof Map<?, ?> m) {
      container(m.entrySet().iterator(), '{', '}', out, indent, pretty);
    } else if (v instanceof List<?> l) {
      container(l.iterator(), '[', ']', out, indent, pretty);
    } else {
      throw new IllegalArgumentException("cannot write " + v.getClass().getName() + " as JSON");
    }
  }

  private static void container(Iterator<?> it, char open, char close, StringBuilder out,
      int indent, boolean pretty) {
    out.append(open);
    if (!it.hasNext()) {
      out.append(close);
      return;
    }
    boolean first = true;
    while (it.hasNext()) {
      Object item = it.next();
      if (!first) {
        out.append(',');
      }
      first = false;
      if (pretty) {
        out.append('\n').append("  ".repeat(indent + 1));
      }
      if (item instanceof Map.Entry<?, ?> e) {
        quote(String.valueOf(e.getKey()), out);
        out.append(pretty ? ": " : ":");
        write(e.getValue(), out, indent + 1, pretty);
      } else {
        write(item, out, indent + 1, pretty);
      }
    }
    if (pretty) {
      out.append('\n').append("  ".repeat(indent));
    }
    out.append(close);
  }

  /** Appends {@code s} as a JSON string literal. */
  static void quote(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
