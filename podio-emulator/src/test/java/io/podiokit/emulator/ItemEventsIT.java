package io.podiokit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The events items and apps publish for other areas (streams, notifications, webhooks, search, calendar). */
class ItemEventsIT extends DemoEvents {

  @Test
  void itemWritesPublishCreateUpdateAndDeleteWithTheirIds() {
    long userId = podio.userId(PodioEmulator.DEMO_USER_EMAIL);
    long itemId = (Long) Wire.ok(wire.api("POST", "/item/app/1001/", token,
        "{\"fields\": {\"title\": \"Evented\"}}")).get("item_id");
    Wire.ok(wire.api("PUT", "/item/" + itemId + "?silent=1&hook=false", token,
        "{\"fields\": {\"title\": \"Evented twice\"}}"));
    wire.api("PUT", "/item/" + itemId, token, "{\"fields\": {\"title\": \"Evented twice\"}}");
    wire.api("DELETE", "/item/" + itemId, token, null);

    assertThat(events).extracting(World.Event::type).containsExactly("item.create", "item.update", "item.delete");
    assertThat(events).allSatisfy(e -> {
      assertThat(e.refType()).isEqualTo("item");
      assertThat(e.refId()).isEqualTo(itemId);
      assertThat(e.by()).isEqualTo(EmulatorState.Ref.user(userId));
      assertThat(e.data()).containsEntry("item_id", itemId).containsEntry("app_id", 1001L)
          .containsEntry("space_id", 1L);
    });
    assertThat(events.get(0).data()).containsEntry("title", "Evented").doesNotContainKey("item_revision_id");
    assertThat(events.get(1).data()).containsEntry("title", "Evented twice").containsEntry("silent", true)
        .containsEntry("hook", false).containsKey("item_revision_id");
    assertThat(podio.world().ref("item", itemId)).as("gone from the references").isNull();
  }

  @Test
  void appWritesPublishCreateUpdateAndDelete() {
    long appId = (Long) Wire.ok(wire.api("POST", "/app/", token,
        "{\"space_id\": 1, \"config\": {\"name\": \"Evented app\"}, \"fields\": [{\"type\": \"text\","
            + " \"config\": {\"label\": \"Title\"}}]}")).get("app_id");
    wire.api("PUT", "/app/" + appId, token, "{\"config\": {\"name\": \"Renamed\"}}");
    long itemId = (Long) Wire.ok(wire.api("POST", "/item/app/" + appId + "/", token,
        "{\"fields\": {\"title\": \"In it\"}}")).get("item_id");
    wire.api("DELETE", "/app/" + appId, token, null);

    assertThat(events).extracting(World.Event::type)
        .containsExactly("app.create", "app.update", "item.create", "item.delete", "app.delete");
    assertThat(events).filteredOn(e -> e.refType().equals("app")).allSatisfy(e ->
        assertThat(e.data()).isEqualTo(Map.of("app_id", appId, "space_id", 1L)));
    assertThat(podio.world().ref("app", appId)).isNull();
    assertThat(podio.world().ref("item", itemId)).isNull();
  }
}
