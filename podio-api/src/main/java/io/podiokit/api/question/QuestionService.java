package io.podiokit.api.question;

import retrofit2.http.Body;
import retrofit2.http.POST;
import retrofit2.http.Path;

/** Questions asked on objects (a status, an item, ...) and their answers (Podio's reference area Question). */
public interface QuestionService {

  /**
   * {@code POST /question/{ref_type}/{ref_id}/}: asks a question on an object.
   *
   * @param refType the object's type ({@code status}, {@code item}, ...)
   * @param refId the object's id
   * @param question the question and its options
   * @return the question's id and its options' ids
   */
  @POST("question/{ref_type}/{ref_id}/")
  QuestionCreated create(@Path("ref_type") String refType, @Path("ref_id") long refId,
                         @Body QuestionRequest question);

  /**
   * {@code POST /question/{question_id}/}: answers a question (again: a new answer replaces the user's last).
   *
   * @param questionId the question
   * @param answer the chosen option
   * @return {@code null}
   */
  @POST("question/{question_id}/")
  Void answer(@Path("question_id") long questionId, @Body QuestionAnswer answer);

  /**
   * {@code POST /question/{question_id}/}: answers a question with an option's id.
   *
   * @param questionId the question
   * @param questionOptionId the chosen option's id
   * @return {@code null}
   */
  default Void answer(long questionId, long questionOptionId) {
    return answer(questionId, new QuestionAnswer(questionOptionId));
  }
}
