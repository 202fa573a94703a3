package io.ofa4j.task.metric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simplified version of the Spider exact-set-match representation of a SQL query (Yu et al.
 * 2018, {@code evaluation.py}): clauses compared as sets, literals ignored.
 *
 * <p>Simplifications, stated: no schema is used, so {@code T1.name} and {@code name} are the same
 * column (qualifiers dropped) and {@code AS} aliases are removed; string and number literals all
 * become {@code value} (Spider's default "without values"); {@code select}, {@code group by} and
 * {@code from} tables are sets; {@code where}/{@code having} conditions and join {@code on}
 * conditions are sets split on AND/OR (the connectors kept as a sorted list); {@code order by} is a
 * sequence with an explicit {@code asc}; a subquery is compared as its normalised text; {@code
 * union}/{@code intersect}/{@code except} compare both sides.
 */
final class SqlStructure {

  private static final Pattern TOKEN = Pattern.compile(
      "'(?:[^']|'')*'|\"[^\"]*\"|\\d+(?:\\.\\d+)?"
          + "|[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_*][A-Za-z0-9_]*)?"
          + "|>=|<=|!=|<>|[=<>(),*+\\-/;]|\\S");
  private static final Set<String> CLAUSES = Set.of("select", "from", "where", "group", "having", "order", "limit");
  private static final Set<String> SET_OPS = Set.of("union", "intersect", "except");

  private SqlStructure() {}

  /** The comparable structure of {@code sql}. */
  static Map<String, Object> of(String sql) {
    return structure(group(tokens(sql)));
  }

  static List<String> tokens(String sql) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(sql);
    while (m.find()) {
      String t = m.group();
      if (t.startsWith("'") || t.startsWith("\"") || Character.isDigit(t.charAt(0))) {
        out.add("value");
      } else if (!t.equals(";")) {
        String lower = t.toLowerCase(Locale.ROOT);
        int dot = lower.indexOf('.');
        out.add(dot > 0 ? lower.substring(dot + 1) : lower);
      }
    }
    return out;
  }

  /** Folds every parenthesised run into one token holding its normalised text. */
  private static List<String> group(List<String> tokens) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    StringBuilder inner = new StringBuilder();
    List<String> innerTokens = new ArrayList<>();
    for (String t : tokens) {
      if (t.equals("(")) {
        if (depth++ > 0) {
          innerTokens.add(t);
        }
      } else if (t.equals(")") && depth > 0) {
        if (--depth == 0) {
          inner.setLength(0);
          boolean subquery = !innerTokens.isEmpty() && innerTokens.get(0).equals("select");
          String text = String.join(" ", innerTokens);
          inner.append('(').append(subquery ? of(text).toString() : text).append(')');
          out.add(inner.toString());
          innerTokens.clear();
        } else {
          innerTokens.add(t);
        }
      } else if (depth > 0) {
        innerTokens.add(t);
      } else {
        out.add(t);
      }
    }
    out.addAll(innerTokens);
    return out;
  }

  private static Map<String, Object> structure(List<String> tokens) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (SET_OPS.contains(tokens.get(i))) {
        out.putAll(structure(tokens.subList(0, i)));
        out.put(tokens.get(i), structure(tokens.subList(i + 1, tokens.size())));
        return out;
      }
    }
    String clause = null;
    List<String> body = new ArrayList<>();
    for (String t : tokens) {
      if (CLAUSES.contains(t)) {
        if (clause != null) {
          put(out, clause, body);
        }
        clause = t;
        body = new ArrayList<>();
      } else if (!t.equals("by")) {
        body.add(t);
      }
    }
    if (clause != null) {
      put(out, clause, body);
    }
    return out;
  }

  private static void put(Map<String, Object> out, String clause, List<String> body) {
    switch (clause) {
      case "select", "group" -> out.put(clause, new HashSet<>(items(body)));
      case "where", "having" -> conditions(out, clause, body);
      case "from" -> from(out, body);
      case "order" -> {
        List<String> items = new ArrayList<>();
        for (String item : items(body)) {
          items.add(item.endsWith(" asc") || item.endsWith(" desc") ? item : item + " asc");
        }
        out.put(clause, items);
      }
      default -> out.put(clause, String.join(" ", body));
    }
  }

  private static List<String> items(List<String> body) {
    List<String> out = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    for (String t : body) {
      if (t.equals(",")) {
        out.add(String.join(" ", cur));
        cur = new ArrayList<>();
      } else if (!t.equals("as") || cur.isEmpty()) {
        cur.add(t);
      }
    }
    if (!cur.isEmpty()) {
      out.add(String.join(" ", cur));
    }
    return out;
  }

  private static void conditions(Map<String, Object> out, String clause, List<String> body) {
    Set<String> conds = new HashSet<>();
    List<String> connectors = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    for (String t : body) {
      if (t.equals("and") || t.equals("or")) {
        conds.add(String.join(" ", cur));
        connectors.add(t);
        cur = new ArrayList<>();
      } else {
        cur.add(t);
      }
    }
    conds.add(String.join(" ", cur));
    connectors.sort(null);
    out.put(clause, conds);
    out.put(clause + "_connectors", connectors);
  }

  private static void from(Map<String, Object> out, List<String> body) {
    Set<String> tables = new HashSet<>();
    Set<String> on = new HashSet<>();
    boolean inOn = false;
    boolean expectTable = true;
    List<String> cond = new ArrayList<>();
    for (String t : body) {
      if (t.equals("join") || t.equals(",")) {
        if (!cond.isEmpty()) {
          on.add(String.join(" ", cond));
          cond = new ArrayList<>();
        }
        inOn = false;
        expectTable = true;
      } else if (t.equals("on")) {
        inOn = true;
      } else if (inOn) {
        if (t.equals("and")) {
          on.add(String.join(" ", cond));
          cond = new ArrayList<>();
        } else {
          cond.add(t);
        }
      } else if (expectTable && !t.equals("inner") && !t.equals("left") && !t.equals("as")) {
        tables.add(t);
        expectTable = false;
      }
    }
    if (!cond.isEmpty()) {
      on.add(String.join(" ", cond));
    }
    out.put("from", tables);
    out.put("on", on);
  }
}
