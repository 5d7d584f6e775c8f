package io.podiokit.api.question;

import com.squareup.moshi.Json;

/**
 * What {@link QuestionService#answer(long, QuestionAnswer)} sends: the chosen option.
 *
 * @param questionOptionId the option's id
 */
public record QuestionAnswer(@Json(name = "question_option_id") long questionOptionId) {}
