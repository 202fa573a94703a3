package io.ofa4j.task.synthetic.motion;

import java.util.Locale;

/** Writes a {@link MotionClip} as BVH text (HIERARCHY with offsets and channels, then MOTION). */
public final class BvhWriter {
  private BvhWriter() {}

  /** The clip as a BVH document. */
  public static String write(MotionClip clip) {
    StringBuilder sb = new StringBuilder("HIERARCHY\n");
    joint(sb, 0, 0);
    sb.append("MOTION\nFrames: ").append(clip.frames().length).append('\n')
        .append(String.format(Locale.ROOT, "Frame Time: %.6f%n", clip.frameTime()));
    for (double[] f : clip.frames()) {
      for (int i = 0; i < f.length; i++) {
        sb.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.4f", f[i]));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static void joint(StringBuilder sb, int index, int depth) {
    Skeleton.Joint j = Skeleton.JOINTS.get(index);
    String pad = "  ".repeat(depth);
    sb.append(pad).append(index == 0 ? "ROOT " : "JOINT ").append(j.name()).append('\n')
        .append(pad).append("{\n")
        .append(pad).append(String.format(Locale.ROOT, "  OFFSET %.2f %.2f %.2f%n", j.x(), j.y(), j.z()))
        .append(pad).append(index == 0
            ? "  CHANNELS 6 Xposition Yposition Zposition Zrotation Xrotation Yrotation\n"
            : "  CHANNELS 3 Zrotation Xrotation Yrotation\n");
    boolean leaf = true;
    for (int k = 0; k < Skeleton.JOINTS.size(); k++) {
      if (Skeleton.JOINTS.get(k).parent() == index) {
        joint(sb, k, depth + 1);
        leaf = false;
      }
    }
    if (leaf) {
      sb.append(pad).append("  End Site\n").append(pad).append("  {\n").append(pad)
          .append("    OFFSET 0.00 5.00 0.00\n").append(pad).append("  }\n");
    }
    sb.append(pad).append("}\n");
  }
}
