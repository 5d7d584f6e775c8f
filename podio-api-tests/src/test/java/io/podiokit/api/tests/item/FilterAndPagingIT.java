package io.podiokit.api.tests.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.RateLimitException;
import io.podiokit.api.Paging;
import io.podiokit.api.WriteOptions;
import io.podiokit.api.item.Item;
import io.podiokit.api.item.ItemFilter;
import io.podiokit.api.item.ItemPage;
import io.podiokit.api.item.ItemService;
import io.podiokit.api.item.ItemValues;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.emulator.PodioEmulator;
import io.podiokit.emulator.RecordedRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Filters by field type, sorting, and the auto-paging stream, also across a rate limit. */
class FilterAndPagingIT {

  static final ApiFixture api = ApiFixture.start();
  static final long APP = PodioEmulator.DEMO_APP_ID;
  static long red;
  static long green;
  static long blue;
  static long acme;

  @AfterAll
  static void stop() {
    api.close();
  }

  static ItemService items() {
    return api.user().items();
  }

  @BeforeAll
  static void items3() {
    acme = items().create(APP, ItemValues.builder().text("title", "Acme").build()).itemId();
    red = items().create(APP, ItemValues.builder().text("title", "Red shoes").number("count", 5).category("status", 1)
        .date("due", LocalDate.of(2026, 1, 10)).relation("customer", acme).build()).itemId();
    green = items().create(APP, ItemValues.builder().text("title", "Green hat").number("count", 12)
        .category("status", 2).date("due", LocalDate.of(2026, 2, 10)).build()).itemId();
    blue = items().create(APP, ItemValues.builder().text("title", "Blue shoes").number("count", 20)
        .category("status", 1).date("due", LocalDate.of(2026, 3, 10)).relation("customer", acme).build())
        .itemId();
  }

  static List<Long> ids(ItemFilter filter) {
    ItemPage page = items().filter(APP, filter);
    return page.items().stream().map(Item::itemId).toList();
  }

  @Test
  void filtersByTextNumberRangeCategoryDateAndRelation() {
    assertThat(ids(ItemFilter.builder().text("title", "shoes").build())).containsExactly(red, blue);
    RecordedRequest sent = api.last();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/item/app/" + APP + "/filter/");
    assertThat(sent.json()).isEqualTo(Map.of("filters", Map.of("title", "shoes")));

    assertThat(ids(ItemFilter.builder().range("count", 10, null).build())).containsExactly(green, blue);
    assertThat(api.last().json()).isEqualTo(Map.of("filters", Map.of("count", Map.of("from", 10L))));
    assertThat(ids(ItemFilter.builder().range("count", 1, 12.5).build())).containsExactly(red, green);
    assertThat(ids(ItemFilter.builder().category("status", 2).build())).containsExactly(green);
    assertThat(ids(ItemFilter.builder().date("due", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 10)).build()))
        .containsExactly(green, blue);
    assertThat(api.last().json()).isEqualTo(Map.of("filters",
        Map.of("due", Map.of("from", "2026-02-01", "to", "2026-03-10"))));
    assertThat(ids(ItemFilter.builder().relation("customer", acme).category("status", 1).build()))
        .containsExactly(red, blue);
    assertThat(ids(ItemFilter.builder().date("created_on", LocalDate.of(2000, 1, 1), null)
        .relation("customer", acme).build())).containsExactly(red, blue);
  }

  @Test
  void sortsLimitsAndCountsTotalAndFiltered() {
    ItemPage page = items().filter(APP, ItemFilter.builder().range("count", 0, null).sortBy("count", true).limit(2)
        .offset(1).build(), WriteOptions.builder().fields("items.view(micro)").build());

    RecordedRequest sent = api.last();
    assertThat(sent.queryParams()).containsEntry("fields", "items.view(micro)");
    assertThat(sent.json()).isEqualTo(Map.of("filters", Map.of("count", Map.of("from", 0L)), "sort_by", "count",
        "sort_desc", true, "limit", 2L, "offset", 1L));
    assertThat(page.filtered()).isEqualTo(3);
    assertThat(page.total()).isEqualTo(items().count(APP).count());
    assertThat(page.items()).extracting(Item::itemId).containsExactly(green, red);
    assertThat(ids(ItemFilter.builder().sortBy("title", false).text("title", "shoe").build()))
        .containsExactly(blue, red);
  }

  @Test
  void unknownKeysAndWrongShapesAreRefused() {
    assertThatThrownBy(() -> ids(ItemFilter.builder().text("colour", "red").build()))
        .isInstanceOf(PodioApiException.class).hasMessageContaining("colour");
    assertThatThrownBy(() -> ids(ItemFilter.builder().filter("count", "big").build()))
        .isInstanceOf(PodioApiException.class).hasMessageContaining("count");
    assertThatThrownBy(() -> ItemFilter.builder().limit(501).build()).hasMessageContaining("500");
    assertThatThrownBy(() -> ItemFilter.builder().range("count", null, null)).hasMessageContaining("from, to");
  }

  @Test
  void theStreamFetchesPagesLazilyUntilFilteredIsReached() {
    api.podio.clearRequests();
    Paging twoAPage = Paging.builder().pageSize(2).build();

    List<String> titles = items().stream(APP, ItemFilter.builder().text("title", "e").build(), twoAPage)
        .map(Item::title).limit(3).toList();

    assertThat(titles).containsExactly("Demo App item 1", "Demo App item 2", "Demo App item 3");
    assertThat(api.podio.requests()).as("two pages for three items").hasSize(2);
    List<Item> all = items().stream(APP, ItemFilter.builder().text("title", "e").build(), twoAPage).toList();
    assertThat(all).hasSize(7);
    Iterable<Item> iterable = items().iterable(APP, ItemFilter.builder().category("status", 1).build(), twoAPage);
    assertThat(StreamSupport.stream(iterable.spliterator(), false).map(Item::itemId)).containsExactly(red, blue);
    assertThat(StreamSupport.stream(iterable.spliterator(), false)).as("again from the start").hasSize(2);
  }

  @Test
  void pagingWaitsOutTheRateLimitInsteadOfFailingHalfWay() {
    try (ApiFixture limited = ApiFixture.start(PodioEmulator.builder().demoData().rateLimit(2))) {
      for (int i = 0; i < 7; i++) {
        if (i > 0 && i % 2 == 0) {
          limited.podio.advanceClock(Duration.ofHours(1));
        }
        limited.app().items().create(APP, ItemValues.builder().text("title", "Paged " + i).build());
      }
      List<Duration> waits = new ArrayList<>();
      Paging paging = Paging.builder().pageSize(4).backoff(Duration.ofMinutes(40))
          .rateLimitWaits(3, Duration.ofHours(1))
          .sleeper(d -> {
            waits.add(d);
            limited.podio.advanceClock(d);
          }).build();
      limited.podio.clearRequests();

      List<Item> all = limited.user().items().stream(APP, ItemFilter.all(), paging).toList();

      assertThat(all).hasSize(10).extracting(Item::itemId).doesNotHaveDuplicates();
      List<RecordedRequest> calls = limited.podio.requests();
      assertThat(calls).extracting(RecordedRequest::status).containsExactly(200, 200, 420, 420, 200);
      assertThat(calls).extracting(r -> r.status() == 420 ? "limited" : ((Map<?, ?>) r.json()).get("offset"))
          .containsExactly(0L, 4L, "limited", "limited", 8L);
      assertThat(waits).containsExactly(Duration.ofMinutes(40), Duration.ofHours(1));

      Paging impatient = Paging.builder().pageSize(4).rateLimitWaits(0, Duration.ofMinutes(1)).build();
      assertThatThrownBy(() -> limited.user().items().stream(APP, ItemFilter.all(), impatient).toList())
          .isInstanceOf(RateLimitException.class);
    }
  }
}
