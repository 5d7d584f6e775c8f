package io.podiokit.api.tests.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.action.Action;
import io.podiokit.api.stream.StreamObject;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.api.tests.CannedApi;
import io.podiokit.emulator.PodioEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Actions over HTTP: the stream's action objects are read by their id. */
class ActionIT {

  static final ApiFixture api = ApiFixture.start();

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void anActionOfTheStreamIsReadByItsId() {
    StreamObject fromStream = api.user().stream().allOfSpace(1).filter(o -> "action".equals(o.type())).findFirst()
        .orElseThrow();

    Action action = api.user().actions().action(fromStream.id());

    assertThat(api.last().method()).isEqualTo("GET");
    assertThat(api.last().path()).isEqualTo("/action/" + fromStream.id());
    assertThat(action.actionId()).isEqualTo(fromStream.id());
    assertThat(action.type()).isEqualTo("space_member_join");
    assertThat(action.text()).isEqualTo(PodioEmulator.DEMO_USER_NAME + " joined the workspace");
    assertThat(action.data()).containsEntry("space_id", 1.0).containsEntry("user_id", (double) api.userId());
    assertThat(action.createdBy().id()).isEqualTo(api.userId());
    assertThat(action.comments()).isEmpty();
  }

  @Test
  void anUnknownActionIsATypedError() {
    assertThatThrownBy(() -> api.user().actions().action(1))
        .isInstanceOf(PodioApiException.NotFoundException.class).hasMessageContaining("Action with id 1");
  }

  @Test
  void microViewsParse() {
    try (CannedApi canned = CannedApi.start()) {
      canned.answer("/action/3", "{\"action_id\": 3}");
      Action action = canned.api().actions().action(3);
      assertThat(action.actionId()).isEqualTo(3);
      assertThat(action.data()).isEmpty();
      assertThat(action.createdBy()).isNull();
    }
  }
}
