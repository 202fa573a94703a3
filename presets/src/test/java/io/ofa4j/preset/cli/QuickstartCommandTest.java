package io.ofa4j.preset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ofa4j.planner.Planner;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuickstartCommandTest {

  @Test
  void plansAndExplainsTheThirtyShippedInstructions() {
    CliRun r = CliRun.run("quickstart", "--explain");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("30 OFASys task instructions",
        "4 task(s) are planned only").doesNotContain("ERROR");
    assertThat(r.out().lines().filter(l -> l.startsWith("caption ")).findFirst()).get()
        .asString().contains("img:IMAGE", "cap:TEXT", "FREE_TEXT", "{cap:TEXT} <|im_end|>");
    assertThat(r.out().lines().filter(l -> l.startsWith("detection ")).findFirst()).get()
        .asString().contains("REPEATED(LOCATION_TOKENS,FREE_TEXT)");
  }

  @Test
  void guideNamesTheFirstErrorOfABadTask() {
    QuickstartGuide guide = new QuickstartGuide(Planner.builtIn());
    List<QuickstartGuide.Row> rows =
        guide.explain(List.of(new QuickstartGuide.Task("bad", "[IMGE] -> [TEXT]")));
    assertThat(rows.get(0).problem()).isEqualTo("line 1:2: unknown modality 'IMGE'");
  }
}
