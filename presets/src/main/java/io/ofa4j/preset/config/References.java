package io.ofa4j.preset.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Substitutes {@code ${a.b}} references after inheritance and overrides. A scalar that is exactly
 * one reference takes the referenced value with its type (a number stays a number, a mapping is
 * copied); a reference inside a longer string is interpolated as text.
 */
final class References {
  private static final Pattern REF = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)}");

  private References() {}

  static YamlNode substitute(YamlNode root, Problems problems) {
    return walk(root, root, problems, new HashSet<>());
  }

  private static YamlNode walk(YamlNode node, YamlNode root, Problems problems, Set<String> active) {
    if (node instanceof YamlNode.MapNode m) {
      Map<String, YamlNode.Entry> out = new LinkedHashMap<>();
      for (YamlNode.Entry e : m.entries().values()) {
        out.put(e.key(), new YamlNode.Entry(e.key(), e.keyLocation(),
            walk(e.value(), root, problems, active)));
      }
      return new YamlNode.MapNode(out, m.location());
    }
    if (node instanceof YamlNode.ListNode l) {
      List<YamlNode> out = new ArrayList<>();
      for (YamlNode item : l.items()) {
        out.add(walk(item, root, problems, active));
      }
      return new YamlNode.ListNode(out, l.location());
    }
    YamlNode.Scalar s = (YamlNode.Scalar) node;
    if (s.isNull() || !s.text().contains("${")) {
      return s;
    }
    Matcher whole = REF.matcher(s.text());
    if (whole.matches()) {
      YamlNode target = lookup(root, whole.group(1), s, problems, active);
      return target == null ? s : relocated(target, s.location());
    }
    Matcher m = REF.matcher(s.text());
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      YamlNode target = lookup(root, m.group(1), s, problems, active);
      String text = target instanceof YamlNode.Scalar t && !t.isNull() ? t.text() : m.group();
      if (target != null && !(target instanceof YamlNode.Scalar)) {
        problems.add(s.location(), "reference ${" + m.group(1) + "} inside text must name a scalar, "
            + "found " + YamlNode.describe(target), null);
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(text));
    }
    m.appendTail(sb);
    return new YamlNode.Scalar(sb.toString(), true, s.location());
  }

  private static YamlNode lookup(YamlNode root, String path, YamlNode.Scalar at, Problems problems,
      Set<String> active) {
    if (!active.add(path)) {
      problems.add(at.location(), "reference cycle through ${" + path + "}", null);
      return null;
    }
    try {
      YamlNode cur = root;
      for (String part : path.split("\\.")) {
        cur = child(cur, part);
        if (cur == null) {
          problems.add(at.location(), "reference ${" + path + "} names no value in the preset", null);
          return null;
        }
      }
      return walk(cur, root, problems, active);
    } finally {
      active.remove(path);
    }
  }

  private static YamlNode child(YamlNode node, String part) {
    if (node instanceof YamlNode.MapNode m) {
      return m.get(part);
    }
    if (node instanceof YamlNode.ListNode l && part.matches("\\d+")) {
      int i = Integer.parseInt(part);
      return i < l.items().size() ? l.items().get(i) : null;
    }
    return null;
  }

  private static YamlNode relocated(YamlNode target, Location at) {
    if (target instanceof YamlNode.Scalar t) {
      return new YamlNode.Scalar(t.text(), t.quoted(), at);
    }
    return target;
  }
}
