package io.podiokit.api.voting;

import com.squareup.moshi.Json;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How an item fared in a voting.
 *
 * @param votingId the voting
 * @param total how many votes the item has
 * @param average the average number of stars ({@code fivestar} votings), or {@code null}
 * @param counts the votes per value: per star count or per answer; empty when there are none
 */
public record VotingResult(@Json(name = "voting_id") long votingId, @Nullable Integer total,
                           @Nullable Double average, List<Count> counts) {

  /**
   * The votes for one value.
   *
   * @param value the number of stars, or the answer's id
   * @param count how many voted for it
   */
  public record Count(long value, int count) {}
}
