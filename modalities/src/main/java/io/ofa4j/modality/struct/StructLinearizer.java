package io.ofa4j.modality.struct;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns structured data into the text OFASys feeds its encoder
 * ({@code ofasys/preprocessor/default/struct.py}):
 *
 * <ul>
 *   <li>table: cells cleaned like entity nodes, joined by {@value #COL_SEP} within a row, rows
 *       (header first) joined by {@value #ROW_SEP}; a named table becomes {@code [table name] N
 *       [table head] H [table content] ROWS} as OFASys's dictionary form;
 *   <li>triples: subject and object cleaned as nodes, the predicate as a relation (column types
 *       {@code c:k:c}), joined the same way;
 *   <li>database: the "peteshaw" serialisation {@code  | db_id | table : col , col ( v1 , v2 ) |
 *       table2 : ...} with values after the columns that have them.
 * </ul>
 *
 * <p>{@code uncased} lower-cases the text (for schemas only the names, as Spider's {@code normalize_query}). With a budget, whole trailing rows, triples or
 * tables are dropped until the text fits; if even the first part does not fit it is cut to the
 * budget (so the result never exceeds {@code maxLength}).
 */
public final class StructLinearizer {
  /** Row separator. */
  public static final String ROW_SEP = " | ";
  /** Column separator. */
  public static final String COL_SEP = " : ";

  private final StructOptions options;

  /** A linearizer with the given options. */
  public StructLinearizer(StructOptions options) {
    this.options = requireNonNull(options, "options is null");
  }

  /** Linearises a table. */
  public String table(Table table) {
    requireNonNull(table, "table is null");
    List<String> rows = new ArrayList<>();
    for (List<String> row : table.rows()) {
      rows.add(joinCells(row));
    }
    String head = joinCells(table.header());
    if (table.name().isEmpty()) {
      return fit("", head, ROW_SEP, rows);
    }
    String prefix = "[table name] " + table.name().strip() + " [table head] " + head + " [table content] ";
    return fit(prefix, rows.isEmpty() ? "" : rows.get(0), ROW_SEP, rows.isEmpty() ? rows : rows.subList(1, rows.size()));
  }

  /** Linearises DART-style triples. */
  public String triples(List<Triple> triples) {
    requireNonNull(triples, "triples is null");
    List<String> parts = new ArrayList<>();
    for (Triple t : triples) {
      parts.add(NodeText.node(t.subject()).strip() + COL_SEP + NodeText.relation(t.predicate()).strip() + COL_SEP
          + NodeText.node(t.object()).strip());
    }
    return parts.isEmpty() ? "" : fit("", parts.get(0), ROW_SEP, parts.subList(1, parts.size()));
  }

  /** Linearises a Spider schema ("peteshaw" form, with database id and column values). */
  public String database(DatabaseSchema schema) {
    requireNonNull(schema, "schema is null");
    List<String> tables = new ArrayList<>();
    for (SchemaTable t : schema.tables()) {
      List<String> cols = new ArrayList<>();
      for (SchemaColumn c : t.columns()) {
        String name = cased(c.name());
        cols.add(c.values().isEmpty() ? name : name + " ( " + String.join(" , ", c.values()) + " )");
      }
      tables.add(" | " + cased(t.name()) + " : " + String.join(" , ", cols));
    }
    // Spider's normalize_query lower-cases names only; cell values keep their case.
    return fit(" | " + schema.dbId(), "", "", tables, false).strip();
  }

  private static String joinCells(List<String> cells) {
    List<String> cleaned = new ArrayList<>(cells.size());
    for (String c : cells) {
      cleaned.add(NodeText.node(c).strip());
    }
    return String.join(COL_SEP, cleaned).strip();
  }

  /** {@code prefix + first + sep + rest[0] + sep + ...}, dropping trailing parts to fit the budget. */
  private String fit(String prefix, String first, String sep, List<String> rest) {
    return fit(prefix, first, sep, rest, options.uncased());
  }

  private String fit(String prefix, String first, String sep, List<String> rest, boolean lower) {
    StringBuilder sb = new StringBuilder(prefix).append(first);
    String text = lower ? lower(sb.toString()) : sb.toString();
    if (!options.fits(text)) {
      return cut(text);
    }
    for (String part : rest) {
      String next = lower ? lower(sb + sep + part) : sb + sep + part;
      if (!options.fits(next)) {
        break;
      }
      sb.append(sep).append(part);
      text = next;
    }
    return text;
  }

  private String cased(String s) {
    return options.uncased() ? lower(s) : s;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Cuts to the budget: the first maxLength chars or words. */
  private String cut(String text) {
    if (options.unit() == StructOptions.LengthUnit.CHARS) {
      return text.substring(0, options.maxLength());
    }
    String[] words = text.strip().split("\\s+");
    return String.join(" ", Arrays.copyOf(words, options.maxLength()));
  }
}
