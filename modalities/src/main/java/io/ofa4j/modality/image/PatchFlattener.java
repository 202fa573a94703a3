package io.ofa4j.modality.image;

import java.util.List;

/**
 * Normalises resized frames and cuts them into Qwen2-VL patch rows. The frames {@code [T, 3, H, W]}
 * (T padded to a multiple of the temporal patch by repeating the last frame) are viewed as
 * {@code [T/tp, tp, 3, H/(p*m), m, p, W/(p*m), m, p]} and transposed to axes
 * {@code (0, 3, 6, 4, 7, 2, 1, 5, 8)}: rows ordered temporal index, merge window (row, column),
 * position in the window; columns ordered channel, temporal, pixel row, pixel column.
 */
final class PatchFlattener {

  private PatchFlattener() {}

  static VisionFeatures flatten(List<RgbImage> frames, int height, int width, Qwen2VlImageConfig cfg,
      float[][] lut) {
    int tp = cfg.temporalPatchSize();
    int p = cfg.patchSize();
    int m = cfg.mergeSize();
    int padded = (frames.size() + tp - 1) / tp * tp;
    int gridT = padded / tp;
    int gridH = height / p;
    int gridW = width / p;
    int dim = cfg.patchDim();
    float[] out = new float[Math.multiplyExact(gridT * gridH * gridW, dim)];
    int row = 0;
    for (int t = 0; t < gridT; t++) {
      for (int bh = 0; bh < gridH / m; bh++) {
        for (int bw = 0; bw < gridW / m; bw++) {
          for (int mh = 0; mh < m; mh++) {
            for (int mw = 0; mw < m; mw++) {
              int y0 = (bh * m + mh) * p;
              int x0 = (bw * m + mw) * p;
              int col = row * dim;
              for (int c = 0; c < 3; c++) {
                for (int k = 0; k < tp; k++) {
                  // Frames beyond the clip repeat the last one (HF pads videos this way).
                  byte[] rgb = frames.get(Math.min(t * tp + k, frames.size() - 1)).rgb();
                  for (int py = 0; py < p; py++) {
                    int base = ((y0 + py) * width + x0) * 3 + c;
                    for (int px = 0; px < p; px++) {
                      out[col++] = lut[c][rgb[base + px * 3] & 0xff];
                    }
                  }
                }
              }
              row++;
            }
          }
        }
      }
    }
    return new VisionFeatures(out, dim, new int[] {gridT, gridH, gridW}, frames, m);
  }
}
