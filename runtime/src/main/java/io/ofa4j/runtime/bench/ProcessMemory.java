package io.ofa4j.runtime.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident-set and CPU figures of this process from {@code /proc/self/status} (Linux). */
public final class ProcessMemory {
  private ProcessMemory() {}

  /** Peak resident set size ({@code VmHWM}) in bytes, or -1 where /proc is unavailable. */
  public static long peakRssBytes() {
    return field("VmHWM:");
  }

  /** Current resident set size ({@code VmRSS}) in bytes, or -1. */
  public static long rssBytes() {
    return field("VmRSS:");
  }

  /** Current resident set size in MiB, or NaN where /proc is unavailable. */
  public static double residentMb() {
    long bytes = rssBytes();
    return bytes < 0 ? Double.NaN : bytes / (1024.0 * 1024.0);
  }

  /** CPU time of this process (all threads) in nanoseconds, or -1 where unavailable. */
  public static long cpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  private static long field(String name) {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return -1;
    }
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith(name)) {
          String[] parts = line.substring(name.length()).trim().split("\\s+");
          return Long.parseLong(parts[0]) * 1024; // reported in kB
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
