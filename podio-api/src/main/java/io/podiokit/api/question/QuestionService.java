package io.podiokit.api.question;

/** Questions and their answers: Podio's reference areas Question. */
public interface QuestionService {
}
