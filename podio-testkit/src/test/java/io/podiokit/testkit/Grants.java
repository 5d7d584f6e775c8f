package io.podiokit.testkit;

import io.podiokit.emulator.PodioEmulator;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A password grant sent to an emulator's token endpoint over real HTTP, for the extension tests. */
final class Grants {

  private Grants() {}

  /** The token endpoint's answer to a password grant, as text. */
  static String password(PodioEmulator emulator, String clientId, String clientSecret, String username,
                         String password) {
    String body = "{\"grant_type\":\"password\",\"client_id\":\"" + clientId + "\",\"client_secret\":\"" + clientSecret
        + "\",\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    HttpRequest request = HttpRequest.newBuilder(emulator.baseUrl().resolve("/oauth/token/v2"))
        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
