package io.podiokit.http.retrofit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.podiokit.Authentication;
import io.podiokit.AuthListener;
import io.podiokit.SessionKey;
import io.podiokit.emulator.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** No secret (client secret, app token, password, access or refresh token) in a toString, a message or a log line. */
class SecretsIT {

  private static final String WRONG_SECRET = "S3CRET-wrong-client-0e7a";
  private static final String WRONG_APP_TOKEN = "S3CRET-wrong-apptoken-44c1";
  private static final String WRONG_PASSWORD = "S3CRET-wrong-password-91d0";

  private final Fixture fixture = new Fixture();
  private final List<String> logged = new CopyOnWriteArrayList<>();
  private final Logger podiokitLogger = Logger.getLogger("io.podiokit");
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      logged.add(new java.util.logging.SimpleFormatter().formatMessage(record));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  SecretsIT() {
    podiokitLogger.setLevel(Level.ALL);
    podiokitLogger.addHandler(capture);
  }

  @AfterEach
  void close() {
    podiokitLogger.removeHandler(capture);
    fixture.close();
  }

  @Test
  void secretsAppearNowhere() {
    List<String> texts = new ArrayList<>();
    List<String> secrets = new ArrayList<>(List.of(Fixture.CLIENT_SECRET, Fixture.APP_TOKEN, Fixture.PASSWORD,
        WRONG_SECRET, WRONG_APP_TOKEN, WRONG_PASSWORD, "0f3c8e2b"));
    try (PodioClient client = fixture.client().listener(new AuthListener() {
      @Override
      public void refreshed(SessionKey key) {
        fixture.podio.expireAccessTokens();
      }
    }).build();
         PodioClient wrong = fixture.client().credentials(Fixture.CLIENT_ID, WRONG_SECRET).httpBasic(true)
             .sessionStore(new MapSessionStore()).build()) {
      Authentication app = client.authenticateWithApp(Fixture.APP_ID, Fixture.APP_TOKEN);
      Authentication user = client.authenticateWithPassword(Fixture.MAIL, Fixture.PASSWORD);
      for (Authentication a : List.of(app, user)) {
        secrets.add(a.session().orElseThrow().token().accessToken());
        secrets.add(a.session().orElseThrow().token().refreshToken());
        texts.add(a.toString());
        texts.add(a.session().orElseThrow().toString());
        texts.add(client.api(a).toString());
      }
      texts.add(client.toString());
      texts.add(client.tokenEndpoint().toString());
      texts.add(client.auth().toString());
      texts.add(wrong.toString());

      List<Throwable> failures = new ArrayList<>();
      failures.add(catchThrowable(() -> wrong.authenticateWithApp(Fixture.APP_ID, Fixture.APP_TOKEN)));
      failures.add(catchThrowable(() -> client.authenticateWithApp(Fixture.APP_ID + 1, WRONG_APP_TOKEN)));
      failures.add(catchThrowable(() -> client.authenticateWithPassword(Fixture.MAIL + ".x", WRONG_PASSWORD)));
      fixture.podio.tokenEndpointFaults().next(Fault.malformed());
      failures.add(catchThrowable(app::refresh));
      fixture.podio.tokenEndpointFaults().next(Fault.drop(), Fault.drop(), Fault.drop());
      failures.add(catchThrowable(user::refresh));
      fixture.podio.expireAccessTokens();
      failures.add(catchThrowable(() -> client.api(user).users().status())); // rejected again after its refresh
      secrets.add(user.session().orElseThrow().token().accessToken());
      fixture.podio.apiFaults().next(Fault.malformed());
      failures.add(catchThrowable(() -> client.api(app).apps().app(Fixture.APP_ID)));

      assertThat(failures).doesNotContainNull();
      for (Throwable failure : failures) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
          texts.add(t.toString());
        }
      }
    }
    texts.addAll(logged);

    assertThat(logged).as("the failures were logged").isNotEmpty();
    for (String secret : secrets) {
      assertThat(texts).as("texts containing a secret").noneMatch(text -> text.contains(secret));
    }
  }
}
