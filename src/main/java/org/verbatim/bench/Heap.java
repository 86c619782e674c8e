package org.verbatim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The peak heap of this JVM: the most heap in use at once (live objects and garbage not yet
 * collected), sampled every 10 ms by a daemon thread from {@link #resetPeaks()} on. The measured
 * ingests run with {@value Bench#INGEST_HEAP} as their heap limit, so an ingest that completes
 * at its speed shows that it fits in that heap; this figure says how much of it was in use.
 */
final class Heap {

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final AtomicLong PEAK = new AtomicLong();
  private static Thread sampler; // guarded by Heap.class

  private Heap() {}

  static synchronized void resetPeaks() {
    PEAK.set(used());
    if (sampler == null) {
      sampler = Thread.ofPlatform().daemon().name("bench-heap-sampler").start(() -> {
        while (true) {
          PEAK.accumulateAndGet(used(), Math::max);
          try {
            Thread.sleep(10);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      });
    }
  }

  static long peakBytes() {
    return PEAK.accumulateAndGet(used(), Math::max);
  }

  private static long used() {
    return MEMORY.getHeapMemoryUsage().getUsed();
  }
}
