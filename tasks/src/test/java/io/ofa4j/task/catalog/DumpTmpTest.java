package io.ofa4j.task.catalog;
import io.ofa4j.planner.Planner;
import org.junit.jupiter.api.Test;
class DumpTmpTest {
  @Test void dump() {
    for (var t : TaskCatalog.load(Planner.builtIn()).tasks()) {
      StringBuilder sb = new StringBuilder(t.spec().name() + ":");
      for (var s : t.plan().template(1).slots()) sb.append(" ").append(s.name()).append("/").append(s.modality()).append("/").append(s.side()).append("/").append(s.preprocessor()).append("/").append(s.encoding());
      System.err.println("DUMP " + sb);
    }
  }
}
