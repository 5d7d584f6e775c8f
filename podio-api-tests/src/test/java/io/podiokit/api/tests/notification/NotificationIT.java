package io.podiokit.api.tests.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.notification.Notification;
import io.podiokit.api.notification.NotificationGroup;
import io.podiokit.api.notification.NotificationQuery;
import io.podiokit.api.notification.NotificationService;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.api.tests.CannedApi;
import io.podiokit.api.tests.TestItems;
import io.podiokit.emulator.PodioEmulator;
import io.podiokit.http.retrofit.PodioApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Notifications over HTTP: another user's update of the demo user's item lands in the demo user's inbox. */
class NotificationIT {

  static final String ANN = "ann@example.com";
  static final ApiFixture api =
      ApiFixture.start(PodioEmulator.builder().demoData().user(ANN, "ann-password", "Ann Other"));
  static final PodioApi ann = api.client.api(api.client.authenticateWithPassword(ANN, "ann-password"));

  final NotificationService notifications = api.user().notifications();
  long itemId;

  @AfterAll
  static void stop() {
    api.close();
  }

  @BeforeEach
  void anotherUserUpdatesAnItemOfTheDemoUser() {
    notifications.markAllViewed();
    itemId = TestItems.create(api.user(), PodioEmulator.DEMO_APP_ID, "Offer");
    TestItems.retitle(ann, itemId, "Offer, revised");
  }

  private Notification latest() {
    return notifications.groups(NotificationQuery.builder().limit(1).build()).get(0).notifications().get(0);
  }

  @Test
  void theUpdateIsANewNotificationInTheCreatorsInbox() {
    assertThat(notifications.newCount().count()).isEqualTo(1);
    assertThat(api.last().method()).isEqualTo("GET");
    assertThat(api.last().path()).isEqualTo("/notification/inbox/new/count");

    List<NotificationGroup> groups = notifications.groups(NotificationQuery.builder().viewed(false).limit(5).build());

    assertThat(api.last().path()).isEqualTo("/notification/");
    assertThat(api.last().queryParams()).containsEntry("viewed", "false").containsEntry("limit", "5");
    assertThat(groups).hasSize(1);
    NotificationGroup group = groups.get(0);
    assertThat(group.context().ref().type()).isEqualTo("item");
    assertThat(group.context().ref().id()).isEqualTo(itemId);
    assertThat(group.context().title()).isEqualTo("Offer, revised");
    assertThat(group.context().space()).containsEntry("space_id", 1.0);
    Notification n = group.notifications().get(0);
    assertThat(n.type()).isEqualTo("update");
    assertThat(n.text()).isEqualTo("Ann Other updated Offer, revised");
    assertThat(n.viewed()).isFalse();
    assertThat(n.createdBy().name()).isEqualTo("Ann Other");
    assertThat(n.createdBy().id()).isEqualTo(api.podio.userId(ANN));
    assertThat(n.createdOnUtc()).hasValueSatisfying(on -> assertThat(on)
        .isBetween(api.podio.now().minusSeconds(60), api.podio.now()));
  }

  @Test
  void nobodyIsNotifiedOfTheirOwnChanges() {
    TestItems.retitle(api.user(), itemId, "Offer, mine");

    assertThat(notifications.newCount().count()).isEqualTo(1);
    assertThat(ann.notifications().newCount().count()).isZero();
  }

  @Test
  void theGroupOfOneNotificationIsReadByItsId() {
    Notification n = latest();

    NotificationGroup group = notifications.group(n.notificationId());

    assertThat(api.last().path()).isEqualTo("/notification/" + n.notificationId() + "/v2");
    assertThat(group.context().ref().id()).isEqualTo(itemId);
    assertThat(group.notifications()).extracting(Notification::notificationId).contains(n.notificationId());
  }

  @Test
  void oneNotificationIsMarkedViewed() {
    Notification n = latest();

    notifications.markViewed(n.notificationId());

    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/notification/" + n.notificationId() + "/viewed");
    assertThat(api.last().status()).isEqualTo(204);
    assertThat(notifications.newCount().count()).isZero();
    assertThat(latest().viewed()).isTrue();
    assertThat(latest().viewedOn()).isNotNull();
  }

  @Test
  void theNotificationsAboutAnObjectAreMarkedViewed() {
    notifications.markViewed("item", itemId);

    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/notification/item/" + itemId + "/viewed");
    assertThat(notifications.newCount().count()).isZero();
  }

  @Test
  void everyNotificationIsMarkedViewed() {
    TestItems.retitle(ann, TestItems.create(api.user(), PodioEmulator.DEMO_APP_ID, "Second"), "Second, revised");
    assertThat(notifications.newCount().count()).isEqualTo(2);

    notifications.markAllViewed();

    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/notification/viewed");
    assertThat(notifications.newCount().count()).isZero();
    assertThat(notifications.groups(NotificationQuery.builder().viewed(false).build())).isEmpty();
  }

  @Test
  void aNotificationIsStarredAndUnstarred() {
    Notification n = latest();

    notifications.star(n.notificationId());
    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/notification/" + n.notificationId() + "/star");
    assertThat(latest().starred()).isTrue();
    assertThat(notifications.groups(NotificationQuery.builder().starred(true).build())).hasSize(1);

    notifications.unstar(n.notificationId());
    assertThat(api.last().method()).isEqualTo("DELETE");
    assertThat(api.last().path()).isEqualTo("/notification/" + n.notificationId() + "/star");
    assertThat(latest().starred()).isFalse();
  }

  @Test
  void groupsArePagedAndWalkedLazily() {
    long second = TestItems.create(api.user(), PodioEmulator.DEMO_APP_ID, "Second");
    TestItems.retitle(ann, second, "Second, revised");

    List<NotificationGroup> page = notifications.groups(NotificationQuery.builder().viewed(false).build().page(1, 1));
    assertThat(api.last().queryParams()).containsEntry("offset", "1").containsEntry("limit", "1");
    assertThat(page).singleElement().satisfies(g -> assertThat(g.context().ref().id()).isEqualTo(itemId));

    List<NotificationGroup> all = notifications.allGroups(NotificationQuery.builder().viewed(false).type("update")
        .contextType("item").build()).toList();
    assertThat(api.last().queryParams()).containsEntry("offset", "0").containsEntry("limit", "100")
        .containsEntry("type", "update").containsEntry("context_type", "item");
    assertThat(all).extracting(g -> g.context().ref().id()).containsExactly(second, itemId);
  }

  @Test
  void badInputIsATypedError() {
    assertThatThrownBy(() -> notifications.markViewed(999_999_999L))
        .isInstanceOf(PodioApiException.NotFoundException.class).hasMessageContaining("Notification");
    assertThatThrownBy(() -> api.app().notifications().newCount())
        .isInstanceOf(PodioApiException.ForbiddenException.class);
    assertThatThrownBy(() -> NotificationQuery.builder().limit(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit must be between 1 and 100");
  }

  @Test
  void microViewsParse() {
    try (CannedApi canned = CannedApi.start()) {
      canned.answer("/notification/5/v2", "{\"notifications\": [{\"notification_id\": 5}]}");
      canned.answer("/notification/", "[{\"context\": {\"ref\": {\"type\": \"task\", \"id\": 9}}}]");

      NotificationGroup group = canned.api().notifications().group(5);
      assertThat(group.context()).isNull();
      assertThat(group.notifications()).singleElement().satisfies(n -> {
        assertThat(n.notificationId()).isEqualTo(5);
        assertThat(n.data()).isEmpty();
        assertThat(n.createdOnUtc()).isEmpty();
      });
      assertThat(canned.api().notifications().groups(NotificationQuery.all()))
          .singleElement().satisfies(g -> {
            assertThat(g.context().ref().id()).isEqualTo(9);
            assertThat(g.notifications()).isEmpty();
            assertThat(g.context().space()).isEqualTo(Map.of());
          });
    }
  }
}
