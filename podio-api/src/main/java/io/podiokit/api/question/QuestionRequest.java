package io.podiokit.api.question;

import java.util.List;
import java.util.Objects;

/**
 * What {@link QuestionService#create(String, long, QuestionRequest)} sends: a question and its options.
 *
 * @param text the question
 * @param options the answers to choose from, at least two
 */
public record QuestionRequest(String text, List<String> options) {

  /**
   * Checks the values and copies the options.
   *
   * @param text the question
   * @param options the answers, at least two
   */
  public QuestionRequest {
    Objects.requireNonNull(text, "text == null");
    if (text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank");
    }
    options = List.copyOf(Objects.requireNonNull(options, "options == null"));
    if (options.size() < 2) {
      throw new IllegalArgumentException("a question needs at least two options, had " + options.size());
    }
    for (String option : options) {
      if (option.isBlank()) {
        throw new IllegalArgumentException("options must not be blank");
      }
    }
  }

  /**
   * A question with options.
   *
   * @param text the question
   * @param options the answers, at least two
   * @return the request
   */
  public static QuestionRequest of(String text, String... options) {
    return new QuestionRequest(text, List.of(options));
  }
}
