package io.ofa4j.modality.motion;

/**
 * Rotation-matrix helpers for motion features. Matrices are {@code double[3][3]}, row-major,
 * acting on column vectors.
 */
final class Rotations {
  private Rotations() {}

  /** Rotation by {@code degrees} about axis {@code X}, {@code Y} or {@code Z}. */
  static double[][] axis(char axis, double degrees) {
    double r = Math.toRadians(degrees);
    double c = Math.cos(r);
    double s = Math.sin(r);
    return switch (axis) {
      case 'X' -> new double[][] {{1, 0, 0}, {0, c, -s}, {0, s, c}};
      case 'Y' -> new double[][] {{c, 0, s}, {0, 1, 0}, {-s, 0, c}};
      case 'Z' -> new double[][] {{c, -s, 0}, {s, c, 0}, {0, 0, 1}};
      default -> throw new IllegalArgumentException("unknown rotation axis '" + axis + "'");
    };
  }

  /**
   * Intrinsic Euler rotation in BVH channel order: {@code order = "ZXY"} with angles
   * {@code (a, b, c)} gives {@code Rz(a) Rx(b) Ry(c)} (scipy {@code from_euler("ZXY", ...)}).
   */
  static double[][] euler(String order, double[] degrees) {
    if (order.length() != degrees.length) {
      throw new IllegalArgumentException("rotation order " + order + " needs " + order.length() + " angles, found "
          + degrees.length);
    }
    double[][] m = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    for (int i = 0; i < order.length(); i++) {
      m = mul(m, axis(order.charAt(i), degrees[i]));
    }
    return m;
  }

  static double[][] mul(double[][] a, double[][] b) {
    double[][] c = new double[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        c[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j] + a[i][2] * b[2][j];
      }
    }
    return c;
  }

  /**
   * The heading: the y angle (radians) of the extrinsic {@code xzy} decomposition
   * {@code R = Ry(g) Rz(b) Rx(a)}, i.e. {@code atan2(-R[2][0], R[0][0])} (scipy
   * {@code as_euler("xzy")[-1]}).
   */
  static double yaw(double[][] r) {
    return Math.atan2(-r[2][0], r[0][0]);
  }
}
