package io.podiokit.api.question;

import com.squareup.moshi.Json;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A question just asked.
 *
 * @param questionId the question's id, to answer it
 * @param options its options with their ids, when Podio sends them; empty otherwise
 */
public record QuestionCreated(@Json(name = "question_id") long questionId, List<Option> options) {

  /**
   * One option of a question.
   *
   * @param questionOptionId the option's id, to answer with
   * @param text the option
   */
  public record Option(@Json(name = "question_option_id") long questionOptionId, @Nullable String text) {}
}
