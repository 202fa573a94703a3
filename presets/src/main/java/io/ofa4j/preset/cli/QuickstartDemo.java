package io.ofa4j.preset.cli;

import io.ofa4j.preset.api.Ofa4j;
import io.ofa4j.preset.run.Demo;
import java.io.PrintWriter;
import java.nio.file.Path;

/** The quickstart's last part: one fresh example per task predicted with the trained checkpoint. */
final class QuickstartDemo {
  private QuickstartDemo() {}

  static void predict(PrintWriter out, Path checkpoint) {
    for (Demo d : Ofa4j.open(checkpoint).demos(1)) {
      out.println(d);
      out.flush();
    }
  }
}
