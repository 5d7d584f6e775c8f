package io.podiokit.api.tests;

import io.podiokit.http.retrofit.PodioApi;
import java.util.Map;

/**
 * Items made for a test through the raw JSON API ({@code POST /item/app/{app_id}/}, {@code PUT /item/{item_id}},
 * {@code DELETE /item/{item_id}}), so tests of the areas built on items do not depend on the item service's shape.
 */
public final class TestItems {

  private TestItems() {}

  /** Creates an item titled {@code title} in {@code appId}; its id. */
  public static long create(PodioApi api, long appId, String title) {
    Map<?, ?> created = api.post("/item/app/" + appId + "/", Map.of("fields", Map.of("title", title)), Map.class);
    return ((Number) created.get("item_id")).longValue();
  }

  /** Sets an item's title. */
  public static void retitle(PodioApi api, long itemId, String title) {
    api.put("/item/" + itemId, Map.of("fields", Map.of("title", title)));
  }

  /** Deletes an item. */
  public static void delete(PodioApi api, long itemId) {
    api.delete("/item/" + itemId);
  }
}
