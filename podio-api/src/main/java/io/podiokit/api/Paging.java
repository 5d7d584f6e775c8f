package io.podiokit.api;

import io.podiokit.RateLimitException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Walks a list that Podio serves in pages: fetches the first page when the first element is asked for, the next
 * page when the previous one is used up, and stops after a short or empty page, or when the total the answer gave
 * is reached. A page answered with a rate limit (420/429) is waited for (Retry-After, or a growing backoff) and
 * asked again, a bounded number of times, instead of failing half-way. Immutable and thread-safe; each stream or
 * iterator it makes is for one thread.
 *
 * <pre>{@code
 * Paging.defaults().stream((offset, limit) -> api.tasks().tasks(TaskQuery.builder().offset(offset).limit(limit).build()))
 *     .forEach(System.out::println);
 * }</pre>
 */
public final class Paging {

  /** Fetches one page as a list: at most {@code limit} elements from {@code offset}. */
  @FunctionalInterface
  public interface ListFetcher<T> {
    /**
     * One page.
     *
     * @param offset how many elements come before it
     * @param limit its largest size
     * @return the page's elements, at most {@code limit}
     */
    List<T> fetch(int offset, int limit);
  }

  /** Fetches one page with the number of elements in the whole list (Podio's {@code filtered} or {@code total}). */
  @FunctionalInterface
  public interface PageFetcher<T> {
    /**
     * One page.
     *
     * @param offset how many elements come before it
     * @param limit its largest size
     * @return the page's elements and the list's size
     */
    Page<T> fetch(int offset, int limit);
  }

  /**
   * One page of a list.
   *
   * @param items the page's elements
   * @param total how many elements the whole list has, or {@code -1} when not known
   * @param <T> the element type
   */
  public record Page<T>(List<T> items, long total) {
    /**
     * Checks and copies.
     *
     * @param items the page's elements
     * @param total how many elements the whole list has, or {@code -1} when not known
     */
    public Page {
      items = List.copyOf(Objects.requireNonNull(items, "items == null"));
    }
  }

  /** Waits a duration; {@link #SYSTEM} sleeps the thread. */
  @FunctionalInterface
  public interface Sleeper {
    /** Sleeps the calling thread. */
    Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());

    /**
     * Waits {@code duration}.
     *
     * @param duration how long
     * @throws InterruptedException when interrupted
     */
    void sleep(Duration duration) throws InterruptedException;
  }

  /** 100 elements a page. */
  public static final int DEFAULT_PAGE_SIZE = 100;
  /** Rate-limited pages are asked again up to 5 times. */
  public static final int DEFAULT_RATE_LIMIT_WAITS = 5;
  /** A Retry-After longer than 5 minutes is not waited for: the {@link RateLimitException} comes at once. */
  public static final Duration DEFAULT_MAX_WAIT = Duration.ofMinutes(5);
  /** Without a Retry-After, the first wait is 1 second, doubling with each further wait. */
  public static final Duration DEFAULT_FIRST_BACKOFF = Duration.ofSeconds(1);

  private static final Paging DEFAULTS = builder().build();

  private final int pageSize;
  private final int rateLimitWaits;
  private final Duration maxWait;
  private final Duration firstBackoff;
  private final Sleeper sleeper;

  private Paging(Builder b) {
    this.pageSize = b.pageSize;
    this.rateLimitWaits = b.rateLimitWaits;
    this.maxWait = b.maxWait;
    this.firstBackoff = b.firstBackoff;
    this.sleeper = b.sleeper;
  }

  /** {@return 100 a page, up to 5 rate-limit waits of at most 5 minutes each} */
  public static Paging defaults() {
    return DEFAULTS;
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the page size asked for} */
  public int pageSize() {
    return pageSize;
  }

  /**
   * The elements of every page, fetched lazily.
   *
   * @param <T> the element type
   * @param fetcher fetches one page from an offset and a limit
   * @return the elements of every page, fetched lazily
   */
  public <T> Stream<T> stream(ListFetcher<T> fetcher) {
    Objects.requireNonNull(fetcher, "fetcher == null");
    return streamPages((offset, limit) -> new Page<>(fetcher.fetch(offset, limit), -1));
  }

  /**
   * The elements of every page, fetched lazily, up to the total the pages report.
   *
   * @param <T> the element type
   * @param fetcher fetches one page from an offset and a limit
   * @return the elements of every page, fetched lazily, up to the total the pages report
   */
  public <T> Stream<T> streamPages(PageFetcher<T> fetcher) {
    Objects.requireNonNull(fetcher, "fetcher == null");
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(new PageIterator<>(fetcher), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * An {@link Iterable} over every page's elements; each iterator starts from the first page again.
   *
   * @param <T> the element type
   * @param fetcher fetches one page from an offset and a limit
   * @return an {@link Iterable} over every page's elements; each iterator starts from the first page again
   */
  public <T> Iterable<T> iterable(ListFetcher<T> fetcher) {
    Objects.requireNonNull(fetcher, "fetcher == null");
    return () -> stream(fetcher).iterator();
  }

  /**
   * An {@link Iterable} over every page's elements up to the total the pages report; each iterator starts from the
   * first page again.
   *
   * @param fetcher fetches one page with the list's size
   * @param <T> the element type
   * @return the elements, fetched lazily
   */
  public <T> Iterable<T> iterablePages(PageFetcher<T> fetcher) {
    Objects.requireNonNull(fetcher, "fetcher == null");
    return () -> new PageIterator<>(fetcher);
  }

  private final class PageIterator<T> implements Iterator<T> {
    private final PageFetcher<T> fetcher;
    private @Nullable Iterator<T> current;
    private int offset;
    private boolean last;

    PageIterator(PageFetcher<T> fetcher) {
      this.fetcher = fetcher;
    }

    @Override
    public boolean hasNext() {
      while (current == null || !current.hasNext()) {
        if (last) {
          return false;
        }
        Page<T> page = fetchWaitingOnRateLimits(offset);
        List<T> items = page.items();
        offset += items.size();
        last = items.size() < pageSize || (page.total() >= 0 && offset >= page.total());
        current = items.iterator();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return Objects.requireNonNull(current).next();
    }

    private Page<T> fetchWaitingOnRateLimits(int from) {
      for (int waited = 0; ; waited++) {
        try {
          return fetcher.fetch(from, pageSize);
        } catch (RateLimitException e) {
          Duration retryAfter = e.retryAfter().orElse(null);
          Duration backoff = firstBackoff.multipliedBy(1L << Math.min(waited, 6));
          Duration wait = retryAfter != null ? retryAfter : backoff.compareTo(maxWait) > 0 ? maxWait : backoff;
          if (waited >= rateLimitWaits || wait.compareTo(maxWait) > 0) {
            throw e;
          }
          try {
            sleeper.sleep(wait);
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw e;
          }
        }
      }
    }
  }

  @Override
  public String toString() {
    return "Paging[pageSize=" + pageSize + ", rateLimitWaits=" + rateLimitWaits + ", maxWait=" + maxWait
        + ", backoff=" + firstBackoff + "]";
  }

  /** Builds a {@link Paging}. */
  public static final class Builder {
    private int pageSize = DEFAULT_PAGE_SIZE;
    private int rateLimitWaits = DEFAULT_RATE_LIMIT_WAITS;
    private Duration maxWait = DEFAULT_MAX_WAIT;
    private Duration firstBackoff = DEFAULT_FIRST_BACKOFF;
    private Sleeper sleeper = Sleeper.SYSTEM;

    private Builder() {}

    /**
     * Elements asked for per page, 1 to 500; default {@value #DEFAULT_PAGE_SIZE}.
     *
     * @param pageSize the page size
     * @return this builder
     */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1 || pageSize > 500) {
        throw new IllegalArgumentException("pageSize must be between 1 and 500, was " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /**
     * How often a rate-limited page is asked again (0 to 20; default 5), and the longest wait accepted before each
     * (default 5 minutes).
     *
     * @param waits how many waits, 0 to 20
     * @param maxWait the longest wait accepted
     * @return this builder
     */
    public Builder rateLimitWaits(int waits, Duration maxWait) {
      if (waits < 0 || waits > 20) {
        throw new IllegalArgumentException("waits must be between 0 and 20, was " + waits);
      }
      Objects.requireNonNull(maxWait, "maxWait == null");
      if (maxWait.isNegative() || maxWait.isZero()) {
        throw new IllegalArgumentException("maxWait must be positive, was " + maxWait);
      }
      this.rateLimitWaits = waits;
      this.maxWait = maxWait;
      return this;
    }

    /**
     * The first wait after a rate limit that came without {@code Retry-After} (default 1 second); each further wait
     * doubles it, up to the longest wait accepted. Podio counts calls per hour, so minutes suit long walks.
     *
     * @param first the first wait
     * @return this builder
     */
    public Builder backoff(Duration first) {
      Objects.requireNonNull(first, "first == null");
      if (first.isNegative() || first.isZero()) {
        throw new IllegalArgumentException("first must be positive, was " + first);
      }
      this.firstBackoff = first;
      return this;
    }

    /**
     * How waits are made; default {@link Sleeper#SYSTEM}. Tests pass one that moves a test clock.
     *
     * @param sleeper makes the waits
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /** {@return the paging} */
    public Paging build() {
      return new Paging(this);
    }
  }
}
