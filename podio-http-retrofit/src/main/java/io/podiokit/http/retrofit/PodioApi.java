package io.podiokit.http.retrofit;

import io.podiokit.Authentication;
import io.podiokit.Clock;
import io.podiokit.PodioException;
import io.podiokit.api.action.ActionService;
import io.podiokit.api.app.AppService;
import io.podiokit.api.batch.BatchService;
import io.podiokit.api.calendar.CalendarService;
import io.podiokit.api.comment.CommentService;
import io.podiokit.api.contact.ContactService;
import io.podiokit.api.conversation.ConversationService;
import io.podiokit.api.embed.EmbedService;
import io.podiokit.api.file.FileService;
import io.podiokit.api.flow.FlowService;
import io.podiokit.api.form.FormService;
import io.podiokit.api.grant.GrantService;
import io.podiokit.api.hook.HookService;
import io.podiokit.api.importer.ImporterService;
import io.podiokit.api.integration.IntegrationService;
import io.podiokit.api.item.ItemService;
import io.podiokit.api.notification.NotificationService;
import io.podiokit.api.org.OrganizationService;
import io.podiokit.api.question.QuestionService;
import io.podiokit.api.rating.RatingService;
import io.podiokit.api.recurrence.RecurrenceService;
import io.podiokit.api.reference.ReferenceService;
import io.podiokit.api.reminder.ReminderService;
import io.podiokit.api.search.SearchService;
import io.podiokit.api.space.SpaceService;
import io.podiokit.api.status.StatusService;
import io.podiokit.api.stream.StreamService;
import io.podiokit.api.subscription.SubscriptionService;
import io.podiokit.api.tag.TagService;
import io.podiokit.api.task.TaskService;
import io.podiokit.api.user.UserService;
import io.podiokit.api.view.ViewService;
import io.podiokit.api.voting.VotingService;
import io.podiokit.api.widget.WidgetService;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;

/**
 * Podio's API as one {@link Authentication}: every request carries its valid token, is retried once with a fresh
 * token when Podio rejects the one sent, and fails with a typed {@link PodioException}. Get one from
 * {@link PodioClient#api(Authentication)}; all of a client's APIs share its connection pool. Cheap to create,
 * safe to share between threads.
 *
 * <p>Three ways in: typed services, one per area of Podio's API ({@link #items()}, {@link #apps()},
 * {@link #tasks()}, {@link #files()}, ...), your own Retrofit interface ({@link #create(Class)}), or raw JSON for any
 * endpoint ({@link #get(String)}, {@link #post(String, Object)}, ...). The services are created once per client and
 * shared; this object only names the authentication they act as.
 */
public final class PodioApi {

  private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];

  private final Authentication authentication;
  private final PodioClient client;

  PodioApi(Authentication authentication, PodioClient client) {
    this.authentication = authentication;
    this.client = client;
  }

  /** The authentication whose token signs these calls. */
  public Authentication authentication() {
    return authentication;
  }

  /**
   * Your own Retrofit interface, signed as this authentication, with paths relative to the API URL. Methods may
   * return the result directly ({@code Space space(@Path("id") long id);}), failing with a {@link PodioException};
   * or Retrofit's {@code Call<T>} — there, a failure before any response (no token, transport) arrives as an
   * {@link IOException} whose cause is the {@link PodioException}, and error responses are left to you.
   */
  public <T> T create(Class<T> service) {
    return service(Objects.requireNonNull(service, "service == null"));
  }

  /** Items, their field values, revisions and diffs. */
  public ItemService items() {
    return service(ItemService.class);
  }

  /** Apps, their fields and app market shares. */
  public AppService apps() {
    return service(AppService.class);
  }

  /** Views: saved filters of an app. */
  public ViewService views() {
    return service(ViewService.class);
  }

  /** References: finding objects to point at. */
  public ReferenceService references() {
    return service(ReferenceService.class);
  }

  /** Tasks and task labels. */
  public TaskService tasks() {
    return service(TaskService.class);
  }

  /** Comments on objects. */
  public CommentService comments() {
    return service(CommentService.class);
  }

  /** Files: upload, download, attach, copy, replace. */
  public FileService files() {
    return service(FileService.class);
  }

  /** Status messages in a workspace. */
  public StatusService statuses() {
    return service(StatusService.class);
  }

  /** Conversations, also on objects. */
  public ConversationService conversations() {
    return service(ConversationService.class);
  }

  /** Notifications and notification groups. */
  public NotificationService notifications() {
    return service(NotificationService.class);
  }

  /** Ratings (likes, approvals, ...) of objects. */
  public RatingService ratings() {
    return service(RatingService.class);
  }

  /** Subscriptions to objects. */
  public SubscriptionService subscriptions() {
    return service(SubscriptionService.class);
  }

  /** Tags on objects, and searching by tag. */
  public TagService tags() {
    return service(TagService.class);
  }

  /** Reminders on objects. */
  public ReminderService reminders() {
    return service(ReminderService.class);
  }

  /** Recurrence of objects. */
  public RecurrenceService recurrences() {
    return service(RecurrenceService.class);
  }

  /** The calendar: events, summaries, iCal feeds, muting. */
  public CalendarService calendar() {
    return service(CalendarService.class);
  }

  /** Embeds: links turned into rich objects. */
  public EmbedService embeds() {
    return service(EmbedService.class);
  }

  /** The activity stream. */
  public StreamService stream() {
    return service(StreamService.class);
  }

  /** Votes on items. */
  public VotingService voting() {
    return service(VotingService.class);
  }

  /** Questions and their answers. */
  public QuestionService questions() {
    return service(QuestionService.class);
  }

  /** Actions shown in the stream. */
  public ActionService actions() {
    return service(ActionService.class);
  }

  /** Search across Podio. */
  public SearchService search() {
    return service(SearchService.class);
  }

  /** Organizations and their members. */
  public OrganizationService orgs() {
    return service(OrganizationService.class);
  }

  /** Workspaces and their members. */
  public SpaceService spaces() {
    return service(SpaceService.class);
  }

  /** Users, their profile, settings and status. */
  public UserService users() {
    return service(UserService.class);
  }

  /** Contacts and profiles. */
  public ContactService contacts() {
    return service(ContactService.class);
  }

  /** Grants: sharing objects with people. */
  public GrantService grants() {
    return service(GrantService.class);
  }

  /** Web forms of apps. */
  public FormService forms() {
    return service(FormService.class);
  }

  /** Flows: automations of apps. */
  public FlowService flows() {
    return service(FlowService.class);
  }

  /** Widgets on dashboards. */
  public WidgetService widgets() {
    return service(WidgetService.class);
  }

  /** Integrations of apps with external sources. */
  public IntegrationService integrations() {
    return service(IntegrationService.class);
  }

  /** Importers: items from spreadsheets. */
  public ImporterService importers() {
    return service(ImporterService.class);
  }

  /** Batches: long-running bulk jobs. */
  public BatchService batches() {
    return service(BatchService.class);
  }

  /** Webhooks: registering, verifying, and receiving Podio's events. */
  public HookService hooks() {
    return service(HookService.class);
  }

  private <T> T service(Class<T> type) {
    return Binding.bind(type, client.service(type), authentication);
  }

  /** What Podio last said about this authentication's rate limit, if any response carried the headers yet. */
  public Optional<RateLimitStatus> rateLimit() {
    return client.rateLimit(authentication);
  }

  /**
   * {@code GET path} as parsed JSON: a {@code Map<String, Object>}, a {@code List<Object>}, a {@code String}, a
   * {@code Double} or a {@code Boolean}.
   *
   * @param path the path under the API URL, with any query string, e.g. {@code "/space/12/"}
   */
  public @Nullable Object get(String path) {
    return call("GET", path, null, Object.class);
  }

  /** {@code GET path} read as {@code type} (a record, a class, an array of either, {@code Map.class}...). */
  public <T> T get(String path, Class<T> type) {
    return Objects.requireNonNull(call("GET", path, null, Objects.requireNonNull(type, "type == null")));
  }

  /** {@code POST path} with {@code body} written as JSON (a map, a record, ...; {@code null} for none). */
  public @Nullable Object post(String path, @Nullable Object body) {
    return call("POST", path, body, Object.class);
  }

  /** {@code POST path} with {@code body} as JSON, the answer read as {@code type}. */
  public <T> T post(String path, @Nullable Object body, Class<T> type) {
    return Objects.requireNonNull(call("POST", path, body, Objects.requireNonNull(type, "type == null")));
  }

  /** {@code PUT path} with {@code body} as JSON. */
  public @Nullable Object put(String path, @Nullable Object body) {
    return call("PUT", path, body, Object.class);
  }

  /** {@code PUT path} with {@code body} as JSON, the answer read as {@code type}. */
  public <T> T put(String path, @Nullable Object body, Class<T> type) {
    return Objects.requireNonNull(call("PUT", path, body, Objects.requireNonNull(type, "type == null")));
  }

  /** {@code DELETE path}; any answer body is ignored. */
  public void delete(String path) {
    call("DELETE", path, null, Void.class);
  }

  private <T> @Nullable T call(String method, String path, @Nullable Object body, Class<T> type) {
    HttpUrl url = resolve(path);
    Clock clock = client.clock();
    RequestBody requestBody = body == null
        ? (method.equals("POST") || method.equals("PUT") ? RequestBody.create(new byte[0], null) : null)
        : json(body);
    Request request = new Request.Builder().url(url).method(method, requestBody)
        .tag(Authentication.class, authentication).build();
    String described = Errors.describe(request);
    try (Response response = client.apiHttp().newCall(request).execute()) {
      ResponseBody payload = Objects.requireNonNull(response.body());
      if (!response.isSuccessful()) {
        throw Errors.api(described, response.code(), response.headers(), response.header("Content-Type"),
            payload.string(), clock);
      }
      if (type == Void.class || response.code() == 204) {
        return null;
      }
      Converter<ResponseBody, T> converter = client.retrofit().responseBodyConverter(type, NO_ANNOTATIONS);
      return converter.convert(payload);
    } catch (IOException e) {
      throw Errors.of(described, e);
    }
  }

  private RequestBody json(Object body) {
    // Declared as Object, Moshi writes maps and lists by their interfaces and records and classes by their own type.
    Converter<Object, RequestBody> converter =
        client.retrofit().requestBodyConverter(Object.class, NO_ANNOTATIONS, NO_ANNOTATIONS);
    try {
      return Objects.requireNonNull(converter.convert(body));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("Cannot write a " + body.getClass().getName() + " as JSON: " + e.getMessage(),
          e);
    }
  }

  /** The URL of {@code path} under the API URL; never another host, so the token cannot leak. */
  private HttpUrl resolve(String path) {
    Objects.requireNonNull(path, "path == null");
    HttpUrl baseUrl = client.apiUrl();
    if (!path.startsWith("/") || path.startsWith("//")) {
      throw new IllegalArgumentException("path must start with a single '/' and be relative to the API URL, e.g. "
          + "\"/org/\", was \"" + path + "\"");
    }
    HttpUrl url = baseUrl.resolve(path.substring(1));
    if (url == null || !url.host().equals(baseUrl.host()) || url.port() != baseUrl.port()
        || !url.encodedPath().startsWith(baseUrl.encodedPath())) {
      throw new IllegalArgumentException("path must stay under the API URL " + baseUrl + ", was \"" + path + "\"");
    }
    return url;
  }

  @Override
  public String toString() {
    return "PodioApi[" + authentication.key() + ", apiUrl=" + client.apiUrl() + "]";
  }
}
