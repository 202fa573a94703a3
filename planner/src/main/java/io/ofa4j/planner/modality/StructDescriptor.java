package io.ofa4j.planner.modality;

import io.ofa4j.planner.spi.Encoding;
import io.ofa4j.planner.spi.ModalityName;
import io.ofa4j.planner.spi.SlotAttributes;
import io.ofa4j.planner.spi.TargetSupport;
import java.util.List;
import java.util.Set;

/**
 * STRUCT (alias STRUCTURED): a table, triple set or database schema linearised to text (OFASys
 * structured knowledge: Spider, DART, FeTaQA). Source only.
 */
@ModalityName("STRUCT")
public final class StructDescriptor extends BaseDescriptor {

  /** The built-in descriptor. */
  public StructDescriptor() {
    super("STRUCT", "a table or triple set, linearised to text", Encoding.TOKENS,
        CommonAttributes.join(CommonAttributes.base(), CommonAttributes.textual(1024)),
        List.of("struct_linearize"), List.of("text"), List.of());
  }

  @Override
  public Set<String> aliases() {
    return Set.of("STRUCTURED");
  }

  @Override
  public boolean canBeTarget() {
    return false;
  }

  @Override
  public TargetSupport targetSupport(SlotAttributes attributes, String preprocessor,
      String adapter) {
    return new TargetSupport.NotGeneratable(
        "STRUCT cannot be generated: it is linearised input knowledge",
        "generate the answer as [TEXT] (e.g. SQL or a description)");
  }
}
