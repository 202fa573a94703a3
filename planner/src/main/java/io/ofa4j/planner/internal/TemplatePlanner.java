package io.ofa4j.planner.internal;

import static java.util.Objects.requireNonNull;

import io.ofa4j.instruction.ast.Element;
import io.ofa4j.instruction.ast.Marker;
import io.ofa4j.instruction.ast.PlainText;
import io.ofa4j.instruction.ast.RepeatGroup;
import io.ofa4j.instruction.ast.Slot;
import io.ofa4j.instruction.ast.SourceSpan;
import io.ofa4j.instruction.ast.Template;
import io.ofa4j.instruction.diagnostic.DslErrorCode;
import io.ofa4j.planner.ModalityRegistry;
import io.ofa4j.planner.plan.GeneratorPlan;
import io.ofa4j.planner.plan.Layout;
import io.ofa4j.planner.plan.Segment;
import io.ofa4j.planner.plan.SlotPlan;
import io.ofa4j.planner.plan.TaskPlan;
import io.ofa4j.planner.spi.GeneratorKind;
import io.ofa4j.planner.spi.LossRule;
import io.ofa4j.planner.spi.PositionScheme;
import io.ofa4j.planner.spi.Side;
import io.ofa4j.planner.spi.SpanMarkers;
import io.ofa4j.planner.spi.TargetSupport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Plans one template: resolves every slot, lays out the decoder sequence and builds the target
 * generator. Problems are collected, not thrown; {@link #plan} returns {@code null} when any
 * error was found in this template.
 */
public final class TemplatePlanner {

  private final SlotResolver resolver;
  private final Problems problems;
  private final SlotNames names;
  private final List<SlotPlan> slots = new ArrayList<>();
  private final Map<Integer, GeneratorPlan> generators = new HashMap<>();
  private final Map<String, Integer> unnamedCounters = new HashMap<>();
  private final boolean brokenSyntax;
  private PositionScheme positions = PositionScheme.ROPE_1D;
  private int groups;
  private boolean failed;

  /**
   * A planner for one template.
   *
   * @param registry known modalities
   * @param problems where problems go
   * @param names slot names seen so far in the instruction (shared by its templates)
   * @param brokenSyntax whether the parse reported errors (then structural gaps are known)
   */
  public TemplatePlanner(ModalityRegistry registry, Problems problems, SlotNames names,
      boolean brokenSyntax) {
    this.brokenSyntax = brokenSyntax;
    this.problems = requireNonNull(problems, "problems is null");
    this.resolver = new SlotResolver(registry, problems);
    this.names = requireNonNull(names, "names is null");
  }

  /** The plan of {@code template} (1-based {@code number}), or {@code null} after errors. */
  public TaskPlan plan(Template template, int number, Layout layout) {
    List<Segment> source = elements(template.source(), Side.SOURCE, -1);
    List<Segment> target = elements(template.target(), Side.TARGET, -1);
    GeneratorPlan generator = generator(template, target);
    if (failed || generator == null) {
      return null;
    }
    List<Segment> sequence = new ArrayList<>();
    if (layout == Layout.CHAT) {
      sequence.add(new Segment.Special("<|im_start|>", Side.SOURCE, false));
      sequence.add(new Segment.Text("user\n", Side.SOURCE, true));
      sequence.addAll(source);
      sequence.add(new Segment.Special("<|im_end|>", Side.SOURCE, false));
      sequence.add(new Segment.Text("\n", Side.SOURCE, true));
      sequence.add(new Segment.Special("<|im_start|>", Side.SOURCE, false));
      sequence.add(new Segment.Text("assistant\n", Side.SOURCE, true));
      sequence.addAll(target);
      sequence.add(new Segment.Special("<|im_end|>", Side.TARGET, true));
    } else {
      sequence.addAll(source);
      sequence.add(new Segment.Text("\n", Side.SOURCE, true));
      sequence.addAll(target);
      sequence.add(new Segment.Special("<|endoftext|>", Side.TARGET, true));
    }
    List<Segment> forced = new ArrayList<>();
    for (Segment s : target) {
      if (s.loss()) {
        break;
      }
      forced.add(s);
    }
    return new TaskPlan(number, layout, positions, sequence, slots, generator, forced);
  }

  private List<Segment> elements(List<Element> elements, Side side, int group) {
    List<Segment> out = new ArrayList<>();
    for (Element e : elements) {
      if (e instanceof PlainText t) {
        out.add(new Segment.Text(t.text(), side, false));
      } else if (e instanceof Slot s) {
        slot(s, side, group, out);
      } else if (e instanceof RepeatGroup g) {
        int index = groups++;
        out.add(new Segment.Repeat(index, side, elements(g.elements(), side, index)));
      } else if (e instanceof Marker) {
        // Legacy <BOS>/<EOS>: the parser warns; the layout adds its own begin/end tokens.
        continue;
      }
    }
    return out;
  }

  private void slot(Slot s, Side side, int group, List<Segment> out) {
    String name = s.name() != null ? s.name() : defaultName(s.modality());
    ResolvedSlot r = resolver.resolve(s, side, name);
    if (r == null) {
      failed = true;
      return;
    }
    names.claim(name, r.descriptor().name(), s.span(), problems);
    LossRule loss = LossRule.NONE;
    String post = null;
    int index = slots.size();
    if (side == Side.TARGET && !r.componentsKnown()) {
      failed = true; // the unknown component was reported; judging the target would cascade
    } else if (side == Side.TARGET && !r.attributes().flag("no_loss")) {
      TargetSupport support = r.descriptor().targetSupport(r.attributes(), r.preprocessor(),
          r.adapter());
      if (support instanceof TargetSupport.NotGeneratable no) {
        problems.error(DslErrorCode.TARGET_NOT_GENERATABLE, s.span(),
            "slot '" + name + "' cannot be a target: " + no.reason(), no.help());
        failed = true;
      } else if (support instanceof TargetSupport.Generatable yes) {
        loss = yes.loss();
        post = r.descriptor().postprocessor(r.adapter());
        generators.put(index, generatorOf(yes, index, r));
      }
    }
    slots.add(new SlotPlan(index, name, s.name() != null, side, r.descriptor().name(),
        r.descriptor().encoding(), r.attributes(), r.preprocessor(), r.adapter(), post, loss,
        group, s.span()));
    Optional<SpanMarkers> markers = r.descriptor().spanMarkers();
    markers.ifPresent(m -> {
      if (m.positions() == PositionScheme.MROPE) {
        positions = PositionScheme.MROPE;
      }
    });
    boolean wrap = markers.isPresent() && !r.attributes().flag("disable_auto_boseos");
    if (wrap) {
      out.add(new Segment.Special(markers.get().start(), side, false));
    }
    boolean generated = loss != LossRule.NONE;
    out.add(new Segment.SlotRef(index, side, generated));
    if (wrap) {
      // A generated span ends when the model predicts the end marker, so it carries loss; the
      // start marker is forced.
      out.add(new Segment.Special(markers.get().end(), side, generated));
    }
  }

  private static GeneratorPlan generatorOf(TargetSupport.Generatable g, int index,
      ResolvedSlot r) {
    Map<String, String> options = new LinkedHashMap<>(g.options());
    if (g.generator() == GeneratorKind.CLOSED_SET
        && !options.containsKey("labels")) {
      options.put("labels", "distinct values of column '" + r.name() + "'");
    }
    return new GeneratorPlan(g.generator(), List.of(index), options, List.of(), g.note());
  }

  private GeneratorPlan generator(Template template, List<Segment> target) {
    List<GeneratorPlan> parts = new ArrayList<>();
    boolean anySlot = collect(target, parts);
    if (parts.isEmpty()) {
      // The parser reports an empty target itself (EMPTY_TARGET); a built tree gets it here.
      if (!failed && !(template.target().isEmpty() && brokenSyntax)) {
        SourceSpan at = template.target().isEmpty() ? template.span()
            : template.target().get(0).span();
        problems.error(DslErrorCode.NO_TARGET_SLOT, at, anySlot
            ? "the target has no slot to generate: every target slot is no_loss"
            : "the target has no slot: write one such as [TEXT:answer] after '->'", null);
      }
      failed = true;
      return null;
    }
    return parts.size() == 1 ? parts.get(0) : composite(
        GeneratorKind.SEQUENCE, parts, Map.of());
  }

  /** Adds the generators of generated slots and groups in order; true if any slot was seen. */
  private boolean collect(List<Segment> segments, List<GeneratorPlan> out) {
    boolean anySlot = false;
    for (Segment s : segments) {
      if (s instanceof Segment.SlotRef ref) {
        anySlot = true;
        GeneratorPlan g = generators.get(ref.slot());
        if (g != null) {
          out.add(g);
        }
      } else if (s instanceof Segment.Repeat r) {
        List<GeneratorPlan> body = new ArrayList<>();
        anySlot |= collect(r.body(), body);
        if (!body.isEmpty()) {
          out.add(composite(GeneratorKind.REPEATED, body,
              Map.of("group", Integer.toString(r.group()), "times", "0 or more")));
        }
      }
    }
    return anySlot;
  }

  private static GeneratorPlan composite(GeneratorKind kind,
      List<GeneratorPlan> parts, Map<String, String> options) {
    List<Integer> slots = parts.stream().flatMap(p -> p.slots().stream()).toList();
    return new GeneratorPlan(kind, slots, new TreeMap<>(options), parts, null);
  }

  private String defaultName(String modality) {
    String key = modality.toLowerCase(Locale.ROOT);
    int n = unnamedCounters.merge(key, 1, Integer::sum) - 1;
    return key + "_" + n;
  }
}
