package io.podiokit.api.tests.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.contact.ContactFields;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.api.user.User;
import io.podiokit.api.user.UserProperty;
import io.podiokit.api.user.UserStatus;
import io.podiokit.emulator.PodioEmulator;
import io.podiokit.http.retrofit.PodioApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The user area and the user's status over real HTTP against the emulator. */
class UserIT {

  static final String ALT_MAIL = "grace@example.com";
  static final String ALT_PASSWORD = "grace-password-91c2";
  static final ApiFixture api = ApiFixture.start(PodioEmulator.builder().demoData()
      .user(ALT_MAIL, ALT_PASSWORD, "Grace Hopper"));

  @AfterAll
  static void stop() {
    api.close();
  }

  /** Reads any JSON object through the client's own reader: stored as a property, read back as {@code value}. */
  public record UserHolder(User value) {}

  @Test
  void statusTellsWhoTheTokenActsAsWithProfileAndProperties() {
    api.user().users().setProperty("status-check", "on");

    UserStatus status = api.user().users().status();

    assertThat(api.last().method()).isEqualTo("GET");
    assertThat(api.last().path()).isEqualTo("/user/status");
    assertThat(status.user().userId()).isEqualTo(api.userId());
    assertThat(status.user().mail()).isEqualTo(PodioEmulator.DEMO_USER_EMAIL);
    assertThat(status.profile()).isNotNull();
    assertThat(status.profile().name()).isEqualTo(PodioEmulator.DEMO_USER_NAME);
    assertThat(status.profile().userId()).isEqualTo(api.userId());
    assertThat(status.profile().mail()).containsExactly(PodioEmulator.DEMO_USER_EMAIL);
    assertThat(status.inboxNew()).isZero();
    assertThat(status.properties()).containsEntry("status-check", "on");
  }

  @Test
  void userIsTheFullAccount() {
    User user = api.user().users().user();

    assertThat(api.last().path()).isEqualTo("/user");
    assertThat(user.userId()).isEqualTo(api.userId());
    assertThat(user.mail()).isEqualTo(PodioEmulator.DEMO_USER_EMAIL);
    assertThat(user.status()).isEqualTo("active");
    assertThat(user.locale()).isEqualTo("en_GB");
    assertThat(user.timezone()).as("the zone of local task due dates").isEqualTo("Europe/Copenhagen");
    assertThat(user.createdOn()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    assertThat(user.mails()).singleElement().satisfies(m -> {
      assertThat(m.mail()).isEqualTo(PodioEmulator.DEMO_USER_EMAIL);
      assertThat(m.primary()).isTrue();
      assertThat(m.verified()).isTrue();
    });
  }

  @Test
  void aMicroUserParsesWithEverythingButItsIdLeftEmpty() {
    api.user().users().setProperty("micro-user", Map.of("user_id", 77));

    User micro = api.user().get("/user/property/micro-user", UserHolder.class).value();

    assertThat(micro.userId()).isEqualTo(77);
    assertThat(micro.mail()).isNull();
    assertThat(micro.name()).isNull();
    assertThat(micro.mails()).isEmpty();
    assertThat(micro.flags()).isEmpty();
  }

  @Test
  void updatingTheProfileSendsOnlyTheFieldsSetAndShowsInStatusAndFieldReads() {
    PodioApi alt = altUser();
    alt.users().updateProfile(ContactFields.builder().title("Rear Admiral", "Scientist").city("Arlington")
        .skill("COBOL").build());

    assertThat(api.podio.lastRequest().method()).isEqualTo("PUT");
    assertThat(api.podio.lastRequest().path()).isEqualTo("/user/profile/");
    assertThat(api.podio.lastRequest().json())
        .isEqualTo(Map.of("city", "Arlington", "title", List.of("Rear Admiral", "Scientist"), "skill", List.of("COBOL")));

    assertThat(alt.users().profileField("title")).containsExactly("Rear Admiral", "Scientist");
    assertThat(api.podio.lastRequest().path()).isEqualTo("/user/profile/title");
    assertThat(alt.users().profileField("city")).containsExactly("Arlington");
    assertThat(alt.users().profileField("phone")).isEmpty();
    assertThat(alt.users().status().profile().title()).containsExactly("Rear Admiral", "Scientist");
  }

  @Test
  void anUnknownProfileFieldIsRefused() {
    assertThatThrownBy(() -> api.user().users().profileField("shoe_size"))
        .isInstanceOf(PodioApiException.BadRequestException.class).hasMessageContaining("shoe_size");
  }

  @Test
  void propertiesAreSetReadAndDeleted() {
    api.user().users().setProperty("theme", Map.of("dark", true));

    assertThat(api.last().method()).isEqualTo("PUT");
    assertThat(api.last().path()).isEqualTo("/user/property/theme");
    assertThat(api.last().json()).isEqualTo(Map.of("value", Map.of("dark", true)));
    UserProperty theme = api.user().users().property("theme");
    assertThat(api.last().path()).isEqualTo("/user/property/theme");
    assertThat(theme.value()).isEqualTo(Map.of("dark", true));

    api.user().users().deleteProperty("theme");
    assertThat(api.last().method()).isEqualTo("DELETE");
    assertThat(api.last().path()).isEqualTo("/user/property/theme");
    assertThatThrownBy(() -> api.user().users().property("theme"))
        .isInstanceOf(PodioApiException.NotFoundException.class);
  }

  @Test
  void severalPropertiesAreSetAtOnce() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("sync-cursor", "abc");
    values.put("sync-count", 3);

    api.user().users().setProperties(values);

    assertThat(api.last().method()).isEqualTo("PUT");
    assertThat(api.last().path()).isEqualTo("/user/property/");
    assertThat(api.last().json()).isEqualTo(Map.of("sync-cursor", "abc", "sync-count", 3L));
    assertThat(api.user().users().property("sync-cursor").value()).isEqualTo("abc");
    assertThat(api.user().users().property("sync-count").value()).isEqualTo(3.0);
  }

  @Test
  void anAppCannotReadTheUserArea() {
    assertThatThrownBy(() -> api.app().users().user()).isInstanceOf(PodioApiException.ForbiddenException.class);
  }

  /** Another seeded user of the same emulator, so profile changes do not touch the demo user. */
  private static PodioApi altUser() {
    return api.client.api(api.client.authenticateWithPassword(ALT_MAIL, ALT_PASSWORD));
  }
}
