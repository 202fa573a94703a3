package io.ofa4j.preset.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuietOutputTest {
  private PrintStream saved;
  private PrintStream savedErr;
  private final ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
  private PrintStream captureErr;
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private PrintStream capture;

  @BeforeEach
  void capture() {
    saved = System.out;
    capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    savedErr = System.err;
    captureErr = new PrintStream(capturedErr, true, StandardCharsets.UTF_8);
    System.setErr(captureErr);
  }

  @AfterEach
  void restore() {
    System.setOut(saved);
    System.setErr(savedErr);
  }

  @Test
  void dropsNoiseLinesKeepsTheRestAndReturnsTheValue() {
    int v = QuietOutput.call(() -> {
      System.out.println("Added differentiated op matmul_5");
      System.out.println("step 50/300 | loss 1.9");
      System.err.println("19:35:08 WARN  ImportClassMapping - Duplicate TF op mapping found for op Pow");
      System.err.println("19:35:09 WARN  Other - kept");
      System.out.print("no newline at the end");
      return 42;
    });
    assertThat(v).isEqualTo(42);
    assertThat(captured.toString(StandardCharsets.UTF_8))
        .isEqualTo("step 50/300 | loss 1.9\nno newline at the end");
    assertThat(capturedErr.toString(StandardCharsets.UTF_8)).isEqualTo("19:35:09 WARN  Other - kept\n");
    assertThat(System.out).isSameAs(capture);
    assertThat(System.err).isSameAs(captureErr);
  }

  @Test
  void restoresSystemOutWhenTheActionThrows() {
    assertThatThrownBy(() -> QuietOutput.call(() -> {
      throw new IllegalStateException("boom");
    })).hasMessage("boom");
    assertThat(System.out).isSameAs(capture);
    assertThat(System.err).isSameAs(captureErr);
  }
}
