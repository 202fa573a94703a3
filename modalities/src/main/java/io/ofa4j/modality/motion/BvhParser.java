package io.ofa4j.modality.motion;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses Biovision Hierarchy files: {@code HIERARCHY} with nested {@code ROOT}/{@code JOINT}/
 * {@code End Site} blocks ({@code OFFSET}, {@code CHANNELS n ...}), then {@code MOTION},
 * {@code Frames: N}, {@code Frame Time: t} and N lines of channel values. Errors name the file and
 * line.
 */
public final class BvhParser {
  private final String name;
  private final String[] lines;
  private int line;

  private BvhParser(String text, String name) {
    this.name = name;
    this.lines = text.split("\\R", -1);
  }

  /** Parses a file. */
  public static BvhMotion read(Path file) {
    requireNonNull(file, "file is null");
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Parses BVH text; {@code name} appears in error messages. */
  public static BvhMotion parse(String text, String name) {
    return new BvhParser(requireNonNull(text, "text is null"), requireNonNull(name, "name is null")).parse();
  }

  private BvhMotion parse() {
    expect(next(), "HIERARCHY");
    List<BvhJoint> joints = new ArrayList<>();
    String[] w = next();
    if (!w[0].equals("ROOT")) {
      throw error("expected ROOT, found '" + String.join(" ", w) + "'");
    }
    hierarchy(w, -1, "", joints);
    w = next();
    expect(w, "MOTION");
    w = next();
    if (w.length != 2 || !w[0].equals("Frames:")) {
      throw error("expected 'Frames: N', found '" + String.join(" ", w) + "'");
    }
    int frames = parseInt(w[1]);
    if (frames < 0 || frames > lines.length - line) {
      throw error("'Frames: " + frames + "' but only " + Math.max(0, lines.length - line - 1) + " lines follow");
    }
    w = next();
    if (w.length != 3 || !w[0].equals("Frame") || !w[1].equals("Time:")) {
      throw error("expected 'Frame Time: t', found '" + String.join(" ", w) + "'");
    }
    double frameTime = parseDouble(w[2]);
    int channels = joints.stream().mapToInt(j -> j.channels().size()).sum();
    double[][] data = new double[frames][];
    for (int f = 0; f < frames; f++) {
      if (!hasNext()) {
        throw error("truncated: 'Frames: " + frames + "' declared, " + f + " frame lines present");
      }
      w = next();
      if (w.length != channels) {
        throw error("frame " + f + " has " + w.length + " values, the hierarchy has " + channels + " channels");
      }
      data[f] = new double[channels];
      for (int c = 0; c < channels; c++) {
        data[f][c] = parseDouble(w[c]);
      }
    }
    return new BvhMotion(joints, frameTime, data);
  }

  /** Reads one joint block starting at its ROOT/JOINT/End line {@code head}. */
  private void hierarchy(String[] head, int parent, String parentName, List<BvhJoint> joints) {
    boolean end = head[0].equals("End");
    if (end && parent < 0) {
      throw error("End Site outside a joint");
    }
    String jointName = end ? parentName + "_end" : (head.length > 1 ? head[1] : "");
    if (!end && head.length != 2) {
      throw error("expected '" + head[0] + " <name>', found '" + String.join(" ", head) + "'");
    }
    expect(next(), "{");
    double[] offset = null;
    List<String> channels = new ArrayList<>();
    int index = joints.size();
    joints.add(null); // placeholder keeps depth-first order; filled when the block closes
    while (true) {
      String[] w = next();
      switch (w[0]) {
        case "OFFSET" -> {
          if (w.length != 4) {
            throw error("OFFSET needs 3 values, found " + (w.length - 1));
          }
          offset = new double[] {parseDouble(w[1]), parseDouble(w[2]), parseDouble(w[3])};
        }
        case "CHANNELS" -> {
          int n = w.length > 1 ? parseInt(w[1]) : -1;
          if (n != w.length - 2) {
            throw error("CHANNELS declares " + (w.length > 1 ? w[1] : "nothing") + " but lists " + Math.max(0, w.length - 2));
          }
          channels.addAll(List.of(w).subList(2, w.length));
        }
        case "JOINT", "End" -> hierarchy(w, index, jointName, joints);
        case "}" -> {
          if (offset == null) {
            throw error("joint " + jointName + " has no OFFSET");
          }
          try {
            joints.set(index, new BvhJoint(jointName, parent, offset, channels));
          } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
          }
          return;
        }
        default -> throw error("unexpected '" + w[0] + "' in joint " + jointName);
      }
    }
  }

  private boolean hasNext() {
    while (line < lines.length && lines[line].isBlank()) {
      line++;
    }
    return line < lines.length;
  }

  private String[] next() {
    if (!hasNext()) {
      throw new IllegalArgumentException(name + ": unexpected end of file after line " + line);
    }
    return lines[line++].strip().split("\\s+");
  }

  private void expect(String[] w, String keyword) {
    if (!w[0].equals(keyword)) {
      throw error("expected " + keyword + ", found '" + String.join(" ", w) + "'");
    }
  }

  private int parseInt(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw error("not an integer: '" + s + "'");
    }
  }

  private double parseDouble(String s) {
    try {
      double v = Double.parseDouble(s);
      if (!Double.isFinite(v)) {
        throw error("not a finite number: '" + s + "'");
      }
      return v;
    } catch (NumberFormatException e) {
      throw error("not a number: '" + s + "'");
    }
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException(name + ":" + line + ": " + message);
  }
}
