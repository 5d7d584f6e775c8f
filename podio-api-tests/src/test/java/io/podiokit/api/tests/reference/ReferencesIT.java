package io.podiokit.api.tests.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.item.ItemCreated;
import io.podiokit.api.item.ItemValues;
import io.podiokit.api.reference.Reference;
import io.podiokit.api.reference.ReferenceSearch;
import io.podiokit.api.reference.ReferenceService;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.emulator.PodioEmulator;
import io.podiokit.emulator.RecordedRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Every reference operation over HTTP, and the item and app references other areas rely on. */
class ReferencesIT {

  static final ApiFixture api = ApiFixture.start();
  static final long APP = PodioEmulator.DEMO_APP_ID;

  @AfterAll
  static void stop() {
    api.close();
  }

  static ReferenceService refs() {
    return api.user().references();
  }

  @Test
  @SuppressWarnings("unchecked")
  void anItemReferenceCarriesWhatSearchAndTheCalendarNeed() {
    ItemCreated created = api.user().items().create(APP, ItemValues.builder().text("title", "Kickoff")
        .date("due", LocalDate.of(2026, 4, 1)).build());

    Reference ref = refs().reference("item", created.itemId());

    RecordedRequest get = api.last();
    assertThat(get.method()).isEqualTo("GET");
    assertThat(get.path()).isEqualTo("/reference/item/" + created.itemId());
    assertThat(ref.type()).isEqualTo("item");
    assertThat(ref.id()).isEqualTo(created.itemId());
    assertThat(ref.title()).isEqualTo("Kickoff");
    assertThat(ref.link()).isEqualTo(created.link());
    assertThat(ref.data()).containsEntry("app_id", (double) APP).containsEntry("created_by", (double) api.userId())
        .containsEntry("text", "Kickoff").containsEntry("space_id", 1.0);
    long due = api.user().apps().app(APP).field("due").orElseThrow().fieldId();
    assertThat((List<?>) ref.data().get("date_fields")).singleElement().satisfies(d -> assertThat((Map<Object, Object>) d)
        .containsEntry("field_id", (double) due).containsEntry("label", "Due").containsEntry("start", "2026-04-01")
        .containsEntry("end", null));
    assertThat(refs().reference("app", APP).data()).containsEntry("space_id", 1.0);
    assertThatThrownBy(() -> refs().reference("item", 999_999)).isInstanceOf(PodioApiException.NotFoundException.class);
  }

  @Test
  void searchFindsItemsForARelationshipFieldAndItemsAndAppsOtherwise() {
    long found = api.user().items().create(APP, ItemValues.builder().text("title", "Zebra crossing").build()).itemId();
    long customer = api.user().apps().app(APP).field("customer").orElseThrow().fieldId();

    List<ReferenceSearch.Group> groups = refs().search(ReferenceSearch.itemField(customer, "zebra"));

    RecordedRequest post = api.last();
    assertThat(post.path()).isEqualTo("/reference/search");
    assertThat(post.json()).isEqualTo(Map.of("target", "item_field", "target_params", Map.of("field_id", customer),
        "text", "zebra"));
    assertThat(groups).singleElement().satisfies(g -> assertThat(g.contents()).extracting(Reference::id)
        .containsExactly(found));
    List<ReferenceSearch.Group> any = refs().search(new ReferenceSearch("task_reference", Map.of(), "demo", 5));
    assertThat(any).extracting(ReferenceSearch.Group::name).containsExactly("Items", "Apps");
    assertThat(any.get(1).contents()).extracting(Reference::id).containsExactly(APP);
  }

  @Test
  void podioLinksResolveToTheirObjects() {
    ItemCreated created = api.user().items().create(APP, ItemValues.builder().text("title", "Linked").build());

    Reference item = refs().resolve(created.link());
    RecordedRequest get = api.last();
    assertThat(get.path()).isEqualTo("/reference/resolve");
    assertThat(get.queryParams()).containsEntry("url", created.link());
    assertThat(item.id()).isEqualTo(created.itemId());
    assertThat(refs().resolve(api.podio.baseUrl() + "/app/" + APP).type()).isEqualTo("app");
    assertThatThrownBy(() -> refs().resolve("https://elsewhere.example/x"))
        .isInstanceOf(PodioApiException.NotFoundException.class);
  }
}
