package io.podiokit.api.tests.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.Paging;
import io.podiokit.api.item.Item;
import io.podiokit.api.item.ItemFilter;
import io.podiokit.api.item.ItemValues;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.api.view.View;
import io.podiokit.api.view.ViewDefinition;
import io.podiokit.api.view.ViewService;
import io.podiokit.emulator.PodioEmulator;
import io.podiokit.emulator.RecordedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Every view operation over HTTP, and items filtered by a view. */
class ViewsIT {

  static final ApiFixture api = ApiFixture.start();
  static final long APP = PodioEmulator.DEMO_APP_ID;

  @AfterAll
  static void stop() {
    api.close();
  }

  static ViewService views() {
    return api.user().views();
  }

  @Test
  void viewsAreSavedListedAppliedAndDeleted() {
    long done = api.user().items().create(APP, ItemValues.builder().text("title", "Done one").category("status", 2)
        .build()).itemId();
    long done2 = api.user().items().create(APP, ItemValues.builder().text("title", "Done two")
        .category("status", 2).build()).itemId();
    ItemFilter filter = ItemFilter.builder().category("status", 2).sortBy("title", true).build();

    long viewId = views().create(APP, ViewDefinition.of("Done", filter)).viewId();
    RecordedRequest post = api.last("POST", "/view/app/" + APP + "/");
    assertThat(post.json()).isEqualTo(Map.of("name", "Done", "private", false, "sort_by", "title", "sort_desc", true,
        "filters", Map.of("status", List.of(2L))));

    View view = views().view(viewId);
    api.last("GET", "/view/" + viewId);
    assertThat(view.name()).isEqualTo("Done");
    assertThat(view.type()).isEqualTo("shared");
    assertThat(view.sortBy()).isEqualTo("title");
    assertThat(view.filters()).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo("status");
      assertThat(f.values()).isEqualTo(List.of(2.0));
    });
    assertThat(view.createdBy().id()).isEqualTo(api.userId());

    assertThat(views().views(APP, true)).extracting(View::viewId).containsExactly(viewId);
    assertThat(api.last("GET", "/view/app/" + APP + "/").queryParams()).containsEntry("include_standard_views", "true");

    assertThat(api.user().items().filterByView(APP, viewId, ItemFilter.first(10)).items()).extracting(Item::itemId)
        .containsExactly(done2, done);
    api.last("POST", "/item/app/" + APP + "/filter/" + viewId + "/");
    assertThat(api.user().items().streamByView(APP, viewId, Paging.builder().pageSize(1).build()).map(Item::itemId))
        .containsExactly(done2, done);
    assertThat(api.user().items().count(APP, viewId).count()).isEqualTo(2);
    assertThat(api.last().queryParams()).containsEntry("view_id", Long.toString(viewId));

    views().delete(viewId);
    api.last("DELETE", "/view/" + viewId);
    assertThatThrownBy(() -> views().view(viewId)).isInstanceOf(PodioApiException.NotFoundException.class);
    assertThatThrownBy(() -> views().create(APP, ViewDefinition.of("Bad", ItemFilter.builder().text("colour", "x")
        .build()))).isInstanceOf(PodioApiException.class).hasMessageContaining("colour");
  }

  @Test
  void theLastViewIsSetDirectlyOrRememberedFromAFilter() {
    View initial = views().lastView(APP);
    api.last("GET", "/view/app/" + APP + "/last");
    assertThat(initial.viewId()).isZero();
    assertThat(initial.filters()).isEmpty();

    views().updateLastView(APP, ViewDefinition.last(ItemFilter.builder().range("count", 1, 5).build()));
    assertThat(api.last("PUT", "/view/app/" + APP + "/last").json()).isEqualTo(Map.of("filters",
        Map.of("count", Map.of("from", 1L, "to", 5L))));
    assertThat(views().lastView(APP).filters()).extracting(View.Filter::key).containsExactly("count");

    api.user().items().filter(APP, ItemFilter.builder().text("title", "x").remember(true).build());
    assertThat(api.last().json()).isEqualTo(Map.of("filters", Map.of("title", "x"), "remember", true));
    assertThat(views().lastView(APP).filters()).extracting(View.Filter::key).containsExactly("title");
  }

  @Test
  void aViewParsesInMicroShape() {
    View micro = api.user().get("/view/app/" + APP + "/last", View.class);

    assertThat(micro.viewId()).isZero();
    assertThat(micro.items()).isNull();
  }
}
