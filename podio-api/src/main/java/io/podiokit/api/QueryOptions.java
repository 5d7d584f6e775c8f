package io.podiokit.api;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable map of query parameters: the typed options of Podio's lists and writes ({@code TaskQuery},
 * {@code FileQuery}, {@link WriteOptions}, ...) extend it, so service methods take them as {@code @QueryMap}. It also
 * holds the checks those options share: a page's {@code limit} and {@code offset}, and texts that must not be blank.
 */
public abstract class QueryOptions extends AbstractMap<String, String> {

  private final Map<String, String> query;

  /**
   * Options holding a copy of {@code query}, in its order.
   *
   * @param query the parameters, by name
   */
  protected QueryOptions(Map<String, String> query) {
    this.query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
  }

  /**
   * Checks a page size.
   *
   * @param limit the page size asked for
   * @param max the largest page Podio serves
   * @return {@code limit}
   * @throws IllegalArgumentException if {@code limit} is not between 1 and {@code max}
   */
  public static int checkLimit(int limit, int max) {
    if (limit < 1 || limit > max) {
      throw new IllegalArgumentException("limit must be between 1 and " + max + ", was " + limit);
    }
    return limit;
  }

  /**
   * Checks how many results a page skips.
   *
   * @param offset the offset asked for
   * @return {@code offset}
   * @throws IllegalArgumentException if {@code offset} is negative
   */
  public static int checkOffset(int offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, was " + offset);
    }
    return offset;
  }

  /**
   * Checks a text parameter.
   *
   * @param value the text
   * @param name its name, for the messages
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static String requireText(String value, String name) {
    Objects.requireNonNull(value, () -> name + " == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  @Override
  public final Set<Entry<String, String>> entrySet() {
    return query.entrySet();
  }

  @Override
  public final @Nullable String get(@Nullable Object key) {
    return query.get(key);
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName() + query;
  }

  /**
   * The part of a list query's builder every paged list shares: the parameters set so far, {@code limit} (checked
   * against the list's largest page) and {@code offset}.
   *
   * @param <B> the concrete builder, returned by each setter
   */
  public abstract static class PageBuilder<B extends PageBuilder<B>> {

    /** The parameters set so far, in the order they were set. */
    protected final Map<String, String> query;
    private final int maxLimit;

    /**
     * A builder starting from {@code from}.
     *
     * @param from the parameters to start with
     * @param maxLimit the largest page the list serves
     */
    protected PageBuilder(Map<String, String> from, int maxLimit) {
      this.query = new LinkedHashMap<>(from);
      this.maxLimit = maxLimit;
    }

    /**
     * At most this many elements.
     *
     * @param limit 1 to the list's largest page ({@code MAX_LIMIT} of the query type)
     * @return this builder
     */
    public final B limit(int limit) {
      query.put("limit", Integer.toString(checkLimit(limit, maxLimit)));
      return self();
    }

    /**
     * Skip this many elements.
     *
     * @param offset 0 or more
     * @return this builder
     */
    public final B offset(int offset) {
      query.put("offset", Integer.toString(checkOffset(offset)));
      return self();
    }

    /** {@return this builder, as its concrete type} */
    @SuppressWarnings("unchecked")
    protected final B self() {
      return (B) this;
    }
  }
}
