package io.podiokit.examples;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A browser without a screen, for loopback pages: keeps cookies, follows redirects (keeping a redirect's fragment in
 * the page's URL, as a browser keeps it in {@code location.hash}), submits a page's form, follows links. It runs no
 * script: the caller does what a page's script would.
 */
public final class ScriptedBrowser {

  private static final int MAX_REDIRECTS = 10;
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");
  private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
  private static final Pattern LINK = Pattern.compile("<a\\b([^>]*)>(.*?)</a>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  private final HttpClient http = HttpClient.newBuilder()
      .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(TIMEOUT)
      .build();

  /**
   * A page as the browser shows it.
   *
   * @param url where the browser ended up, with the fragment of the last redirect, if any
   * @param status the HTTP status
   * @param body the HTML (or text)
   */
  public record Page(URI url, int status, String body) {

    public Page {
      Objects.requireNonNull(url, "url == null");
      Objects.requireNonNull(body, "body == null");
    }

    /**
     * The target of the link whose text is {@code text}.
     *
     * @throws IllegalStateException if the page has no such link
     */
    public URI link(String text) {
      Matcher m = LINK.matcher(body);
      while (m.find()) {
        if (plain(m.group(2)).equals(text)) {
          String href = attributes(m.group(1)).get("href");
          if (href != null) {
            return url.resolve(unescape(href));
          }
        }
      }
      throw new IllegalStateException("No link \"" + text + "\" on " + url.getPath() + " (status " + status + ")");
    }

    /**
     * The text of the element with this {@code id}, tags removed.
     *
     * @throws IllegalStateException if the page has no such element
     */
    public String text(String id) {
      Matcher m = Pattern.compile("<([a-z0-9]+)\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>",
          Pattern.DOTALL).matcher(body);
      if (!m.find()) {
        throw new IllegalStateException("No element with id \"" + id + "\" on " + url.getPath() + " (status "
            + status + ")");
      }
      return plain(m.group(2));
    }
  }

  /** Opens {@code url}, following redirects. */
  public Page get(URI url) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(url).GET(), url, 0);
  }

  /** Posts {@code body} to {@code url}, as a page's script would, following redirects. */
  public Page post(URI url, String body, String contentType) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(url).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)), url, 0);
  }

  /**
   * Submits the first form of {@code page} with its hidden fields, the {@code fields} given and, when
   * {@code decision} is not null, the submit button {@code name="decision"} of that value.
   *
   * @throws IllegalStateException if the page has no form
   */
  public Page submit(Page page, Map<String, String> fields, @Nullable String decision)
      throws IOException, InterruptedException {
    Matcher form = FORM.matcher(page.body());
    if (!form.find()) {
      throw new IllegalStateException("No form on " + page.url().getPath() + " (status " + page.status() + ")");
    }
    Map<String, String> formAttributes = attributes(form.group(1));
    Map<String, String> values = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(form.group(2));
    while (input.find()) {
      Map<String, String> a = attributes(input.group(1));
      if ("hidden".equals(a.get("type")) && a.get("name") != null) {
        values.put(unescape(a.get("name")), unescape(a.getOrDefault("value", "")));
      }
    }
    values.putAll(fields);
    if (decision != null) {
      values.put("decision", decision);
    }
    URI action = page.url().resolve(unescape(formAttributes.getOrDefault("action", page.url().getPath())));
    String body = values.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
    return post(action, body, "application/x-www-form-urlencoded");
  }

  private Page send(HttpRequest.Builder request, URI url, int redirects) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request.timeout(TIMEOUT).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    int status = response.statusCode();
    String location = response.headers().firstValue("Location").orElse(null);
    if (status >= 300 && status < 400 && location != null) {
      if (redirects >= MAX_REDIRECTS) {
        throw new IOException("More than " + MAX_REDIRECTS + " redirects, the last to " + url.getPath());
      }
      URI next = url.resolve(location);
      String target = next.toString();
      URI withoutFragment = URI.create(target.indexOf('#') < 0 ? target : target.substring(0, target.indexOf('#')));
      Page page = send(HttpRequest.newBuilder(withoutFragment).GET(), withoutFragment, redirects + 1);
      return next.getRawFragment() == null ? page
          : new Page(URI.create(page.url() + "#" + next.getRawFragment()), page.status(), page.body());
    }
    return new Page(url, status, response.body());
  }

  private static Map<String, String> attributes(String text) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(text);
    while (m.find()) {
      attributes.put(m.group(1), m.group(2));
    }
    return attributes;
  }

  private static String plain(String html) {
    return unescape(TAG.matcher(html).replaceAll("")).replaceAll("\\s+", " ").trim();
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
