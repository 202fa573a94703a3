package io.ofa4j.runtime.kernel;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * A fixed team of threads that runs one task on every member and waits for all of them. The
 * caller is member 0, so {@code threads - 1} daemon workers are started.
 *
 * <p>Why not an {@code ExecutorService}: a decode step dispatches ~120 short parallel sections;
 * futures allocate and go through a queue each time. Here a dispatch is one volatile write and
 * an unpark per worker, and a worker spins briefly before parking so back-to-back sections
 * (q/k/v, then o_proj, then the MLP) do not pay a full park/unpark round trip.
 */
public final class ParallelRunner implements AutoCloseable {
  private static final int SPINS = 2_000;

  private final int threads;
  private final Thread[] workers;
  private final AtomicInteger pending = new AtomicInteger();
  private volatile IntConsumer task;
  private volatile int generation;
  private volatile boolean closed;
  private volatile Thread caller;
  private volatile Throwable failure;

  /** A team of {@code threads} (>= 1) members. */
  public ParallelRunner(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads (" + threads + ") must be >= 1");
    }
    this.threads = threads;
    this.workers = new Thread[threads - 1];
    for (int i = 0; i < workers.length; i++) {
      int member = i + 1;
      workers[i] = new Thread(() -> loop(member), "ofa4j-kernel-" + member);
      workers[i].setDaemon(true);
      workers[i].start();
    }
  }

  /** Number of members (including the caller). */
  public int threads() {
    return threads;
  }

  /**
   * Runs {@code body.accept(member)} for every member {@code 0..threads-1} concurrently and
   * returns when all are done; an exception in any member is rethrown here.
   */
  public synchronized void run(IntConsumer body) {
    if (closed) {
      throw new IllegalStateException("ParallelRunner is closed");
    }
    if (workers.length == 0) {
      body.accept(0);
      return;
    }
    failure = null;
    task = body;
    caller = Thread.currentThread();
    pending.set(workers.length);
    generation++;
    for (Thread w : workers) {
      LockSupport.unpark(w);
    }
    Throwable own = null;
    try {
      body.accept(0);
    } catch (Throwable t) {
      own = t;
    }
    int spins = 0;
    while (pending.get() > 0) {
      if (++spins < SPINS) {
        Thread.onSpinWait();
      } else {
        LockSupport.park(this);
      }
    }
    Throwable t = own != null ? own : failure;
    if (t instanceof RuntimeException r) {
      throw r;
    } else if (t instanceof Error e) {
      throw e;
    } else if (t != null) {
      throw new IllegalStateException(t);
    }
  }

  private void loop(int member) {
    int seen = 0;
    while (true) {
      int spins = 0;
      while (generation == seen && !closed) {
        if (++spins < SPINS) {
          Thread.onSpinWait();
        } else {
          LockSupport.park(this);
        }
      }
      if (closed) {
        return;
      }
      seen = generation;
      try {
        task.accept(member);
      } catch (Throwable t) {
        failure = t;
      } finally {
        if (pending.decrementAndGet() == 0) {
          LockSupport.unpark(caller);
        }
      }
    }
  }

  /** First index of member {@code member}'s share of {@code [0, n)}, in multiples of {@code align}. */
  public static int start(int n, int parts, int member, int align) {
    long units = (n + align - 1) / align;
    return (int) Math.min(n, units * member / parts * align);
  }

  /** End (exclusive) of member {@code member}'s share; see {@link #start}. */
  public static int end(int n, int parts, int member, int align) {
    return start(n, parts, member + 1, align);
  }

  @Override
  public void close() {
    closed = true;
    for (Thread w : workers) {
      LockSupport.unpark(w);
    }
  }
}
