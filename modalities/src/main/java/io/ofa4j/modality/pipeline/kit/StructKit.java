package io.ofa4j.modality.pipeline.kit;

import io.ofa4j.planner.spi.ModalityName;
import io.ofa4j.modality.struct.DatabaseSchema;
import io.ofa4j.modality.struct.StructLinearizer;
import io.ofa4j.modality.struct.StructOptions;
import io.ofa4j.modality.struct.Table;
import io.ofa4j.modality.struct.Triple;
import io.ofa4j.planner.plan.SlotPlan;
import java.util.List;

/**
 * STRUCT: tables, triples and database schemas linearised to text (OFASys {@code
 * DefaultStructPreprocess}), then BPE tokens; a string is taken as already linearised.
 */
@ModalityName("STRUCT")
public final class StructKit implements ModalityKit {
  @Override
  public String modality() {
    return "STRUCT";
  }

  @Override
  public SlotEncoding encode(SlotPlan slot, Object value, KitContext ctx, ExampleState state) {
    StructLinearizer lin = new StructLinearizer(StructOptions.DEFAULT);
    String text;
    if (value instanceof String s) {
      text = s;
    } else if (value instanceof Table t) {
      text = lin.table(t);
    } else if (value instanceof DatabaseSchema d) {
      text = lin.database(d);
    } else if (value instanceof List<?> l && !l.isEmpty() && l.stream().allMatch(Triple.class::isInstance)) {
      text = lin.triples(l.stream().map(Triple.class::cast).toList());
    } else {
      throw new IllegalArgumentException("expected a Table, a DatabaseSchema, a list of Triple or "
          + "text, found " + SlotValues.describe(value));
    }
    return new SlotEncoding.Tokens(ctx.encode(state.spaced(text.strip())));
  }
}
