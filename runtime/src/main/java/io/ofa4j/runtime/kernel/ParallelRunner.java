package io.ofa4j.runtime.kernel;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * A fixed team of threads that shares out the chunks of one parallel section: every member
 * (the caller is member 0, {@code threads - 1} daemon workers help) claims chunks from a shared
 * counter until none are left, and {@link #run} returns once every chunk is done.
 *
 * <p>Why this shape: a decode step dispatches ~120 short sections, so a dispatch must be cheap
 * (one volatile write and an unpark, no futures or queues), and the development machines are
 * shared and oversubscribed, so a member that the OS does not schedule must not hold the others
 * up: its chunks are simply claimed by whoever runs. Workers spin briefly before parking so
 * back-to-back sections do not pay a full park/unpark round trip.
 */
public final class ParallelRunner implements AutoCloseable {
  private static final int SPINS = 2_000;

  /** One parallel section. */
  private static final class Job {
    final IntConsumer body;
    final int chunks;
    final Thread caller;
    final AtomicInteger next = new AtomicInteger();
    final AtomicInteger done = new AtomicInteger();
    volatile Throwable failure;

    Job(IntConsumer body, int chunks, Thread caller) {
      this.body = body;
      this.chunks = chunks;
      this.caller = caller;
    }

    /** Claims and runs chunks until none are left. */
    void work() {
      int c;
      while ((c = next.getAndIncrement()) < chunks) {
        try {
          if (failure == null) {
            body.accept(c);
          }
        } catch (Throwable t) {
          failure = t;
        } finally {
          if (done.incrementAndGet() == chunks) {
            LockSupport.unpark(caller);
          }
        }
      }
    }
  }

  private final int threads;
  private final Thread[] workers;
  private volatile Job job;
  private volatile boolean closed;

  /** A team of {@code threads} (>= 1) members. */
  public ParallelRunner(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads (" + threads + ") must be >= 1");
    }
    this.threads = threads;
    this.workers = new Thread[threads - 1];
    for (int i = 0; i < workers.length; i++) {
      workers[i] = new Thread(this::loop, "ofa4j-kernel-" + (i + 1));
      workers[i].setDaemon(true);
      workers[i].start();
    }
  }

  /** Number of members (including the caller). */
  public int threads() {
    return threads;
  }

  /**
   * Runs {@code body.accept(chunk)} for every chunk {@code 0..chunks-1}, spread over the team,
   * and returns when all are done; the first exception thrown by a chunk is rethrown here.
   */
  public synchronized void run(int chunks, IntConsumer body) {
    if (closed) {
      throw new IllegalStateException("ParallelRunner is closed");
    }
    if (chunks <= 0) {
      return;
    }
    Job j = new Job(body, chunks, Thread.currentThread());
    if (workers.length > 0 && chunks > 1) {
      job = j;
      for (Thread w : workers) {
        LockSupport.unpark(w);
      }
    }
    j.work();
    int spins = 0;
    while (j.done.get() < chunks) {
      if (++spins < SPINS) {
        Thread.onSpinWait();
      } else {
        LockSupport.park(this);
      }
    }
    Throwable t = j.failure;
    if (t instanceof RuntimeException r) {
      throw r;
    } else if (t instanceof Error e) {
      throw e;
    } else if (t != null) {
      throw new IllegalStateException(t);
    }
  }

  private void loop() {
    Job seen = null;
    while (true) {
      int spins = 0;
      Job j;
      while ((j = job) == seen && !closed) {
        if (++spins < SPINS) {
          Thread.onSpinWait();
        } else {
          LockSupport.park(this);
        }
      }
      if (closed) {
        return;
      }
      seen = j;
      j.work();
    }
  }

  /** First index of part {@code part} of {@code [0, n)} split in {@code parts}, in multiples of {@code align}. */
  public static int start(int n, int parts, int part, int align) {
    long units = (n + align - 1) / align;
    return (int) Math.min(n, units * part / parts * align);
  }

  /** End (exclusive) of part {@code part}; see {@link #start}. */
  public static int end(int n, int parts, int part, int align) {
    return start(n, parts, part + 1, align);
  }

  @Override
  public void close() {
    closed = true;
    for (Thread w : workers) {
      LockSupport.unpark(w);
    }
  }
}
