package io.podiokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.podiokit.emulator.PodioEmulator;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client-side example over real HTTP: the refusal path, and a fragment that does not belong to the browser. */
class ClientSideExampleIT {

  private DemoPodio demo;
  private ClientSideExample app;

  @BeforeEach
  void start() {
    demo = DemoPodio.start();
    app = ClientSideExample.start(demo.client, 0);
  }

  @AfterEach
  void stop() {
    app.close();
    demo.close();
  }

  private ScriptedBrowser.Page consentPage(ScriptedBrowser browser) throws Exception {
    ScriptedBrowser.Page login = browser.get(browser.get(app.url()).link("Start authenticating"));
    return browser.submit(login, Map.of("email", PodioEmulator.DEMO_USER_EMAIL, "password",
        PodioEmulator.DEMO_USER_PASSWORD), null);
  }

  @Test
  void theCallbackPageKeepsTheTokenOutOfTheServerAndTheAddressBar() throws Exception {
    ScriptedBrowser browser = new ScriptedBrowser();
    ScriptedBrowser.Page callback = browser.submit(consentPage(browser), Map.of(), "grant");

    assertThat(callback.url().getPath()).isEqualTo(ClientSideExample.CALLBACK_PATH);
    assertThat(callback.url().getRawFragment()).contains("access_token=").contains("state=");
    assertThat(callback.body()).contains("history.replaceState(null, \"\", location.pathname)")
        .contains("fetch(\"" + ClientSideExample.TOKEN_PATH + "\"");
    assertThat(browser.get(app.url()).body()).as("nothing stored before the page posts the fragment")
        .contains("Start authenticating");
  }

  @Test
  void denyShowsTheError() throws Exception {
    ScriptedBrowser browser = new ScriptedBrowser();
    ScriptedBrowser.Page denied = browser.submit(consentPage(browser), Map.of(), "deny");

    assertThat(denied.text("error"))
        .isEqualTo("The user did not authorize this app. Podio said: The user denied your request.");
    assertThat(demo.podio.counters().exchanges()).isZero();
  }

  @Test
  void aFragmentWithAnotherStateIsRefused() throws Exception {
    ScriptedBrowser browser = new ScriptedBrowser();
    ScriptedBrowser.Page callback = browser.submit(consentPage(browser), Map.of(), "grant");
    String forged = callback.url().getRawFragment().replaceAll("state=[^&]*", "state=forged");

    ScriptedBrowser.Page answer = browser.post(app.url().resolve(ClientSideExample.TOKEN_PATH), "#" + forged,
        "text/plain");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("state does not match");
    assertThat(browser.get(app.url()).body()).contains("Start authenticating");
  }
}
