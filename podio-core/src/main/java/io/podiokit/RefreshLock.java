package io.podiokit;

import java.time.Duration;
import java.util.Optional;

/**
 * Optional capability of a shared {@link SessionStore}: a lease that lets exactly one process at a time refresh a
 * session. A store that offers it implements this interface too; the token manager then coordinates refreshes across
 * processes. A lease lapses by itself after its time-to-live, so a holder that dies only delays the others.
 */
public interface RefreshLock {

  /**
   * Takes the lease on {@code key} for {@code ttl} if nobody holds it; empty if somebody does.
   *
   * @param key whose session
   * @param ttl how long the entry is kept
   * @return the lease, or empty if somebody else holds it
   */
  Optional<Lease> tryAcquire(SessionKey key, Duration ttl);

  /**
   * A held lease. The token manager renews it while its refresh runs, so a slow but live holder keeps it however long
   * Podio takes, and a dead holder's lease lapses after one time-to-live.
   */
  interface Lease extends AutoCloseable {

    /**
     * Extends the lease to {@code ttl} from now if this holder still has it.
     *
     * @param ttl how long the entry is kept
     * @return false if the lease had lapsed and was lost (possibly taken by another holder), which it is not taken back
     */
    boolean renew(Duration ttl);

    /** Releases the lease, but only if it is still this holder's (a lapsed lease is not touched). */
    @Override
    void close();
  }
}
