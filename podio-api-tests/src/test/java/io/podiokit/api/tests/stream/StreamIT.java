package io.podiokit.api.tests.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.stream.StreamActivity;
import io.podiokit.api.stream.StreamObject;
import io.podiokit.api.stream.StreamService;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.api.tests.CannedApi;
import io.podiokit.api.tests.TestItems;
import io.podiokit.emulator.PodioEmulator;
import io.podiokit.http.retrofit.PodioApi;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The stream over HTTP: items created and updated through the API show, newest first, in every scope they are in. */
class StreamIT {

  static final String ANN = "ann@example.com";
  static final ApiFixture api =
      ApiFixture.start(PodioEmulator.builder().demoData().user(ANN, "ann-password", "Ann Other"));
  static final PodioApi ann = api.client.api(api.client.authenticateWithPassword(ANN, "ann-password"));

  final StreamService stream = api.user().stream();

  @AfterAll
  static void stop() {
    api.close();
  }

  private static StreamObject find(List<StreamObject> objects, String type, long id) {
    return objects.stream().filter(o -> type.equals(o.type()) && o.id() == id).findFirst()
        .orElseThrow(() -> new AssertionError(type + " " + id + " is not in " + objects));
  }

  @Test
  void aNewItemIsOnTopOfTheGlobalStreamAndMovesUpWhenUpdated() {
    long first = TestItems.create(api.user(), PodioEmulator.DEMO_APP_ID, "First");
    long second = TestItems.create(api.user(), PodioEmulator.DEMO_APP_ID, "Second");

    List<StreamObject> page = stream.global(2, 0);
    assertThat(api.last().method()).isEqualTo("GET");
    assertThat(api.last().path()).isEqualTo("/stream/");
    assertThat(api.last().queryParams()).containsEntry("limit", "2").containsEntry("offset", "0");
    assertThat(page).extracting(StreamObject::id).containsExactly(second, first);
    StreamObject top = page.get(0);
    assertThat(top.type()).isEqualTo("item");
    assertThat(top.title()).isEqualTo("Second");
    assertThat(top.app()).containsEntry("app_id", (double) PodioEmulator.DEMO_APP_ID);
    assertThat(top.createdBy().name()).isEqualTo(PodioEmulator.DEMO_USER_NAME);
    assertThat(top.activity()).singleElement().satisfies(a -> {
      assertThat(a.activityType()).isEqualTo("creation");
      assertThat(a.createdBy().id()).isEqualTo(api.userId());
    });
    assertThat(top.lastUpdateOnUtc()).isPresent();

    TestItems.retitle(ann, first, "First, revised");

    StreamObject moved = stream.global(1, 0).get(0);
    assertThat(moved.id()).isEqualTo(first);
    assertThat(moved.title()).isEqualTo("First, revised");
    assertThat(moved.activity()).extracting(StreamActivity::activityType).containsExactly("update", "creation");
    assertThat(moved.activity().get(0).createdBy().name()).isEqualTo("Ann Other");
    assertThat(stream.global(1, 1).get(0).id()).isEqualTo(second);
  }

  @Test
  void theOrgSpaceAndAppStreamsHoldTheirObjects() {
    long item = TestItems.create(api.user(), PodioEmulator.DEMO_APP_ID, "Scoped");

    assertThat(find(stream.org(1, 10, 0), "item", item).organization()).containsEntry("org_id", 1.0);
    assertThat(api.last().path()).isEqualTo("/stream/org/1/");
    assertThat(find(stream.space(1, 10, 0), "item", item).space()).containsEntry("space_id", 1.0);
    assertThat(api.last().path()).isEqualTo("/stream/space/1/");
    assertThat(find(stream.app(PodioEmulator.DEMO_APP_ID, 10, 0), "item", item).title()).isEqualTo("Scoped");
    assertThat(api.last().path()).isEqualTo("/stream/app/" + PodioEmulator.DEMO_APP_ID + "/");
    assertThat(api.last().queryParams()).containsEntry("limit", "10").containsEntry("offset", "0");

    assertThat(stream.org(2, 10, 0)).isEmpty();
    assertThat(stream.space(2, 10, 0)).isEmpty();
  }

  @Test
  void theUserAndPersonalStreamsHoldWhatThatUserDid() {
    long item = TestItems.create(api.user(), PodioEmulator.DEMO_APP_ID, "Touched");
    long untouched = TestItems.create(api.user(), PodioEmulator.DEMO_APP_ID, "Untouched");
    TestItems.retitle(ann, item, "Touched by Ann");
    long annId = api.podio.userId(ANN);

    List<StreamObject> annStream = stream.user(annId, 100, 0);
    assertThat(api.last().path()).isEqualTo("/stream/user/" + annId + "/");
    assertThat(annStream).extracting(StreamObject::id).contains(item).doesNotContain(untouched);

    List<StreamObject> personal = ann.stream().personal(100, 0);
    assertThat(api.last().path()).isEqualTo("/stream/personal/");
    assertThat(personal).extracting(StreamObject::id).contains(item).doesNotContain(untouched);
  }

  @Test
  void aMemberJoiningIsAnActionInTheSpaceStream() {
    StreamObject action = find(stream.allOfSpace(1).toList(), "action", firstActionId());
    assertThat(api.last().queryParams()).containsEntry("limit", "100").containsEntry("offset", "0");
    assertThat(action.title()).isEqualTo(PodioEmulator.DEMO_USER_NAME + " joined the workspace");
    assertThat(action.activity()).singleElement().satisfies(a -> assertThat(a.data()).containsKey("user_id"));
  }

  private long firstActionId() {
    return stream.allGlobal().filter(o -> "action".equals(o.type())).mapToLong(StreamObject::id).min()
        .orElseThrow();
  }

  @Test
  void deletedItemsLeaveTheStream() {
    long item = TestItems.create(api.user(), PodioEmulator.DEMO_APP_ID, "Short-lived");
    assertThat(stream.global(1, 0).get(0).id()).isEqualTo(item);

    TestItems.delete(api.user(), item);

    assertThat(stream.allGlobal()).extracting(StreamObject::id).doesNotContain(item);
  }

  @Test
  void everyPageIsWalkedLazily() {
    for (int i = 0; i < 3; i++) {
      TestItems.create(api.user(), PodioEmulator.DEMO_APP_ID, "Paged " + i);
    }
    List<StreamObject> all = stream.allOfApp(PodioEmulator.DEMO_APP_ID).toList();
    List<StreamObject> pageByPage = new java.util.ArrayList<>();
    for (int offset = 0; ; offset += 2) {
      List<StreamObject> page = stream.app(PodioEmulator.DEMO_APP_ID, 2, offset);
      pageByPage.addAll(page);
      if (page.size() < 2) {
        break;
      }
    }
    assertThat(all).extracting(StreamObject::id).containsExactlyElementsOf(
        pageByPage.stream().map(StreamObject::id).toList());
    assertThat(stream.allPersonal()).isNotEmpty();
    assertThat(stream.allOfOrg(1)).isNotEmpty();
    assertThat(stream.allOfUser(api.userId())).isNotEmpty();
  }

  @Test
  void badInputIsATypedError() {
    assertThatThrownBy(() -> stream.global(101, 0)).isInstanceOf(PodioApiException.BadRequestException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> stream.user(424_242, 10, 0)).isInstanceOf(PodioApiException.NotFoundException.class);
    assertThatThrownBy(() -> api.app().stream().personal(10, 0))
        .isInstanceOf(PodioApiException.ForbiddenException.class);
  }

  @Test
  void anAppSeesOnlyItsOwnItems() {
    long item = TestItems.create(api.app(), PodioEmulator.DEMO_APP_ID, "By the app");

    StreamObject top = api.app().stream().app(PodioEmulator.DEMO_APP_ID, 1, 0).get(0);

    assertThat(top.id()).isEqualTo(item);
    assertThat(top.createdBy().type()).isEqualTo("app");
    assertThat(api.app().stream().space(1, 100, 0)).allSatisfy(o -> assertThat(o.type()).isEqualTo("item"));
  }

  @Test
  void microViewsParse() {
    try (CannedApi canned = CannedApi.start()) {
      canned.answer("/stream/", "[{\"id\": 4, \"activity\": [{\"id\": 8}]}]");

      assertThat(canned.api().stream().global(10, 0)).singleElement().satisfies(o -> {
        assertThat(o.id()).isEqualTo(4);
        assertThat(o.type()).isNull();
        assertThat(o.comments()).isEmpty();
        assertThat(o.lastUpdateOnUtc()).isEmpty();
        assertThat(o.activity()).singleElement().satisfies(a -> assertThat(a.data()).isEmpty());
      });
    }
  }
}
