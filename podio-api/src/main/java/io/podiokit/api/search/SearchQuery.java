package io.podiokit.api.search;

import com.squareup.moshi.Json;
import io.podiokit.api.QueryOptions;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a search asks for: the words, the type of objects to find, and the page.
 *
 * <pre>{@code
 * api.search().inApp(appId, SearchQuery.of("offer").refType("item").page(0, 20));
 * }</pre>
 *
 * @param query the words to find (every word must occur)
 * @param refType only objects of this type ({@code item}, {@code task}, {@code status}, ...); {@code null} for all
 * @param limit at most this many results (1 to 100); {@code null} for Podio's default (20)
 * @param offset skip this many results; {@code null} for none
 * @param searchFields where to look, e.g. {@code title}; {@code null} for everywhere
 */
public record SearchQuery(String query, @Json(name = "ref_type") @Nullable String refType, @Nullable Integer limit,
                          @Nullable Integer offset, @Json(name = "search_fields") @Nullable String searchFields) {

  /** Podio's largest page of search results. */
  public static final int MAX_LIMIT = 100;

  /**
   * Checks the values.
   *
   * @param query the words to find, not blank
   * @param refType the type of objects to find, or {@code null}
   * @param limit 1 to {@value #MAX_LIMIT}, or {@code null}
   * @param offset 0 or more, or {@code null}
   * @param searchFields where to look, or {@code null}
   */
  public SearchQuery {
    QueryOptions.requireText(query, "query");
    if (limit != null) {
      QueryOptions.checkLimit(limit, MAX_LIMIT);
    }
    if (offset != null) {
      QueryOptions.checkOffset(offset);
    }
  }

  /**
   * A search for {@code query} in objects of every type, first page.
   *
   * @param query the words to find
   * @return the query
   */
  public static SearchQuery of(String query) {
    return new SearchQuery(query, null, null, null, null);
  }

  /**
   * This search, only for objects of one type.
   *
   * @param refType {@code item}, {@code task}, {@code status}, ...
   * @return a copy with the type set
   */
  public SearchQuery refType(String refType) {
    return new SearchQuery(query, Objects.requireNonNull(refType, "refType == null"), limit, offset, searchFields);
  }

  /**
   * This search, looking only in some fields.
   *
   * @param searchFields e.g. {@code title}
   * @return a copy with the fields set
   */
  public SearchQuery searchFields(String searchFields) {
    return new SearchQuery(query, refType, limit, offset,
        Objects.requireNonNull(searchFields, "searchFields == null"));
  }

  /**
   * This search, for another page.
   *
   * @param offset skip this many results
   * @param limit at most this many results (1 to {@value #MAX_LIMIT})
   * @return a copy with the page set
   */
  public SearchQuery page(int offset, int limit) {
    return new SearchQuery(query, refType, limit, offset, searchFields);
  }
}
