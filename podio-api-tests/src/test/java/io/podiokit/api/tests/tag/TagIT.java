package io.podiokit.api.tests.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.status.StatusWrite;
import io.podiokit.api.tag.TagCount;
import io.podiokit.api.tag.TagService;
import io.podiokit.api.tag.TaggedObject;
import io.podiokit.api.tests.ApiFixture;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Tags and tag search over real HTTP: add, set, remove, counts in an app, search by app, space, organization. */
class TagIT {

  static final ApiFixture api = ApiFixture.start();
  static final long APP = 1001;

  @AfterAll
  static void stop() {
    api.close();
  }

  TagService tags() {
    return api.user().tags();
  }

  @Test
  void addSetRemoveAndCount() {
    tags().add("item", 100001, List.of("urgent", "customer"));
    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/tag/item/100001/");
    assertThat(api.last().json()).isEqualTo(List.of("urgent", "customer"));
    tags().add("item", 100002, List.of("urgent"));

    assertThat(tags().appTags(APP, null, null)).contains(new TagCount("urgent", 2), new TagCount("customer", 1));
    assertThat(api.last().path()).isEqualTo("/tag/app/" + APP + "/");
    assertThat(tags().appTags(APP, 1, "u")).containsExactly(new TagCount("urgent", 2));
    assertThat(api.last().queryParams()).containsEntry("limit", "1").containsEntry("text", "u");

    tags().update("item", 100002, List.of("later"));
    assertThat(api.last().method()).isEqualTo("PUT");
    assertThat(api.last().json()).isEqualTo(List.of("later"));
    assertThat(tags().appTags(APP, null, null)).contains(new TagCount("urgent", 1), new TagCount("later", 1));

    tags().remove("item", 100001, "customer");
    assertThat(api.last().method()).isEqualTo("DELETE");
    assertThat(api.last().path()).isEqualTo("/tag/item/100001/");
    assertThat(api.last().queryParams()).containsEntry("text", "customer");
    assertThat(tags().appTags(APP, null, "customer")).isEmpty();
  }

  @Test
  void searchByAppSpaceAndOrganizationWithPaging() {
    long status = api.user().statuses().create(1, StatusWrite.of("tagged status")).statusId();
    tags().add("status", status, List.of("release"));
    tags().add("item", 100003, List.of("release"));

    List<TaggedObject> inApp = tags().searchApp(APP, "release", 10, 0);
    assertThat(api.last().path()).isEqualTo("/tag/app/" + APP + "/search/");
    assertThat(api.last().queryParams()).containsEntry("text", "release").containsEntry("limit", "10")
        .containsEntry("offset", "0");
    assertThat(inApp).extracting(TaggedObject::id).containsExactly(100003L);
    assertThat(inApp.get(0).type()).isEqualTo("item");
    assertThat(inApp.get(0).title()).isNotBlank();

    assertThat(tags().searchSpace(1, "release", null, null)).extracting(TaggedObject::type)
        .containsExactly("item", "status");
    assertThat(api.last().path()).isEqualTo("/tag/space/1/search/");
    assertThat(tags().searchOrg(1, "release", 1, 1)).extracting(TaggedObject::id).containsExactly(status);
    assertThat(api.last().path()).isEqualTo("/tag/org/1/search/");

    assertThat(tags().allInApp(APP, "release").count()).isEqualTo(1);
    assertThat(tags().allInSpace(1, "release").count()).isEqualTo(2);
    assertThat(tags().allInOrg(1, "release").count()).isEqualTo(2);
    assertThatThrownBy(() -> tags().searchOrg(2, "release", null, null))
        .isInstanceOf(PodioApiException.NotFoundException.class);
  }
}
