package io.podiokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.podiokit.emulator.PodioEmulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server-side example over real HTTP, through the emulator's login and consent pages, with cookies. */
class ServerSideExampleIT {

  private DemoPodio demo;
  private ServerSideExample app;

  @BeforeEach
  void start() {
    demo = DemoPodio.start();
    app = ServerSideExample.start(demo.client, 0);
  }

  @AfterEach
  void stop() {
    app.close();
    demo.close();
  }

  private ScriptedBrowser.Page consentPage(ScriptedBrowser browser) throws Exception {
    ScriptedBrowser.Page home = browser.get(app.url());
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.text("start")).isEqualTo("Start authenticating");
    URI authorize = home.link("Start authenticating");
    assertThat(authorize.toString()).startsWith(demo.podio.authorizeUrl() + "?response_type=code&client_id=demo-client")
        .contains("&redirect_uri=http%3A%2F%2F127.0.0.1%3A" + app.url().getPort() + "%2F")
        .contains("&scope=user%3Aread&state=");

    ScriptedBrowser.Page login = browser.get(authorize);
    assertThat(login.body()).contains("Sign in to the Podio emulator");
    ScriptedBrowser.Page consent = browser.submit(login, Map.of("email", PodioEmulator.DEMO_USER_EMAIL,
        "password", PodioEmulator.DEMO_USER_PASSWORD), null);
    assertThat(consent.text("user")).isEqualTo(PodioEmulator.DEMO_USER_NAME);
    return consent;
  }

  @Test
  void grantCompletesTheAuthorizationAndTheHomePageGreetsTheUserFromTheStore() throws Exception {
    ScriptedBrowser browser = new ScriptedBrowser();
    ScriptedBrowser.Page hello = browser.submit(consentPage(browser), Map.of(), "grant");

    assertThat(hello.status()).isEqualTo(200);
    assertThat(hello.url()).as("redirected to the clean home page").isEqualTo(app.url());
    assertThat(hello.text("greeting")).isEqualTo("Hello, Demo User.");
    assertThat(demo.podio.counters().exchanges("authorization_code")).isEqualTo(1);

    // Case 2: already authenticated; the page reads the session from the store, no new exchange.
    ScriptedBrowser.Page again = browser.get(app.url());
    assertThat(again.text("name")).isEqualTo("Demo User");
    assertThat(again.body()).contains("this page found your session in the store");
    assertThat(demo.podio.counters().exchanges()).isEqualTo(1);

    // Another browser is another user: not authenticated.
    assertThat(new ScriptedBrowser().get(app.url()).body()).contains("Start authenticating");
  }

  @Test
  void theSessionOutlivesTheWebAppBecauseItIsInTheStore() throws Exception {
    ScriptedBrowser browser = new ScriptedBrowser();
    browser.submit(consentPage(browser), Map.of(), "grant");
    app.close();

    app = ServerSideExample.start(demo.client, 0);
    ScriptedBrowser.Page hello = browser.get(app.url());
    assertThat(hello.text("name")).isEqualTo("Demo User");
    assertThat(demo.podio.counters().exchanges()).isEqualTo(1);
  }

  @Test
  void denyShowsTheErrorAndOffersToStartAgain() throws Exception {
    ScriptedBrowser browser = new ScriptedBrowser();
    ScriptedBrowser.Page denied = browser.submit(consentPage(browser), Map.of(), "deny");

    assertThat(denied.status()).isEqualTo(200);
    assertThat(denied.text("error"))
        .isEqualTo("The user did not authorize this app. Podio said: The user denied your request.");
    assertThat(denied.link("Start authenticating").getPath()).isEqualTo("/oauth/authorize");
    assertThat(demo.podio.counters().tokenRequests()).isZero();
    assertThat(browser.get(app.url()).body()).contains("Start authenticating").doesNotContain("Hello");
  }

  @Test
  void signingOutDeletesTheSession() throws Exception {
    ScriptedBrowser browser = new ScriptedBrowser();
    browser.submit(consentPage(browser), Map.of(), "grant");

    ScriptedBrowser.Page signedOut = browser.submit(browser.get(app.url()), Map.of(), null);
    assertThat(signedOut.url()).isEqualTo(app.url());
    assertThat(signedOut.body()).contains("Start authenticating");
  }

  @Test
  void aCallbackWithAnotherStateIsRefusedAndNothingIsExchanged() throws Exception {
    ScriptedBrowser browser = new ScriptedBrowser();
    browser.get(app.url());
    ScriptedBrowser.Page forged = browser.get(app.url().resolve("/?code=stolen-code&state=not-the-one-sent"));

    assertThat(forged.status()).isEqualTo(400);
    assertThat(forged.text("error")).contains("state does not match");
    assertThat(demo.podio.counters().tokenRequests()).isZero();
  }

  @Test
  void aCallbackInABrowserThatStartedNothingIsRefused() throws Exception {
    ScriptedBrowser.Page page = new ScriptedBrowser().get(app.url().resolve("/?code=some-code&state=some-state"));

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.body()).contains("No authorization in progress").contains("Start authenticating");
    assertThat(demo.podio.counters().tokenRequests()).isZero();
  }

  @Test
  void theBrowserGetsAnHttpOnlyCookieAndPagesAreNotCached() throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.url()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
        assertThat(cookie).startsWith(Web.BROWSER_COOKIE + "=").contains("HttpOnly", "SameSite=Lax"));
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
  }
}
