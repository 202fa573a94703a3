package io.ofa4j.modality.struct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StructLinearizerTest {
  private static final Table CITIES = Table.of(List.of("City", "Country", "Population"), List.of(
      List.of("Paris", "France", "2,148,000"),
      List.of("New_York", "USA", "8,336,817"),
      List.of("Kyoto (old capital)", "Japan", "1,464,000")));

  @Test
  void linearisesTablesAsOfasysDoes() {
    String s = new StructLinearizer(StructOptions.DEFAULT).table(CITIES);
    assertThat(s).isEqualTo("city : country : population | paris : france : 2 148 000 | new york : usa : 8 336 817"
        + " | kyoto old capital : japan : 1 464 000");
    String cased = new StructLinearizer(new StructOptions(0, StructOptions.LengthUnit.WORDS, false)).table(CITIES);
    assertThat(cased).startsWith("City : Country : Population | Paris");
  }

  @Test
  void namedTableUsesTheDictionaryForm() {
    Table t = new Table("Capitals", List.of("City", "Country"), List.of(List.of("Paris", "France"),
        List.of("Rome", "Italy")));
    assertThat(new StructLinearizer(StructOptions.DEFAULT).table(t))
        .isEqualTo("[table name] capitals [table head] city : country [table content] paris : france | rome : italy");
  }

  @Test
  void budgetDropsWholeTrailingRows() {
    StructLinearizer words = new StructLinearizer(new StructOptions(20, StructOptions.LengthUnit.WORDS, true));
    assertThat(words.table(CITIES)).isEqualTo("city : country : population | paris : france : 2 148 000");
    StructLinearizer chars = new StructLinearizer(new StructOptions(10, StructOptions.LengthUnit.CHARS, true));
    assertThat(chars.table(CITIES)).isEqualTo("city : cou");
  }

  @Test
  void raggedRowIsRejectedNamingRowAndLengths() {
    assertThatThrownBy(() -> Table.of(List.of("a", "b"), List.of(List.of("1", "2"), List.of("3"))))
        .hasMessage("table row 1 has 1 cells, the header has 2 (a, b)");
  }

  @Test
  void linearisesDartTriples() {
    List<Triple> triples = List.of(new Triple("Mars_Hill_College", "joinedAthleticConference", "South Atlantic Conference"),
        new Triple("Mars_Hill_College", "location", "\"Mars Hill, North Carolina\""));
    assertThat(new StructLinearizer(StructOptions.DEFAULT).triples(triples))
        .isEqualTo("mars hill college : joinedathleticconference : south atlantic conference"
            + " | mars hill college : location : mars hill  north carolina");
  }

  @Test
  void linearisesSpiderSchemaWithValues() {
    DatabaseSchema db = new DatabaseSchema("concert_singer", List.of(
        new SchemaTable("Stadium", List.of(SchemaColumn.of("Stadium_ID"), new SchemaColumn("Location", List.of("Raith Rovers")))),
        new SchemaTable("singer", List.of(SchemaColumn.of("Name"), SchemaColumn.of("Age")))));
    assertThat(new StructLinearizer(StructOptions.DEFAULT).database(db))
        .isEqualTo("| concert_singer | stadium : stadium_id , location ( Raith Rovers ) | singer : name , age");
    assertThat(new StructLinearizer(new StructOptions(12, StructOptions.LengthUnit.WORDS, true)).database(db))
        .isEqualTo("| concert_singer | stadium : stadium_id , location ( Raith Rovers )");
  }
}
