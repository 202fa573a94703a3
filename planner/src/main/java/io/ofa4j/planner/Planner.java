package io.ofa4j.planner;

import static java.util.Objects.requireNonNull;

import io.ofa4j.instruction.InstructionParser;
import io.ofa4j.instruction.ParseResult;
import io.ofa4j.instruction.ast.Instruction;
import io.ofa4j.instruction.diagnostic.Diagnostic;
import io.ofa4j.instruction.diagnostic.Severity;
import io.ofa4j.planner.internal.Problems;
import io.ofa4j.planner.internal.SlotNames;
import io.ofa4j.planner.internal.TemplatePlanner;
import io.ofa4j.planner.plan.InstructionPlan;
import io.ofa4j.planner.plan.Layout;
import io.ofa4j.planner.plan.TaskPlan;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an instruction into one checked {@link TaskPlan} per template for a decoder-only Qwen2.
 *
 * <p>All semantic checks run before anything is thrown: unknown modalities, attributes,
 * preprocessors and adapters (with did-you-mean), ill-typed values, duplicate attributes, a
 * column used with two modalities, {@code closed_set} on a non-text slot, targets that cannot be
 * generated, and templates without a target slot. The planner is immutable and thread-safe.
 *
 * <pre>{@code
 * InstructionPlan plan = Planner.builtIn().plan("[IMAGE:img] what is it? -> [TEXT:cap]");
 * PlanOutcome outcome = Planner.builtIn().check(text, Layout.PLAIN); // never throws for bad input
 * }</pre>
 */
public final class Planner {

  private final ModalityRegistry registry;

  /** A planner over the given modalities. */
  @Inject
  public Planner(ModalityRegistry registry) {
    this.registry = requireNonNull(registry, "registry is null");
  }

  /** A planner over the nine built-in modalities, without Guice. */
  public static Planner builtIn() {
    return new Planner(ModalityRegistry.builtIns());
  }

  /** The modalities this planner knows. */
  public ModalityRegistry registry() {
    return registry;
  }

  /**
   * Parses and plans an instruction with the chat layout.
   *
   * @throws PlanningException with every diagnostic (syntax and semantic) when it has errors
   */
  public InstructionPlan plan(String text) {
    return plan(text, Layout.CHAT);
  }

  /**
   * Parses and plans an instruction with the given layout.
   *
   * @throws PlanningException with every diagnostic (syntax and semantic) when it has errors
   */
  public InstructionPlan plan(String text, Layout layout) {
    return check(text, layout).orThrow();
  }

  /**
   * Parses and plans without throwing for bad input: the outcome holds the plan or every
   * diagnostic found (syntax first at equal positions, then semantic, plus warnings).
   */
  public PlanOutcome check(String text, Layout layout) {
    requireNonNull(text, "text is null");
    ParseResult parsed = InstructionParser.parse(text);
    return check(parsed.instruction(), layout, text, parsed.diagnostics());
  }

  /**
   * Plans a syntax tree with the chat layout.
   *
   * @throws PlanningException with every diagnostic when the instruction has errors
   */
  public InstructionPlan plan(Instruction instruction) {
    return plan(instruction, Layout.CHAT);
  }

  /**
   * Plans a syntax tree with the given layout.
   *
   * @throws PlanningException with every diagnostic when the instruction has errors
   */
  public InstructionPlan plan(Instruction instruction, Layout layout) {
    return check(instruction, layout, null, List.of()).orThrow();
  }

  /**
   * Plans without throwing for bad input.
   *
   * @param instruction the tree, or {@code null} when the parse failed
   * @param layout the sequence layout
   * @param source the instruction text, or {@code null}
   * @param parseDiagnostics diagnostics from the parse (placed before semantic ones at equal
   *     positions)
   */
  public PlanOutcome check(Instruction instruction, Layout layout, String source,
      List<Diagnostic> parseDiagnostics) {
    requireNonNull(layout, "layout is null");
    requireNonNull(parseDiagnostics, "parseDiagnostics is null");
    List<Diagnostic> all = new ArrayList<>(parseDiagnostics);
    List<TaskPlan> plans = new ArrayList<>();
    if (instruction != null) {
      Problems problems = new Problems();
      SlotNames names = new SlotNames();
      boolean brokenSyntax = parseDiagnostics.stream()
          .anyMatch(d -> d.severity() == Severity.ERROR);
      for (int i = 0; i < instruction.templates().size(); i++) {
        TaskPlan p = new TemplatePlanner(registry, problems, names, brokenSyntax)
            .plan(instruction.templates().get(i), i + 1, layout);
        if (p != null) {
          plans.add(p);
        }
      }
      all.addAll(problems.sorted());
    }
    all.sort(Problems.BY_POSITION);
    boolean errors = instruction == null
        || all.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    if (errors && all.stream().noneMatch(d -> d.severity() == Severity.ERROR)) {
      throw new IllegalArgumentException("no instruction tree and no parse error to explain why");
    }
    InstructionPlan plan = errors ? null : new InstructionPlan(source, plans, all);
    return new PlanOutcome(source, plan, all);
  }
}
