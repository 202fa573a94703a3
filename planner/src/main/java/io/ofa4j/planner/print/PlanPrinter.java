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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints plans in a stable human-readable form (golden files, {@code ofa4j plan}) and as JSON
 * ({@code --json}). The text form changes only when the plan changes.
 */
public final class PlanPrinter {

  private PlanPrinter() {}

  /** The whole instruction plan: header, warnings, then every template. */
  public static String print(InstructionPlan plan) {
    return print(plan, 0);
  }

  /**
   * The instruction plan with only one template printed.
   *
   * @param template 1-based template number, or 0 for all templates
   * @throws IllegalArgumentException when the template does not exist
   */
  public static String print(InstructionPlan plan, int template) {
    requireNonNull(plan, "plan is null");
    if (template != 0) {
      plan.template(template); // validates the number with a clear message
    }
    StringBuilder out = new StringBuilder();
    if (plan.source() != null) {
      out.append("instruction: ").append(plan.source()).append('\n');
    }
    for (Diagnostic w : plan.warnings()) {
      out.append("warning[").append(w.code()).append("] ").append(w.span()).append(": ")
          .append(w.message()).append('\n');
    }
    for (TaskPlan t : plan.templates()) {
      if (template == 0 || t.template() == template) {
        out.append('\n').append(print(t, plan.templates().size()));
      }
    }
    return out.toString();
  }

  /** One template's plan. */
  public static String print(TaskPlan plan, int templateCount) {
    StringBuilder out = new StringBuilder();
    out.append("template ").append(plan.template()).append(" of ").append(templateCount)
        .append(": layout ").append(plan.layout().label()).append(", positions ")
        .append(plan.positions()).append('\n');
    out.append("sequence:\n");
    sequence(plan, plan.sequence(), "  ", out);
    out.append("slots:\n");
    for (SlotPlan s : plan.slots()) {
      slot(s, out);
    }
    out.append("generator:\n");
    generator(plan, plan.generator(), "  ", out);
    out.append("loss: ").append(plan.lossSegments().stream().map(s -> inline(plan, s))
        .collect(Collectors.joining(", "))).append('\n');
    out.append("forced prefix: ").append(plan.forcedPrefix().isEmpty() ? "(none)"
        : plan.forcedPrefix().stream().map(s -> inline(plan, s))
            .collect(Collectors.joining(" "))).append('\n');
    return out.toString();
  }

  private static void sequence(TaskPlan plan, List<Segment> segments, String indent,
      StringBuilder out) {
    for (Segment s : segments) {
      String flags = s.side().label() + (s.loss() ? "  loss" : "");
      if (s instanceof Segment.Repeat r) {
        out.append(indent).append(pad("( repeat group " + r.group(), 42 - indent.length()))
            .append(flags)
            .append('\n');
        sequence(plan, r.body(), indent + "  ", out);
        out.append(indent).append(")*\n");
      } else {
        out.append(indent).append(pad(inline(plan, s), 42 - indent.length())).append(flags)
            .append('\n');
      }
    }
  }

  private static void slot(SlotPlan s, StringBuilder out) {
    out.append("  #").append(s.index()).append(' ').append(s.name())
        .append(s.named() ? "" : " (unnamed)").append(": ").append(s.side().label()).append(' ')
        .append(s.modality()).append(", ").append(s.encoding().name().toLowerCase())
        .append(", loss ").append(s.loss());
    if (s.repeatGroup() >= 0) {
      out.append(", repeat group ").append(s.repeatGroup());
    }
    out.append('\n');
    out.append("      preprocess ").append(s.preprocessor()).append(", adapter ")
        .append(s.adapter()).append(", postprocess ")
        .append(s.postprocessor() == null ? "-" : s.postprocessor()).append('\n');
    List<String> set = new ArrayList<>();
    List<String> defaults = new ArrayList<>();
    for (Map.Entry<String, TypedValue> e : s.attributes().values().entrySet()) {
      String item = e.getKey() + "=" + e.getValue().display();
      (s.attributes().written().contains(e.getKey()) ? set : defaults).add(item);
    }
    if (!set.isEmpty()) {
      out.append("      set: ").append(String.join(" ", set)).append('\n');
    }
    out.append("      defaults: ").append(String.join(" ", defaults)).append('\n');
  }

  private static void generator(TaskPlan plan, GeneratorPlan g, String indent,
      StringBuilder out) {
    out.append(indent).append(g.kind());
    if (g.parts().isEmpty()) {
      g.slots().forEach(i -> out.append(' ').append('{').append(plan.slots().get(i).name())
          .append('}'));
    }
    if (!g.options().isEmpty()) {
      out.append(" (").append(g.options().entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")))
          .append(')');
    }
    if (g.note() != null) {
      out.append(" -- ").append(g.note());
    }
    out.append('\n');
    for (GeneratorPlan p : g.parts()) {
      generator(plan, p, indent + "  ", out);
    }
  }

  /** A segment in one short token: {@code <|im_end|>}, {@code "text"}, {@code {name:MODALITY}}. */
  public static String inline(TaskPlan plan, Segment s) {
    if (s instanceof Segment.Special sp) {
      return sp.token();
    } else if (s instanceof Segment.Text t) {
      return quote(t.text());
    } else if (s instanceof Segment.SlotRef ref) {
      SlotPlan slot = plan.slots().get(ref.slot());
      return "{" + slot.name() + ":" + slot.modality() + "}";
    } else if (s instanceof Segment.Repeat r) {
      return "(" + r.body().stream().map(b -> inline(plan, b)).collect(Collectors.joining(" "))
          + ")*";
    }
    throw new IllegalStateException("unknown segment " + s);
  }

  private static String quote(String text) {
    StringBuilder b = new StringBuilder();
    Json.quote(text, b);
    return b.toString();
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }
}
