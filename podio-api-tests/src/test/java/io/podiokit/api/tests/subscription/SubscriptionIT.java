package io.podiokit.api.tests.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.subscription.Subscription;
import io.podiokit.api.subscription.SubscriptionService;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.api.tests.CannedApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Subscriptions over real HTTP: subscribe, read by id and by object, unsubscribe both ways. */
class SubscriptionIT {

  static final ApiFixture api = ApiFixture.start();

  @AfterAll
  static void stop() {
    api.close();
  }

  SubscriptionService subscriptions() {
    return api.user().subscriptions();
  }

  @Test
  void subscribeReadAndUnsubscribeById() {
    long id = subscriptions().subscribe("item", 100001).subscriptionId();
    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/subscription/item/100001");
    assertThat(subscriptions().subscribe("item", 100001).subscriptionId()).isEqualTo(id);

    Subscription byId = subscriptions().subscription(id);
    assertThat(api.last().path()).isEqualTo("/subscription/" + id);
    assertThat(byId.ref()).isNotNull();
    assertThat(byId.ref().type()).isEqualTo("item");
    assertThat(byId.ref().id()).isEqualTo(100001);
    assertThat(byId.notifications()).isTrue();
    assertThat(byId.startedOnUtc()).isPresent();

    subscriptions().unsubscribe(id);
    assertThat(api.last().method()).isEqualTo("DELETE");
    assertThat(api.last().path()).isEqualTo("/subscription/" + id);
    assertThatThrownBy(() -> subscriptions().subscription(id)).isInstanceOf(PodioApiException.NotFoundException.class);
  }

  @Test
  void readAndUnsubscribeByObject() {
    long id = subscriptions().subscribe("item", 100002).subscriptionId();

    assertThat(subscriptions().subscription("item", 100002).subscriptionId()).isEqualTo(id);
    assertThat(api.last().path()).isEqualTo("/subscription/item/100002");

    subscriptions().unsubscribe("item", 100002);
    assertThat(api.last().method()).isEqualTo("DELETE");
    assertThat(api.last().path()).isEqualTo("/subscription/item/100002");
    assertThatThrownBy(() -> subscriptions().subscription("item", 100002))
        .isInstanceOf(PodioApiException.NotFoundException.class);
    assertThatThrownBy(() -> api.app().subscriptions().subscribe("item", 100002))
        .isInstanceOf(PodioApiException.ForbiddenException.class);
  }

  @Test
  void microViewParses() {
    Subscription s = CannedApi.read("{\"started_on\": \"2026-01-01 10:00:00\"}", Subscription.class);
    assertThat(s.subscriptionId()).isNull();
    assertThat(s.startedOnUtc()).isPresent();
  }
}
