package io.podiokit.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Questions: {@code /question/...}. A question is asked on an object that exists (a status, an item, ...) with two
 * or more options; each user has one answer, which a new answer replaces. Questions are referenceable as
 * {@code question} (with {@code ref_type}, {@code ref_id} and {@code answers}, the number of users who answered).
 */
final class QuestionRoutes extends Area {

  /** A question and its answers. */
  record Question(long id, String refType, long refId, String text, List<Map<String, Object>> options,
                  Map<Long, Long> answers) {}

  private final Map<Long, Question> questions = new ConcurrentHashMap<>();

  QuestionRoutes(World world) {
    super(world);
    world.refs("question", id -> {
      Question q = questions.get(id);
      if (q == null) {
        return null;
      }
      Map<String, Object> on = world.ref(q.refType(), q.refId());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", "question");
      m.put("id", id);
      m.put("title", q.text());
      m.put("link", on == null ? world.baseUrl() : on.get("link"));
      m.put("ref_type", q.refType());
      m.put("ref_id", q.refId());
      m.put("answers", (long) q.answers().size());
      return m;
    });
  }

  @Override
  void routes(RouteTable routes) {
    routes.post("/question/{ref_type}/{ref_id}/", request -> {
      String refType = request.param("ref_type");
      long refId = request.id("ref_id");
      world.requireRef(refType, refId);
      Map<String, @Nullable Object> body = request.object();
      if (!(body.get("text") instanceof String text) || text.isBlank()) {
        throw ApiError.invalid("Missing value for text: give the question");
      }
      if (!(body.get("options") instanceof List<?> given) || given.size() < 2) {
        throw ApiError.invalid("Invalid value for options: give a list of at least two answers");
      }
      List<Map<String, Object>> options = new ArrayList<>();
      for (Object o : given) {
        Object optionText = o instanceof Map<?, ?> m ? m.get("text") : o;
        if (!(optionText instanceof String s) || s.isBlank()) {
          throw ApiError.invalid("Invalid value for options: each answer must be a text");
        }
        options.add(Map.of("question_option_id", world.nextId("question.option", 960_000), "text", s));
      }
      long id = world.nextId("question", 950_000);
      questions.put(id, new Question(id, refType, refId, text, List.copyOf(options), new ConcurrentHashMap<>()));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("question_id", id);
      m.put("options", options);
      return m;
    });
    routes.post("/question/{question_id}/", request -> {
      long userId = request.userId();
      long id = request.id("question_id");
      Question q = questions.get(id);
      if (q == null) {
        throw ApiError.notFound("Question", id);
      }
      Object option = request.object().get("question_option_id");
      if (!(option instanceof Long optionId) || q.options().stream()
          .noneMatch(o -> optionId.equals(o.get("question_option_id")))) {
        throw ApiError.invalid("Invalid value for question_option_id: must be the id of one of the question's "
            + "options");
      }
      q.answers().put(userId, optionId);
      return Reply.noContent();
    });
  }
}
