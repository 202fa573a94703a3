package io.ofa4j.modality.video;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.image.PixelConversion;
import io.ofa4j.modality.image.RgbImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jcodec.api.FrameGrab;
import org.jcodec.api.JCodecException;
import org.jcodec.api.PictureWithMetadata;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.scale.AWTUtil;

/**
 * Pure-Java fallback decoder (jcodec; H.264 in MP4) for machines without ffmpeg. jcodec hands out
 * frames in decode order, so all frames (at most {@code 4 * maxFrames}) are decoded, sorted by
 * presentation time, then sampled.
 */
public final class JcodecVideoDecoder implements VideoDecoder {

  @Override
  public List<RgbImage> decode(Path file, FrameSampling sampling) {
    requireNonNull(file, "file is null");
    requireNonNull(sampling, "sampling is null");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("video file " + file + " does not exist or is not a file");
    }
    List<Timed> all = new ArrayList<>();
    int limit = 4 * sampling.maxFrames();
    try (SeekableByteChannel ch = NIOUtils.readableChannel(file.toFile())) {
      FrameGrab grab = FrameGrab.createFrameGrab(ch);
      PictureWithMetadata pm;
      long bytes = 0;
      while ((pm = grab.getNativeFrameWithMetadata()) != null) {
        if (all.size() >= limit) {
          throw new IllegalArgumentException("video file " + file + " has more than " + limit
              + " frames, too many for the jcodec fallback (install ffmpeg)");
        }
        RgbImage rgb = PixelConversion.toRgb(AWTUtil.toBufferedImage(pm.getPicture()));
        bytes += rgb.rgb().length;
        FrameSampling.checkDecodedBytes(file, all.size() + 1, bytes);
        all.add(new Timed(pm.getTimestamp(), rgb));
      }
    } catch (IOException | JCodecException | RuntimeException e) {
      if (e instanceof IllegalArgumentException iae && String.valueOf(iae.getMessage()).startsWith("video file")) {
        throw iae;
      }
      throw new IllegalArgumentException("video file " + file + " could not be decoded by jcodec: " + e, e);
    }
    if (all.isEmpty()) {
      throw new IllegalArgumentException("video file " + file + " has no decodable video frames");
    }
    all.sort(Comparator.comparingDouble(Timed::seconds));
    List<RgbImage> out = new ArrayList<>();
    if (sampling.byCount()) {
      for (int i : sampling.indices(all.size())) {
        out.add(all.get(i).image());
      }
    } else {
      long lastSlot = -1;
      double t0 = all.get(0).seconds();
      for (Timed t : all) {
        long slot = (long) Math.floor((t.seconds() - t0) * sampling.fps() + 1e-9);
        if (slot > lastSlot && out.size() < sampling.maxFrames()) {
          out.add(t.image());
          lastSlot = slot;
        }
      }
    }
    return out;
  }

  private record Timed(double seconds, RgbImage image) {}
}
