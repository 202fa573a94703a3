package io.ofa4j.task.synthetic;

import static java.util.Objects.requireNonNull;

import io.ofa4j.task.data.DatasetException;
import io.ofa4j.task.data.Example;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Text-to-SQL questions over a generated SQLite table {@code employee(id, name, department, city,
 * salary, age)}: the generator writes the database, then draws questions from six templates
 * (count by department, average salary by city, names above an age, maximum salary by
 * department, count by city and age, names in a department ordered by salary), each with its gold
 * SQL. Every gold query executes on the written database. Slots {@code question}, {@code query},
 * {@code database} (Path), {@code schema}. Trivial baseline: always predicting the first
 * template's query for the most common department; its execution accuracy is measured by the tests
 * (a few percent).
 *
 * @param seed RNG seed for rows and questions
 * @param rows number of employee rows
 */
public record SqlTaskGenerator(long seed, int rows) {

  static final String SCHEMA = "employee: id, name, department, city, salary, age";
  private static final List<String> DEPARTMENTS = List.of("sales", "research", "finance", "support", "legal");

  public SqlTaskGenerator {
    if (rows < 1) {
      throw new IllegalArgumentException("rows must be >= 1 but was " + rows);
    }
  }

  /** Writes the database to {@code database} (replacing it) and returns {@code count} questions. */
  public List<Example> generate(Path database, int count) {
    requireNonNull(database, "database is null");
    Random random = new Random(seed);
    writeDatabase(database, random);
    List<Example> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(question(random, database, i));
    }
    return out;
  }

  /** Writes the database alone (the rows {@link #generate} writes for the same seed). */
  public void writeDatabase(Path database) {
    requireNonNull(database, "database is null");
    writeDatabase(database, new Random(seed));
  }

  /** One question with its gold SQL over {@code database}, drawn from {@code random}. */
  public Example question(Random random, Path database, long index) {
    String dept = Vocabulary.pick(random, DEPARTMENTS);
    String city = Vocabulary.pick(random, Vocabulary.CITIES);
    int age = 25 + random.nextInt(30);
    String[] qa = switch (random.nextInt(6)) {
      case 0 -> new String[] {"How many employees work in " + dept + "?",
          "SELECT count(*) FROM employee WHERE department = '" + dept + "'"};
      case 1 -> new String[] {"What is the average salary of employees in " + city + "?",
          "SELECT avg(salary) FROM employee WHERE city = '" + city + "'"};
      case 2 -> new String[] {"List the names of employees older than " + age + ".",
          "SELECT name FROM employee WHERE age > " + age};
      case 3 -> new String[] {"What is the highest salary in the " + dept + " department?",
          "SELECT max(salary) FROM employee WHERE department = '" + dept + "'"};
      case 4 -> new String[] {"How many employees in " + city + " are younger than " + age + "?",
          "SELECT count(*) FROM employee WHERE city = '" + city + "' AND age < " + age};
      default -> new String[] {"Show the names of " + dept + " employees from the highest salary to the lowest.",
          "SELECT name FROM employee WHERE department = '" + dept + "' ORDER BY salary DESC"};
    };
    Map<String, Object> slots = new LinkedHashMap<>();
    slots.put("question", qa[0]);
    slots.put("query", qa[1]);
    slots.put("database", database);
    slots.put("schema", SCHEMA);
    return new Example(slots, "synthetic-sql#" + index);
  }

  private void writeDatabase(Path database, Random random) {
    try {
      Files.deleteIfExists(database);
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath())) {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
          st.executeUpdate("CREATE TABLE employee (id INTEGER PRIMARY KEY, name TEXT, department TEXT,"
              + " city TEXT, salary INTEGER, age INTEGER)");
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO employee VALUES (?, ?, ?, ?, ?, ?)")) {
          for (int id = 1; id <= rows; id++) {
            ins.setInt(1, id);
            String initial = String.valueOf((char) ('A' + random.nextInt(26)));
            ins.setString(2, Vocabulary.pick(random, Vocabulary.PEOPLE) + " " + initial + ".");
            ins.setString(3, Vocabulary.pick(random, DEPARTMENTS));
            ins.setString(4, Vocabulary.pick(random, Vocabulary.CITIES));
            ins.setInt(5, 30_000 + 1000 * random.nextInt(90));
            ins.setInt(6, 22 + random.nextInt(40));
            ins.addBatch();
          }
          ins.executeBatch();
        }
        c.commit();
      }
    } catch (SQLException | IOException e) {
      throw new DatasetException("cannot write synthetic database " + database + ": " + e.getMessage(), e);
    }
  }
}
