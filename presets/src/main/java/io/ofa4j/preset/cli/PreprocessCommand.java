package io.ofa4j.preset.cli;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.audio.AudioInspector;
import io.ofa4j.modality.box.BoxInspector;
import io.ofa4j.modality.image.ImageInspector;
import io.ofa4j.modality.motion.MotionInspector;
import io.ofa4j.modality.phone.PhoneInspector;
import io.ofa4j.modality.spi.PreprocessInspector;
import io.ofa4j.modality.spi.PreprocessInspector.Inspection;
import io.ofa4j.modality.struct.StructInspector;
import io.ofa4j.modality.video.VideoInspector;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ofa4j preprocess MODALITY FILE [--set attr=value]... [--json] [--out features.bin]}:
 * shows what a modality's preprocessor makes of one file (sizes, grid, token count) and can dump
 * the features as raw little-endian float32.
 */
@Command(
    name = "preprocess",
    mixinStandardHelpOptions = true,
    description = "Pre-process one input file for a modality and describe the result.")
public final class PreprocessCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "MODALITY", description = "Modality name, e.g. IMAGE or VIDEO.")
  String modality;

  @Parameters(index = "1", paramLabel = "FILE", description = "The input file.")
  Path file;

  @Option(names = "--set", paramLabel = "ATTR=VALUE", description = "A slot attribute, e.g. max_pixels=50176.")
  List<String> settings = new ArrayList<>();

  @Option(names = "--json", description = "Print the summary as one JSON object.")
  boolean json;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the features as little-endian float32.")
  Path out;

  @Spec CommandSpec spec;

  private final List<PreprocessInspector> inspectors;

  /** The command with the built-in inspectors ({@link #defaultInspectors()}). */
  public PreprocessCommand() {
    this(defaultInspectors());
  }

  /** The command looking modalities up in {@code inspectors}. */
  public PreprocessCommand(List<PreprocessInspector> inspectors) {
    this.inspectors = List.copyOf(requireNonNull(inspectors, "inspectors is null"));
  }

  /** Inspectors known to the command line. */
  public static List<PreprocessInspector> defaultInspectors() {
    return List.of(new ImageInspector(), new VideoInspector(), new AudioInspector(),
        new BoxInspector(), new StructInspector(), new PhoneInspector(), new MotionInspector());
  }

  @Override
  public Integer call() {
    PreprocessInspector inspector = find(modality);
    Inspection result = inspector.inspect(file, attributes(settings));
    PrintWriter w = spec.commandLine().getOut();
    Map<String, Object> summary = new LinkedHashMap<>(result.summary());
    summary.put("feature_shape", shape(result.shape()));
    if (out != null) {
      write(out, result.features());
      summary.put("features_file", out.toString());
    }
    if (json) {
      w.println(JsonMapper.builder().build().writeValueAsString(summary));
    } else {
      summary.forEach((k, v) -> w.println(k + ": " + v));
    }
    w.flush();
    return 0;
  }

  private PreprocessInspector find(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    TreeSet<String> known = new TreeSet<>();
    for (PreprocessInspector i : inspectors) {
      if (i.modality().equals(upper)) {
        return i;
      }
      known.add(i.modality());
    }
    throw new CliException("unknown modality '" + name + "' for preprocess; known: " + known);
  }

  /** Parses {@code attr=value} settings; a malformed or repeated one is an error naming it. */
  static Map<String, String> attributes(List<String> settings) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String s : settings) {
      int eq = s.indexOf('=');
      if (eq <= 0) {
        throw new CliException("--set expects attr=value, found '" + s + "'");
      }
      if (out.put(s.substring(0, eq).trim(), s.substring(eq + 1).trim()) != null) {
        throw new CliException("--set gives attribute '" + s.substring(0, eq).trim() + "' twice");
      }
    }
    return out;
  }

  private static List<Long> shape(long[] shape) {
    List<Long> l = new ArrayList<>();
    for (long d : shape) {
      l.add(d);
    }
    return l;
  }

  private static void write(Path target, float[] features) {
    ByteBuffer buf = ByteBuffer.allocate(Math.multiplyExact(features.length, 4)).order(ByteOrder.LITTLE_ENDIAN);
    buf.asFloatBuffer().put(features);
    try (OutputStream os = Files.newOutputStream(target)) {
      os.write(buf.array());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write features to " + target + ": " + e.getMessage(), e);
    }
  }
}
