package io.podiokit.api.tests.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.question.QuestionAnswer;
import io.podiokit.api.question.QuestionCreated;
import io.podiokit.api.question.QuestionRequest;
import io.podiokit.api.question.QuestionService;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.api.tests.CannedApi;
import io.podiokit.api.tests.TestItems;
import io.podiokit.emulator.PodioEmulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Questions over HTTP, asked on items (statuses' routes live elsewhere). */
class QuestionIT {

  static final ApiFixture api = ApiFixture.start();

  final QuestionService questions = api.user().questions();

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void aQuestionIsAskedOnAnObjectAndAnswered() {
    long item = TestItems.create(api.user(), PodioEmulator.DEMO_APP_ID, "Team lunch");

    QuestionCreated created = questions.create("item", item, QuestionRequest.of("Where?", "Pizza", "Sushi"));
    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/question/item/" + item + "/");
    assertThat(api.last().json()).isEqualTo(Map.of("text", "Where?", "options", List.of("Pizza", "Sushi")));
    assertThat(created.questionId()).isPositive();
    assertThat(created.options()).extracting(QuestionCreated.Option::text).containsExactly("Pizza", "Sushi");

    long sushi = created.options().get(1).questionOptionId();
    questions.answer(created.questionId(), sushi);
    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/question/" + created.questionId() + "/");
    assertThat(api.last().json()).isEqualTo(Map.of("question_option_id", sushi));
    assertThat(api.last().status()).isEqualTo(204);

    questions.answer(created.questionId(), new QuestionAnswer(created.options().get(0).questionOptionId()));
    assertThat(api.last().status()).isEqualTo(204);
  }

  @Test
  void badQuestionsAndAnswersAreTypedErrors() {
    long item = TestItems.create(api.user(), PodioEmulator.DEMO_APP_ID, "Checked");
    assertThatThrownBy(() -> QuestionRequest.of("Where?", "Only one")).hasMessageContaining("at least two options");
    assertThatThrownBy(() -> QuestionRequest.of(" ", "a", "b")).hasMessage("text must not be blank");
    assertThatThrownBy(() -> questions.create("item", 999_999_999L, QuestionRequest.of("Q?", "a", "b")))
        .isInstanceOf(PodioApiException.NotFoundException.class);
    QuestionCreated created = questions.create("item", item, QuestionRequest.of("Q?", "a", "b"));
    assertThatThrownBy(() -> questions.answer(created.questionId(), 1L))
        .isInstanceOf(PodioApiException.BadRequestException.class).hasMessageContaining("question_option_id");
    assertThatThrownBy(() -> questions.answer(999_999_999L, 1L))
        .isInstanceOf(PodioApiException.NotFoundException.class).hasMessageContaining("Question");
    assertThatThrownBy(() -> api.app().questions().answer(created.questionId(),
        created.options().get(0).questionOptionId())).isInstanceOf(PodioApiException.ForbiddenException.class);
  }

  @Test
  void microViewsParse() {
    try (CannedApi canned = CannedApi.start()) {
      canned.answer("/question/status/5/", "{\"question_id\": 6}");
      QuestionCreated created = canned.api().questions().create("status", 5, QuestionRequest.of("Q?", "a", "b"));
      assertThat(created.questionId()).isEqualTo(6);
      assertThat(created.options()).isEmpty();
    }
  }
}
