package io.podiokit.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The query options Podio's writes accept: {@code silent} (no notifications or stream entries), {@code hook}
 * ({@code false}: no webhooks fired) and {@code fields} (which parts of the object to return). Immutable; it is the
 * query map itself, so service methods take it as {@code @QueryMap WriteOptions options}.
 *
 * <pre>{@code
 * api.items().create(appId, values, WriteOptions.builder().silent(true).hook(false).build());
 * }</pre>
 */
public final class WriteOptions extends QueryOptions {

  private static final WriteOptions NONE = new WriteOptions(Map.of());

  private WriteOptions(Map<String, String> query) {
    super(query);
  }

  /** {@return no options: Podio's defaults (notifications sent, webhooks fired)} */
  public static WriteOptions none() {
    return NONE;
  }

  /** {@return {@code silent=1}: no notifications, no stream entries} */
  public static WriteOptions silent() {
    return builder().silent(true).build();
  }

  /** {@return a builder with no option set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return whether {@code silent} is set} */
  public boolean isSilent() {
    return "1".equals(get("silent"));
  }

  /** {@return whether webhooks fire (true unless {@code hook=false})} */
  public boolean firesHooks() {
    return !"false".equals(get("hook"));
  }

  /** {@return the {@code fields} option, or {@code null}} */
  public @Nullable String fields() {
    return get("fields");
  }

  /** Builds {@link WriteOptions}. */
  public static final class Builder {
    private final Map<String, String> query = new LinkedHashMap<>();

    private Builder() {}

    /**
     * {@code true}: no notifications and no stream entries for this write. Default false.
     *
     * @param silent whether the write is silent
     * @return this builder
     */
    public Builder silent(boolean silent) {
      if (silent) {
        query.put("silent", "1");
      } else {
        query.remove("silent");
      }
      return this;
    }

    /**
     * {@code false}: no webhooks fire for this write. Default true.
     *
     * @param hook whether webhooks fire
     * @return this builder
     */
    public Builder hook(boolean hook) {
      if (hook) {
        query.remove("hook");
      } else {
        query.put("hook", "false");
      }
      return this;
    }

    /**
     * Which parts of the written object Podio returns, e.g. {@code "items.view(micro)"}.
     *
     * @param fields the {@code fields} option, not blank
     * @return this builder
     */
    public Builder fields(String fields) {
      query.put("fields", requireText(fields, "fields"));
      return this;
    }

    /** {@return the options} */
    public WriteOptions build() {
      return query.isEmpty() ? NONE : new WriteOptions(query);
    }
  }
}
