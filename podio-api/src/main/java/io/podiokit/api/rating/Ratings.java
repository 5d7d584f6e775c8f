package io.podiokit.api.rating;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The ratings of one type on an object.
 *
 * @param average the average value (five-star ratings)
 * @param counts per value given ({@code "1"}, {@code "0"}, ...): how many gave it and who
 */
public record Ratings(@Nullable Double average, Map<String, Count> counts) {

  /**
   * Who gave one value.
   *
   * @param total how many
   * @param users who
   */
  public record Count(long total, List<Rater> users) {}

  /**
   * A user who rated.
   *
   * @param userId the user's id
   * @param profileId the user's profile id
   * @param name the user's name
   */
  public record Rater(@Json(name = "user_id") long userId, @Json(name = "profile_id") @Nullable Long profileId,
                      @Nullable String name) {}

  /**
   * How many gave {@code value}.
   *
   * @param value a rating value
   * @return the count, 0 when none
   */
  public long total(int value) {
    Count count = counts.get(Integer.toString(value));
    return count == null ? 0 : count.total();
  }
}
