package io.podiokit.http.retrofit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.Authentication;
import io.podiokit.AuthorizationDeniedException;
import io.podiokit.AuthorizationRequest;
import io.podiokit.GrantKind;
import io.podiokit.InvalidCallbackException;
import io.podiokit.TokenRef;
import io.podiokit.TokenState;
import io.podiokit.api.app.App;
import io.podiokit.api.org.Organization;
import io.podiokit.api.user.UserStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each of Podio's four flows, end to end against the emulator, ending in a signed API call. */
class FlowsIT {

  private final Fixture fixture = new Fixture();
  private final PodioClient client = fixture.client().build();

  @AfterEach
  void close() {
    client.close();
    fixture.close();
  }

  @Test
  void appAuthenticationCallsTheApiAsTheApp() {
    Authentication app = client.authenticateWithApp(Fixture.APP_ID, Fixture.APP_TOKEN);

    App read = client.api(app).apps().app(Fixture.APP_ID);

    assertThat(read.appId()).isEqualTo(Fixture.APP_ID);
    assertThat(read.config().name()).isEqualTo("Tasks");
    assertThat(app.ref()).contains(new TokenRef("app", Fixture.APP_ID));
    assertThat(app.session().orElseThrow().origin()).isEqualTo(GrantKind.APP);
  }

  @Test
  void passwordAuthenticationCallsTheApiAsTheUser() {
    Authentication user = client.authenticateWithPassword(Fixture.MAIL, Fixture.PASSWORD);

    UserStatus status = client.api(user).users().status();

    assertThat(status.user().mail()).isEqualTo(Fixture.MAIL);
    assertThat(status.profile().name()).isEqualTo(Fixture.NAME);
    assertThat(status.user().userId()).isEqualTo(fixture.podio.userId(Fixture.MAIL));
  }

  @Test
  void serverSideFlowExchangesTheCodeFromTheCallback() throws Exception {
    AuthorizationRequest request = client.authorizationRequest(Fixture.REDIRECT, "global:all");
    assertThat(request.url().toString()).startsWith(fixture.podio.authorizeUrl().toString())
        .contains("response_type=code");

    String callback = new Browser().authorize(request.url(), Fixture.MAIL, Fixture.PASSWORD, true);
    assertThat(callback).startsWith(Fixture.REDIRECT + "?").contains("code=").contains("state=");
    Authentication user = client.completeAuthorization("ada", callback, request);

    List<Organization> orgs = client.api(user).orgs().organizations();
    assertThat(orgs).isNotEmpty();
    assertThat(orgs.get(0).spaces()).isNotEmpty();
    assertThat(user.state()).isEqualTo(TokenState.FRESH);
    assertThat(user.session().orElseThrow().origin()).isEqualTo(GrantKind.AUTHORIZATION_CODE);
    assertThat(fixture.podio.counters().exchanges("authorization_code")).isEqualTo(1);
  }

  @Test
  void serverSideFlowRefusesACallbackWithAnotherState() throws Exception {
    AuthorizationRequest request = client.authorizationRequest(Fixture.REDIRECT, "");
    AuthorizationRequest other = client.authorizationRequest(Fixture.REDIRECT, "");
    String callback = new Browser().authorize(request.url(), Fixture.MAIL, Fixture.PASSWORD, true);

    assertThatThrownBy(() -> client.completeAuthorization("ada", callback, other))
        .isInstanceOf(InvalidCallbackException.class);
    assertThat(fixture.podio.counters().exchanges("authorization_code")).isZero();
  }

  @Test
  void serverSideFlowReportsADenial() throws Exception {
    AuthorizationRequest request = client.authorizationRequest(Fixture.REDIRECT, "");
    String callback = new Browser().authorize(request.url(), Fixture.MAIL, Fixture.PASSWORD, false);

    assertThatThrownBy(() -> client.completeAuthorization("ada", callback, request))
        .isInstanceOf(AuthorizationDeniedException.class)
        .hasMessageContaining("access_denied");
  }

  @Test
  void clientSideFlowStoresTheTokenFromTheFragment() throws Exception {
    AuthorizationRequest request = client.implicitAuthorizationRequest(Fixture.REDIRECT, "global:all");
    String location = new Browser().authorize(request.url(), Fixture.MAIL, Fixture.PASSWORD, true);
    assertThat(location).startsWith(Fixture.REDIRECT + "#").contains("access_token=");

    Authentication user = client.completeImplicitAuthorization("ada", location.substring(location.indexOf('#')),
        request);

    @SuppressWarnings("unchecked")
    Map<String, Object> status = (Map<String, Object>) client.api(user).get("/user/status");
    assertThat(((Map<?, ?>) status.get("user")).get("mail")).isEqualTo(Fixture.MAIL);
    assertThat(user.session().orElseThrow().origin()).isEqualTo(GrantKind.IMPLICIT);
    assertThat(fixture.podio.counters().tokenRequests()).as("no token endpoint call").isZero();
  }

  @Test
  void authenticationsOfOneClientAreSeparate() {
    Authentication app = client.authenticateWithApp(Fixture.APP_ID, Fixture.APP_TOKEN);
    Authentication user = client.authenticateWithPassword(Fixture.MAIL, Fixture.PASSWORD);

    assertThat(client.api(user).users().status().user().mail()).isEqualTo(Fixture.MAIL);
    assertThat(client.api(app).apps().app(Fixture.APP_ID).appId()).isEqualTo(Fixture.APP_ID);
    assertThat(client.forApp(Fixture.APP_ID).session().orElseThrow().token().accessToken())
        .isNotEqualTo(user.session().orElseThrow().token().accessToken());
  }
}
