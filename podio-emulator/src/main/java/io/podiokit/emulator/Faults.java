package io.podiokit.emulator;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * The faults scripted for one side of the emulator (its token endpoint or its API). Each request first takes the next
 * queued fault, if any; otherwise, when random faults are set, it shows one of them with the set probability.
 * Safe for concurrent use.
 */
public final class Faults {

  private record RandomFaults(double probability, List<Fault> faults) {}

  private final ConcurrentLinkedQueue<Fault> queue = new ConcurrentLinkedQueue<>();
  private volatile @Nullable RandomFaults random;

  Faults() {}

  /** Queues {@code faults}: the next requests show them, one each, in this order. */
  public Faults next(Fault... faults) {
    Objects.requireNonNull(faults, "faults == null");
    for (Fault f : faults) {
      Objects.requireNonNull(f, "faults contains null");
    }
    queue.addAll(List.of(faults));
    return this;
  }

  /**
   * From now on, each request without a queued fault shows one of {@code faults} (picked uniformly) with
   * {@code probability} (0 to 1). Replaces earlier random faults.
   */
  public Faults random(double probability, Fault... faults) {
    Objects.requireNonNull(faults, "faults == null");
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be between 0 and 1, was " + probability);
    }
    if (faults.length == 0) {
      throw new IllegalArgumentException("no faults given: pass at least one Fault");
    }
    random = new RandomFaults(probability, List.of(faults));
    return this;
  }

  /** Removes the queued and the random faults. */
  public void clear() {
    random = null;
    queue.clear();
  }

  /** How many queued faults are still waiting for a request. */
  public int queued() {
    return queue.size();
  }

  /** The fault the current request shows, or {@code null} for a normal answer. */
  @Nullable Fault take() {
    Fault next = queue.poll();
    if (next != null) {
      return next;
    }
    RandomFaults r = random;
    if (r == null || r.probability() == 0) {
      return null;
    }
    ThreadLocalRandom rnd = ThreadLocalRandom.current();
    if (rnd.nextDouble() >= r.probability()) {
      return null;
    }
    return r.faults().get(rnd.nextInt(r.faults().size()));
  }

  @Override
  public String toString() {
    RandomFaults r = random;
    return "Faults[queued=" + queue + (r == null ? "" : ", random=" + r.faults() + " p=" + r.probability()) + "]";
  }
}
