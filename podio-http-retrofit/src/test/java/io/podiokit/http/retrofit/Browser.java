package io.podiokit.http.retrofit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** A user's browser on the emulator's authorization pages: signs in, grants or denies, and returns the redirect. */
final class Browser {

  private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");

  private final List<Cookie> cookies = new ArrayList<>();
  private final OkHttpClient http = new OkHttpClient.Builder().followRedirects(false)
      .cookieJar(new CookieJar() {
        @Override
        public void saveFromResponse(HttpUrl url, List<Cookie> received) {
          cookies.addAll(received);
        }

        @Override
        public List<Cookie> loadForRequest(HttpUrl url) {
          return cookies.stream().filter(c -> c.matches(url)).toList();
        }
      }).build();

  /** Opens {@code authorizationUrl}, signs in, presses Grant or Deny, and returns where Podio redirects to. */
  String authorize(URI authorizationUrl, String mail, String password, boolean grant) throws IOException {
    HttpUrl start = HttpUrl.get(authorizationUrl.toString());
    Map<String, String> fields;
    try (Response login = http.newCall(new Request.Builder().url(start).build()).execute()) {
      assertThat(login.code()).as("login page").isEqualTo(200);
      fields = hidden(login.body().string());
    }
    fields.put("email", mail);
    fields.put("password", password);
    HttpUrl consentUrl;
    try (Response signedIn = post(start.resolve("/oauth/authorize/login"), fields)) {
      assertThat(signedIn.code()).as("sign-in").isEqualTo(303);
      consentUrl = start.resolve(signedIn.header("Location"));
    }
    Map<String, String> decision;
    try (Response consent = http.newCall(new Request.Builder().url(consentUrl).build()).execute()) {
      assertThat(consent.code()).as("consent page").isEqualTo(200);
      decision = hidden(consent.body().string());
    }
    decision.put("decision", grant ? "grant" : "deny");
    try (Response redirect = post(start.resolve("/oauth/authorize"), decision)) {
      assertThat(redirect.code()).as("redirect back").isBetween(301, 303);
      return redirect.header("Location");
    }
  }

  private Response post(HttpUrl url, Map<String, String> form) throws IOException {
    FormBody.Builder body = new FormBody.Builder();
    form.forEach(body::add);
    return http.newCall(new Request.Builder().url(url).post(body.build()).build()).execute();
  }

  private static Map<String, String> hidden(String html) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher m = HIDDEN.matcher(html);
    while (m.find()) {
      fields.put(unescape(m.group(1)), unescape(m.group(2)));
    }
    return fields;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
