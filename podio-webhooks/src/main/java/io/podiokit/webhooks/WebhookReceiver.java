package io.podiokit.webhooks;

import io.podiokit.Clock;
import io.podiokit.PodioException;
import io.podiokit.api.hook.HookService;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Receives Podio's webhooks, framework-neutral: give it the form body of each POST Podio makes to your hook URL
 * ({@link #handle(String)} or {@link #handle(Map)}) and answer with the result's {@link WebhookResult#httpStatus()}
 * (the adapters {@link WebhookHttpHandler} and {@link WebhookServlet} do this for you). It
 * <ul>
 *   <li>answers {@code hook.verify} by sending the code back with {@code POST /hook/{hook_id}/verify/validate},
 *       through the {@link HookService} of the authentication that owns the hook, which activates the hook;</li>
 *   <li>turns events into typed {@link WebhookEvent}s and calls your {@link WebhookHandler} once per event:
 *       Podio may post an event more than once, so the receiver keeps a bounded window of the events it has seen
 *       (keyed by hook, type, object ids and revision) and answers a redelivery without calling the handler again
 *       ({@link WebhookResult.Received#isNew()} says which);</li>
 *   <li>refuses forgeries: a post must carry the receiver's secret and name a hook the receiver knows.</li>
 * </ul>
 *
 * <p><b>What the secret protects against, and what it does not.</b> Podio does not sign its webhooks: anyone who
 * knows your hook URL can post to it. So the receiver puts a random secret in the hook's URL as a query parameter
 * ({@link #hookUrl(URI)}); Podio moves query parameters into the body of each post, where the receiver checks it in
 * constant time, and refuses posts without it or with another value, and posts naming hooks it was not told about.
 * That stops anyone who does not know the URL — scanners, guessed or replayed ids, a forged {@code hook.verify} —
 * from making your handler act. It does not stop someone who learns the URL with its secret (from Podio's hook list,
 * which shows the URL to whoever can see the app, from logs of a proxy in between, or from a plain-HTTP URL read on
 * the wire): use HTTPS, keep the URL out of logs, and change the secret (new hooks) if it leaks. It does not prove
 * an event is true either: events carry only ids, so read the object through the API before acting on it, which
 * also makes a replayed event harmless.
 *
 * <p><b>Redeliveries.</b> Two posts with the same hook, type, ids and revision within the window are one event.
 * Events without a revision ({@code app.update}, {@code task.update}, ...) that name the same object twice within
 * the window are therefore taken as one: the handler should read the object's current state rather than rely on
 * getting one call per change. The window holds 10,000 events for 10 minutes unless configured otherwise.
 *
 * <pre>{@code
 * WebhookReceiver receiver = WebhookReceiver.builder()
 *     .secret(System.getenv("WEBHOOK_SECRET"))
 *     .handler(event -> {
 *       if (event instanceof WebhookEvent.ItemCreated created) {
 *         System.out.println("new item " + created.itemId());
 *       }
 *     })
 *     .build();
 * server.createContext("/podio/hook", new WebhookHttpHandler(receiver));
 * receiver.register(api.hooks(), "app", appId, URI.create("https://example.com/podio/hook"), "item.create");
 * }</pre>
 *
 * <p>Thread-safe: handle posts from any number of threads.
 */
public final class WebhookReceiver {

  /** The name of the query parameter that carries the secret, unless configured otherwise. */
  public static final String DEFAULT_SECRET_PARAMETER = "secret";
  /** The shortest secret accepted. */
  public static final int MIN_SECRET_LENGTH = 16;

  private static final String VERIFY = "hook.verify";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] secretDigest;
  private final String secret;
  private final String secretParameter;
  private final WebhookHandler handler;
  private final RedeliveryWindow window;
  private final Duration registrationWait;
  private final ConcurrentHashMap<Long, HookService> hooks = new ConcurrentHashMap<>();
  private final Set<Long> verified = ConcurrentHashMap.newKeySet();
  private final Object changes = new Object();
  private int registering;

  private WebhookReceiver(Builder b) {
    this.secret = Objects.requireNonNull(b.secret);
    this.secretDigest = sha256(secret);
    this.secretParameter = b.secretParameter;
    this.handler = Objects.requireNonNull(b.handler);
    this.window = new RedeliveryWindow(b.windowCapacity, b.windowMaxAge, b.clock);
    this.registrationWait = b.registrationWait;
  }

  /**
   * A builder: set a {@linkplain Builder#secret(String) secret} and a {@linkplain Builder#handler handler}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A new random secret (32 bytes, URL-safe Base64) for {@link Builder#secret(String)}. Keep it across restarts,
   * since the hooks' URLs carry it.
   *
   * @return the secret
   */
  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * The URL to register a hook with: {@code url} plus the secret as a query parameter. Podio posts to {@code url}
   * with the secret in the body. Do not log the result.
   *
   * @param url where your receiver listens, e.g. {@code https://example.com/podio/hook}
   * @return {@code url} with the secret added
   * @throws IllegalArgumentException when {@code url} already has the secret's parameter or a fragment
   */
  public URI hookUrl(URI url) {
    Objects.requireNonNull(url, "url == null");
    if (url.getRawFragment() != null) {
      throw new IllegalArgumentException("a hook URL cannot have a fragment (#...)");
    }
    String query = url.getRawQuery();
    if (query != null && parse(query).containsKey(secretParameter)) {
      throw new IllegalArgumentException("the URL already has a '" + secretParameter + "' parameter: pass the URL"
          + " without it");
    }
    String param = URLEncoder.encode(secretParameter, StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    return URI.create(url + (query == null ? "?" : "&") + param);
  }

  /**
   * Registers a hook with Podio for events of {@code type} on an object, with this receiver's secret in its URL, and
   * trusts it. Podio then posts {@code hook.verify} to the URL; the receiver answers it (a {@code hook.verify} that
   * arrives before this method returns waits for it) and the hook becomes active. See
   * {@link #awaitVerified(long, Duration)}.
   *
   * @param hooks the hook service of the authentication that owns the hook (it answers the verification)
   * @param refType {@code app}, {@code app_field} or {@code space}
   * @param refId the object's id
   * @param url where this receiver listens (without the secret)
   * @param type the event type, e.g. {@code item.create}
   * @return the hook's id
   * @throws PodioException when Podio refuses to create the hook
   */
  public long register(HookService hooks, String refType, long refId, URI url, String type) {
    Objects.requireNonNull(hooks, "hooks == null");
    URI withSecret = hookUrl(url);
    synchronized (changes) {
      registering++;
    }
    try {
      long hookId = hooks.create(refType, refId, withSecret, type);
      this.hooks.put(hookId, hooks);
      return hookId;
    } finally {
      synchronized (changes) {
        registering--;
        changes.notifyAll();
      }
    }
  }

  /**
   * Accepts posts for a hook created elsewhere (before a restart, or by hand with a URL from {@link #hookUrl(URI)}).
   *
   * @param hookId the hook
   * @param hooks the hook service of the authentication that owns it, to answer its verification
   */
  public void trust(long hookId, HookService hooks) {
    Objects.requireNonNull(hooks, "hooks == null");
    this.hooks.put(hookId, hooks);
    synchronized (changes) {
      changes.notifyAll();
    }
  }

  /**
   * Refuses posts for a hook from now on (delete it with {@link HookService#delete(long)} as well).
   *
   * @param hookId the hook
   */
  public void forget(long hookId) {
    hooks.remove(hookId);
    verified.remove(hookId);
  }

  /**
   * Whether this receiver verified the hook (answered its {@code hook.verify} and Podio accepted the code).
   *
   * @param hookId the hook
   * @return {@code true} once verified
   */
  public boolean isVerified(long hookId) {
    return verified.contains(hookId);
  }

  /**
   * Waits until this receiver has verified the hook, at most {@code timeout}.
   *
   * @param hookId the hook
   * @param timeout how long to wait at most
   * @return {@code true} when verified, {@code false} when the time ran out
   * @throws InterruptedException when interrupted while waiting
   */
  public boolean awaitVerified(long hookId, Duration timeout) throws InterruptedException {
    Objects.requireNonNull(timeout, "timeout == null");
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (changes) {
      while (!verified.contains(hookId)) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        changes.wait(Math.max(1, left / 1_000_000));
      }
      return true;
    }
  }

  /**
   * Handles one post given as its raw {@code application/x-www-form-urlencoded} body.
   *
   * @param formBody the body, e.g. {@code type=item.create&hook_id=1&item_id=2&secret=...}
   * @return what was made of it
   * @throws WebhookException when Podio refused the verification code or the handler failed
   */
  public WebhookResult handle(String formBody) {
    return handle(parse(Objects.requireNonNull(formBody, "formBody == null")));
  }

  /**
   * Handles one post given as its form parameters (first value of each).
   *
   * @param form the parameters
   * @return what was made of it
   * @throws WebhookException when Podio refused the verification code or the handler failed
   */
  public WebhookResult handle(Map<String, String> form) {
    Objects.requireNonNull(form, "form == null");
    String given = form.get(secretParameter);
    if (given == null) {
      return refuse(WebhookResult.Reason.MISSING_SECRET, "The post has no '" + secretParameter + "' parameter: it"
          + " was not sent to a hook URL made by WebhookReceiver.hookUrl (register hooks with that URL).");
    }
    if (!MessageDigest.isEqual(secretDigest, sha256(given))) {
      return refuse(WebhookResult.Reason.WRONG_SECRET, "The post's '" + secretParameter + "' parameter is not this"
          + " receiver's secret: the hook was registered with another secret, or the post is forged.");
    }
    Map<String, String> fields = new LinkedHashMap<>(form);
    fields.remove(secretParameter);
    String type = fields.get("type");
    Long hookId = number(fields.get("hook_id"));
    if (type == null || type.isBlank() || hookId == null) {
      return refuse(WebhookResult.Reason.MALFORMED, "The post lacks 'type' or a numeric 'hook_id': it is not a"
          + " Podio webhook call.");
    }
    HookService owner = owner(hookId);
    if (owner == null) {
      return refuse(WebhookResult.Reason.UNKNOWN_HOOK, "Hook " + hookId + " is not known to this receiver: register"
          + " it with WebhookReceiver.register or accept it with trust(hookId, hooks).");
    }
    if (type.equals(VERIFY)) {
      return verify(hookId, owner, fields.get("code"));
    }
    WebhookEvent event = EventParser.parse(hookId, type, fields);
    RedeliveryWindow.Key key = key(hookId, type, fields);
    if (!window.claim(key)) {
      return new WebhookResult.Received(event, false);
    }
    try {
      handler.onEvent(event);
    } catch (Exception e) {
      window.release(key);
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new WebhookException("The handler failed on " + type + " of hook " + hookId + " ("
          + e.getClass().getName() + "); the event is forgotten so that Podio's retry reaches the handler again.", e);
    }
    return new WebhookResult.Received(event, true);
  }

  private WebhookResult verify(long hookId, HookService owner, @Nullable String code) {
    if (code == null || code.isBlank()) {
      return refuse(WebhookResult.Reason.MALFORMED, "The hook.verify post of hook " + hookId + " has no code.");
    }
    try {
      owner.validate(hookId, code);
    } catch (PodioException e) {
      throw new WebhookException("Podio refused the verification of hook " + hookId + ": " + e.getMessage()
          + " Ask for a new code with HookService.requestVerification(" + hookId + ").", e);
    }
    verified.add(hookId);
    synchronized (changes) {
      changes.notifyAll();
    }
    return new WebhookResult.Verified(hookId);
  }

  /**
   * The owner of {@code hookId}; waits up to the registration wait while a {@link #register} call is under way
   * (an interrupt ends the wait, and is kept).
   */
  private @Nullable HookService owner(long hookId) {
    HookService owner = hooks.get(hookId);
    if (owner != null) {
      return owner;
    }
    long deadline = System.nanoTime() + registrationWait.toNanos();
    synchronized (changes) {
      while ((owner = hooks.get(hookId)) == null && registering > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        try {
          changes.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    return owner;
  }

  private static WebhookResult refuse(WebhookResult.Reason reason, String message) {
    return new WebhookResult.Refused(reason, message);
  }

  /** The event's identity: hook, type, its other fields in name order, and {@code item_revision_id}. */
  private static RedeliveryWindow.Key key(long hookId, String type, Map<String, String> fields) {
    Map<String, String> object = new TreeMap<>(fields);
    object.remove("type");
    object.remove("hook_id");
    String revision = object.remove("item_revision_id");
    return new RedeliveryWindow.Key(hookId, type, object.toString(), revision);
  }

  /** Parses a form body; a parameter given twice keeps its first value. */
  static Map<String, String> parse(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        form.putIfAbsent(name, value);
      } catch (IllegalArgumentException e) {
        // a malformed escape: the pair is skipped, as a form parser would
      }
    }
    return form;
  }

  private static @Nullable Long number(@Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "WebhookReceiver[hooks=" + new TreeMap<>(hooks).keySet() + ", verified=" + verified.size()
        + ", secretParameter=" + secretParameter + ", secret=******]";
  }

  /** Configures a {@link WebhookReceiver}. */
  public static final class Builder {
    private @Nullable String secret;
    private String secretParameter = DEFAULT_SECRET_PARAMETER;
    private @Nullable WebhookHandler handler;
    private int windowCapacity = 10_000;
    private Duration windowMaxAge = Duration.ofMinutes(10);
    private Clock clock = Clock.system();
    private Duration registrationWait = Duration.ofSeconds(10);

    private Builder() {}

    /**
     * The secret every post must carry (required): at least {@value #MIN_SECRET_LENGTH} characters, e.g. from
     * {@link WebhookReceiver#newSecret()}. Keep it across restarts: the hooks' URLs carry it.
     *
     * @param secret the secret
     * @return this builder
     */
    public Builder secret(String secret) {
      Objects.requireNonNull(secret, "secret == null");
      if (secret.length() < MIN_SECRET_LENGTH) {
        throw new IllegalArgumentException("the secret must have at least " + MIN_SECRET_LENGTH + " characters, it"
            + " has " + secret.length() + ": use WebhookReceiver.newSecret()");
      }
      this.secret = secret;
      return this;
    }

    /**
     * The name of the query parameter that carries the secret; default {@value #DEFAULT_SECRET_PARAMETER}.
     *
     * @param name the parameter's name; not one of Podio's ({@code type}, {@code hook_id}, {@code code}, ...)
     * @return this builder
     */
    public Builder secretParameter(String name) {
      Objects.requireNonNull(name, "name == null");
      if (name.isBlank() || Set.of("type", "hook_id", "code").contains(name) || name.endsWith("_id")
          || name.endsWith("_ids")) {
        throw new IllegalArgumentException("'" + name + "' cannot name the secret: it is blank or one of the"
            + " names Podio posts (type, hook_id, code, *_id)");
      }
      this.secretParameter = name;
      return this;
    }

    /**
     * Your code for events (required).
     *
     * @param handler called once per new event
     * @return this builder
     */
    public Builder handler(WebhookHandler handler) {
      this.handler = Objects.requireNonNull(handler, "handler == null");
      return this;
    }

    /**
     * How many events, and for how long, redeliveries are recognised; default 10,000 events for 10 minutes.
     *
     * @param capacity the most events remembered, at least 1
     * @param maxAge how long each is remembered, positive
     * @return this builder
     */
    public Builder redeliveryWindow(int capacity, Duration maxAge) {
      Objects.requireNonNull(maxAge, "maxAge == null");
      if (capacity < 1) {
        throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
      }
      if (maxAge.isNegative() || maxAge.isZero()) {
        throw new IllegalArgumentException("maxAge must be positive, was " + maxAge);
      }
      this.windowCapacity = capacity;
      this.windowMaxAge = maxAge;
      return this;
    }

    /**
     * The clock the redelivery window follows; default the system clock ({@code TestClock} in tests).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * How long a post for an unknown hook waits while {@link WebhookReceiver#register} is under way (Podio may post
     * {@code hook.verify} before the create call has answered); default 10 seconds.
     *
     * @param wait the longest wait, not negative
     * @return this builder
     */
    public Builder registrationWait(Duration wait) {
      Objects.requireNonNull(wait, "wait == null");
      if (wait.isNegative()) {
        throw new IllegalArgumentException("wait must not be negative, was " + wait);
      }
      this.registrationWait = wait;
      return this;
    }

    /**
     * The receiver.
     *
     * @return a new receiver
     * @throws IllegalStateException when the secret or the handler is missing
     */
    public WebhookReceiver build() {
      if (secret == null) {
        throw new IllegalStateException("no secret: call secret(...) (e.g. with WebhookReceiver.newSecret(), kept"
            + " across restarts)");
      }
      if (handler == null) {
        throw new IllegalStateException("no handler: call handler(event -> ...)");
      }
      return new WebhookReceiver(this);
    }
  }
}
