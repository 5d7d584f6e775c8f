package io.podiokit;

import java.time.Duration;
import java.util.Optional;

/**
 * Optional capability of a shared {@link SessionStore}: a lease that lets exactly one process at a time refresh a
 * session. A store that offers it implements this interface too; the token manager then coordinates refreshes across
 * processes. A lease lapses by itself after its time-to-live, so a holder that dies only delays the others.
 */
public interface RefreshLock {

  /** Takes the lease on {@code key} for {@code ttl} if nobody holds it; empty if somebody does. */
  Optional<Lease> tryAcquire(SessionKey key, Duration ttl);

  /** A held lease. Closing it releases it, but only if it is still this holder's (a lapsed lease is not touched). */
  interface Lease extends AutoCloseable {
    @Override
    void close();
  }
}
