package io.podiokit.api.tests.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.search.SearchQuery;
import io.podiokit.api.search.SearchResult;
import io.podiokit.api.search.SearchService;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.api.tests.CannedApi;
import io.podiokit.api.tests.TestItems;
import io.podiokit.emulator.PodioEmulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Search over HTTP: items created and retitled through the API are found by the words of their title. */
class SearchIT {

  static final ApiFixture api = ApiFixture.start(PodioEmulator.builder().demoData().app(2002, "other-token", "Other"));
  static long zebra;
  static long zebraCrossing;
  static long other;

  final SearchService search = api.user().search();

  @BeforeAll
  static void items() {
    zebra = TestItems.create(api.user(), PodioEmulator.DEMO_APP_ID, "Zebra");
    zebraCrossing = TestItems.create(api.user(), PodioEmulator.DEMO_APP_ID, "Crossing of the zebras");
    other = TestItems.create(api.user(), 2002, "Zebra in another app");
    TestItems.create(api.user(), PodioEmulator.DEMO_APP_ID, "Giraffe");
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void aGlobalSearchFindsItemsByTheWordsOfTheirTitle() {
    List<SearchResult> results = search.global(SearchQuery.of("ZEBRA").refType("item"));

    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/search/");
    assertThat(api.last().json()).isEqualTo(Map.of("query", "ZEBRA", "ref_type", "item"));
    assertThat(results).extracting(SearchResult::id).containsExactlyInAnyOrder(zebra, zebraCrossing, other);
    assertThat(results).extracting(SearchResult::rank).containsExactly(1, 2, 3);
    SearchResult first = results.stream().filter(r -> r.id() == zebra).findFirst().orElseThrow();
    assertThat(first.type()).isEqualTo("item");
    assertThat(first.title()).isEqualTo("Zebra");
    assertThat(first.createdBy().id()).isEqualTo(api.userId());
    assertThat(first.app()).containsEntry("app_id", (double) PodioEmulator.DEMO_APP_ID);
    assertThat(first.space()).containsEntry("space_id", 1.0);
    assertThat(first.link()).contains("/app/" + PodioEmulator.DEMO_APP_ID + "/items/");
  }

  @Test
  void everyWordMustOccur() {
    assertThat(search.global(SearchQuery.of("zebra crossing"))).extracting(SearchResult::id)
        .containsExactly(zebraCrossing);
    assertThat(search.global(SearchQuery.of("zebra lion"))).isEmpty();
    assertThat(search.global(SearchQuery.of("zebra").refType("task"))).isEmpty();
  }

  @Test
  void theScopesLimitWhatIsFound() {
    assertThat(search.inApp(PodioEmulator.DEMO_APP_ID, SearchQuery.of("zebra"))).extracting(SearchResult::id)
        .containsExactlyInAnyOrder(zebra, zebraCrossing);
    assertThat(api.last().path()).isEqualTo("/search/app/" + PodioEmulator.DEMO_APP_ID + "/");

    assertThat(search.inAppOfSpace(2002, 1, SearchQuery.of("zebra"))).extracting(SearchResult::id)
        .containsExactly(other);
    assertThat(api.last().path()).isEqualTo("/search/app/2002/space/1");
    assertThat(search.inAppOfSpace(2002, 7, SearchQuery.of("zebra"))).isEmpty();

    assertThat(search.inSpace(1, SearchQuery.of("zebra"))).hasSize(3);
    assertThat(api.last().path()).isEqualTo("/search/space/1/");
    assertThat(search.inOrg(1, SearchQuery.of("zebra"))).hasSize(3);
    assertThat(api.last().path()).isEqualTo("/search/org/1/");
    assertThat(search.inOrg(2, SearchQuery.of("zebra"))).isEmpty();
  }

  @Test
  void resultsArePagedAndWalkedLazily() {
    List<SearchResult> second = search.global(SearchQuery.of("zebra").page(1, 1));
    assertThat(api.last().json()).isEqualTo(Map.of("query", "zebra", "limit", 1L, "offset", 1L));
    assertThat(second).singleElement().satisfies(r -> assertThat(r.rank()).isEqualTo(2));

    assertThat(search.allGlobal(SearchQuery.of("zebra"))).hasSize(3);
    assertThat(api.last().json()).isEqualTo(Map.of("query", "zebra", "limit", 100L, "offset", 0L));
    assertThat(search.allInSpace(1, SearchQuery.of("zebra"))).hasSize(3);
    assertThat(search.allInApp(2002, SearchQuery.of("zebra"))).extracting(SearchResult::id).containsExactly(other);
  }

  @Test
  void retitledItemsAreFoundByTheirNewTitleAndDeletedOnesAreGone() {
    long item = TestItems.create(api.user(), PodioEmulator.DEMO_APP_ID, "Okapi");
    TestItems.retitle(api.user(), item, "Quagga");
    assertThat(search.global(SearchQuery.of("okapi"))).isEmpty();
    assertThat(search.global(SearchQuery.of("quagga"))).extracting(SearchResult::id).containsExactly(item);

    TestItems.delete(api.user(), item);
    assertThat(search.global(SearchQuery.of("quagga"))).isEmpty();
  }

  @Test
  void anAppFindsOnlyItsOwnItems() {
    assertThat(api.app().search().global(SearchQuery.of("zebra"))).extracting(SearchResult::id)
        .containsExactlyInAnyOrder(zebra, zebraCrossing);
    assertThatThrownBy(() -> api.app().search().inApp(2002, SearchQuery.of("zebra")))
        .isInstanceOf(PodioApiException.ForbiddenException.class);
  }

  @Test
  void badQueriesAreTypedErrors() {
    assertThatThrownBy(() -> SearchQuery.of(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("query must not be blank");
    assertThatThrownBy(() -> SearchQuery.of("x").page(0, 101)).hasMessageContaining("between 1 and 100");
    assertThatThrownBy(() -> api.user().post("/search/", Map.of("ref_type", "item")))
        .isInstanceOf(PodioApiException.BadRequestException.class).hasMessageContaining("query");
  }

  @Test
  void microViewsParse() {
    try (CannedApi canned = CannedApi.start()) {
      canned.answer("/search/", "[{\"id\": 3}]");
      assertThat(canned.api().search().global(SearchQuery.of("x"))).singleElement().satisfies(r -> {
        assertThat(r.id()).isEqualTo(3);
        assertThat(r.rank()).isNull();
        assertThat(r.app()).isEmpty();
        assertThat(r.createdBy()).isNull();
      });
    }
  }
}
