package io.podiokit.api.voting;

import com.squareup.moshi.Json;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A voting an app runs on its items: a star rating or a question with answers.
 *
 * @param votingId the voting's id
 * @param kind {@code fivestar} (1 to 5 stars) or {@code answers} (one of the answers)
 * @param question what the voters are asked
 * @param status {@code active} or {@code inactive}
 * @param answers the answers to choose from ({@code answers} votings); empty otherwise
 */
public record Voting(@Json(name = "voting_id") long votingId, @Nullable String kind, @Nullable String question,
                     @Nullable String status, List<Answer> answers) {

  /**
   * One answer of a voting.
   *
   * @param answerId the answer's id
   * @param text the answer
   */
  public record Answer(@Json(name = "answer_id") long answerId, @Nullable String text) {}
}
