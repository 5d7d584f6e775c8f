package io.podiokit.api.tests.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.Upload;
import io.podiokit.api.comment.CommentWrite;
import io.podiokit.api.rating.RatingType;
import io.podiokit.api.status.Status;
import io.podiokit.api.status.StatusWrite;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.api.tests.CannedApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Status messages over real HTTP, with files, comments and likes. */
class StatusIT {

  static final ApiFixture api = ApiFixture.start();

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void postReadWithCommentsAndLikesThenDelete() {
    long fileId = api.user().files().upload(Upload.of("plan.txt", "text/plain", new byte[] {1})).fileId();

    Status s = api.user().statuses().create(1, StatusWrite.of("Shipping today").withFiles(List.of(fileId)));

    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/status/space/1/");
    assertThat(api.last().json()).isEqualTo(Map.of("value", "Shipping today", "file_ids", List.of(fileId)));
    assertThat(s.value()).isEqualTo("Shipping today");
    assertThat(s.spaceId()).isEqualTo(1L);
    assertThat(s.files()).extracting(f -> f.fileId()).containsExactly(fileId);
    assertThat(s.createdBy().userId()).isEqualTo(api.userId());

    api.user().comments().create("status", s.statusId(), CommentWrite.of("Great"));
    api.user().ratings().rate("status", s.statusId(), RatingType.LIKE, 1);
    Status read = api.user().statuses().status(s.statusId());
    assertThat(api.last().path()).isEqualTo("/status/" + s.statusId());
    assertThat(read.comments()).extracting(c -> c.value()).containsExactly("Great");
    assertThat(read.likeCount()).isEqualTo(1);
    assertThat(read.isLiked()).isTrue();

    api.user().statuses().delete(s.statusId());
    assertThat(api.last().method()).isEqualTo("DELETE");
    assertThat(api.last().status()).isEqualTo(204);
    assertThatThrownBy(() -> api.user().statuses().status(s.statusId()))
        .isInstanceOf(PodioApiException.NotFoundException.class);
  }

  @Test
  void unknownWorkspacesAndAppsAreRefused() {
    assertThatThrownBy(() -> api.user().statuses().create(999, StatusWrite.of("x")))
        .isInstanceOf(PodioApiException.NotFoundException.class);
    assertThatThrownBy(() -> api.app().statuses().create(1, StatusWrite.of("x")))
        .isInstanceOf(PodioApiException.ForbiddenException.class);
  }

  @Test
  void microViewParses() {
    Status micro = CannedApi.read("{\"status_id\": 5}", Status.class);
    assertThat(micro.comments()).isEmpty();
    assertThat(micro.createdOnUtc()).isEmpty();
  }
}
