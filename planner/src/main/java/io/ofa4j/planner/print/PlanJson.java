package io.ofa4j.planner.print;

import static java.util.Objects.requireNonNull;

import io.ofa4j.instruction.diagnostic.Diagnostic;
import io.ofa4j.planner.plan.GeneratorPlan;
import io.ofa4j.planner.plan.InstructionPlan;
import io.ofa4j.planner.plan.Segment;
import io.ofa4j.planner.plan.SlotPlan;
import io.ofa4j.planner.plan.TaskPlan;
import io.ofa4j.planner.spi.TypedValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON form of plans and diagnostics, as nested maps ready for {@link Json}. */
public final class PlanJson {

  private PlanJson() {}

  /** The instruction plan as pretty-printed JSON. */
  public static String json(InstructionPlan plan) {
    return Json.write(toMap(plan));
  }

  /** The instruction plan as maps and lists. */
  public static Map<String, Object> toMap(InstructionPlan plan) {
    requireNonNull(plan, "plan is null");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("instruction", plan.source());
    m.put("warnings", plan.warnings().stream().map(PlanJson::diagnostic).toList());
    m.put("templates", plan.templates().stream().map(PlanJson::template).toList());
    return m;
  }

  /** A diagnostic: code, severity, line, column, length, message, help. */
  public static Map<String, Object> diagnostic(Diagnostic d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", d.code().name());
    m.put("severity", d.severity().label());
    m.put("line", d.span().line());
    m.put("column", d.span().column());
    m.put("length", d.span().length());
    m.put("message", d.message());
    m.put("help", d.help());
    return m;
  }

  /** One template's plan as maps and lists. */
  public static Map<String, Object> template(TaskPlan t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("template", t.template());
    m.put("layout", t.layout().label());
    m.put("positions", t.positions().name());
    m.put("sequence", segments(t.sequence()));
    m.put("slots", t.slots().stream().map(PlanJson::slot).toList());
    m.put("generator", generator(t.generator()));
    m.put("forced_prefix", segments(t.forcedPrefix()));
    return m;
  }

  private static List<Object> segments(List<Segment> segments) {
    List<Object> out = new ArrayList<>();
    for (Segment s : segments) {
      Map<String, Object> m = new LinkedHashMap<>();
      if (s instanceof Segment.Special sp) {
        m.put("kind", "special");
        m.put("token", sp.token());
      } else if (s instanceof Segment.Text tx) {
        m.put("kind", tx.layout() ? "layout_text" : "text");
        m.put("text", tx.text());
      } else if (s instanceof Segment.SlotRef ref) {
        m.put("kind", "slot");
        m.put("slot", ref.slot());
      } else if (s instanceof Segment.Repeat r) {
        m.put("kind", "repeat");
        m.put("group", r.group());
        m.put("body", segments(r.body()));
      }
      m.put("side", s.side().label());
      m.put("loss", s.loss());
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> slot(SlotPlan s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("index", s.index());
    m.put("name", s.name());
    m.put("named", s.named());
    m.put("side", s.side().label());
    m.put("modality", s.modality());
    m.put("encoding", s.encoding().name());
    m.put("preprocessor", s.preprocessor());
    m.put("adapter", s.adapter());
    m.put("postprocessor", s.postprocessor());
    m.put("loss", s.loss().name());
    m.put("repeat_group", s.repeatGroup() < 0 ? null : s.repeatGroup());
    Map<String, Object> attributes = new LinkedHashMap<>();
    s.attributes().values().forEach((k, v) -> attributes.put(k, value(v)));
    m.put("attributes", attributes);
    m.put("written", s.attributes().written().stream().sorted().toList());
    return m;
  }

  private static Object value(TypedValue v) {
    if (v instanceof TypedValue.Bool b) {
      return b.value();
    } else if (v instanceof TypedValue.Int i) {
      return i.value();
    } else if (v instanceof TypedValue.Real r) {
      return r.value();
    }
    return v.display();
  }

  private static Map<String, Object> generator(GeneratorPlan g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", g.kind().name());
    m.put("slots", g.slots());
    m.put("options", g.options());
    m.put("parts", g.parts().stream().map(PlanJson::generator).toList());
    m.put("note", g.note());
    return m;
  }
}
