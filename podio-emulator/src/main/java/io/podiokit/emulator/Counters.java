package io.podiokit.emulator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** The emulator's live counters; {@link #snapshot()} gives the immutable view tests read. */
final class Counters {

  private final ConcurrentHashMap<String, LongAdder> exchanges = new ConcurrentHashMap<>();
  private final LongAdder tokenRequests = new LongAdder();
  private final LongAdder invalidGrants = new LongAdder();
  private final LongAdder apiCalls = new LongAdder();
  private final LongAdder apiFailures = new LongAdder();
  private final LongAdder rejectedTokens = new LongAdder();
  private final LongAdder rateLimited = new LongAdder();
  private final LongAdder faultsInjected = new LongAdder();

  void tokenRequest() {
    tokenRequests.increment();
  }

  void exchange(String grantType) {
    exchanges.computeIfAbsent(grantType, k -> new LongAdder()).increment();
  }

  void invalidGrant() {
    invalidGrants.increment();
  }

  void apiCall() {
    apiCalls.increment();
  }

  void apiFailure() {
    apiFailures.increment();
  }

  void rejectedToken() {
    rejectedTokens.increment();
  }

  void rateLimited() {
    rateLimited.increment();
  }

  void faultInjected() {
    faultsInjected.increment();
  }

  void reset() {
    exchanges.clear();
    tokenRequests.reset();
    invalidGrants.reset();
    apiCalls.reset();
    apiFailures.reset();
    rejectedTokens.reset();
    rateLimited.reset();
    faultsInjected.reset();
  }

  EmulatorCounters snapshot() {
    Map<String, Long> byGrant = new TreeMap<>();
    exchanges.forEach((k, v) -> byGrant.put(k, v.sum()));
    return new EmulatorCounters(byGrant, tokenRequests.sum(), invalidGrants.sum(), apiCalls.sum(), apiFailures.sum(),
        rejectedTokens.sum(), rateLimited.sum(), faultsInjected.sum());
  }
}
