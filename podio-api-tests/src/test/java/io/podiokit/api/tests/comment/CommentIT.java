package io.podiokit.api.tests.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.Upload;
import io.podiokit.api.WriteOptions;
import io.podiokit.api.comment.Comment;
import io.podiokit.api.comment.CommentService;
import io.podiokit.api.comment.CommentWrite;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.api.tests.CannedApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Comments over real HTTP: on items with files, listed on the item, paged, changed, deleted. */
class CommentIT {

  static final ApiFixture api = ApiFixture.start();
  static final long ITEM = 100001;

  @AfterAll
  static void stop() {
    api.close();
  }

  CommentService comments() {
    return api.user().comments();
  }

  @Test
  void aCommentWithAFileShowsInTheItemsComments() {
    long fileId = api.user().files().upload(Upload.of("photo.png", "image/png", new byte[] {9, 9})).fileId();

    Comment c = comments().create("item", ITEM, CommentWrite.of("See the photo").withFiles(List.of(fileId))
        .withExternalId("ext-1"), WriteOptions.builder().silent(true).build());

    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/comment/item/" + ITEM);
    assertThat(api.last().queryParams()).containsEntry("silent", "1");
    assertThat(api.last().json()).isEqualTo(Map.of("value", "See the photo", "external_id", "ext-1",
        "file_ids", List.of(fileId)));
    assertThat(c.value()).isEqualTo("See the photo");
    assertThat(c.ref()).isNotNull();
    assertThat(c.ref().type()).isEqualTo("item");
    assertThat(c.ref().id()).isEqualTo(ITEM);
    assertThat(c.files()).extracting(f -> f.fileId()).containsExactly(fileId);
    assertThat(c.createdBy().userId()).isEqualTo(api.userId());
    assertThat(c.createdOnUtc()).isPresent();
    assertThat(api.user().files().file(fileId).context().type()).isEqualTo("comment");

    assertThat(comments().comments("item", ITEM, null, null)).extracting(Comment::commentId).contains(c.commentId());
    assertThat(api.last().path()).isEqualTo("/comment/item/" + ITEM + "/");
    assertThat(comments().comment(c.commentId())).isEqualTo(c);
    assertThat(api.last().path()).isEqualTo("/comment/" + c.commentId());
  }

  @Test
  void commentsPageAndStreamOldestFirst() {
    long item = 100002;
    for (int i = 0; i < 5; i++) {
      comments().create("item", item, CommentWrite.of("n" + i));
    }

    List<Comment> page = comments().comments("item", item, 2, 1);

    assertThat(api.last().queryParams()).containsEntry("limit", "2").containsEntry("offset", "1");
    assertThat(page).extracting(Comment::value).containsExactly("n1", "n2");
    assertThat(comments().allComments("item", item).map(Comment::value)).containsExactly("n0", "n1", "n2", "n3",
        "n4");
  }

  @Test
  void updateAndDeleteByTheAuthorOnly() {
    Comment c = api.app().comments().create("item", ITEM, CommentWrite.of("by the app"));
    assertThat(c.createdBy().type()).isEqualTo("app");
    assertThatThrownBy(() -> comments().update(c.commentId(), CommentWrite.of("hijack")))
        .isInstanceOf(PodioApiException.ForbiddenException.class);

    api.app().comments().update(c.commentId(), CommentWrite.of("changed"));
    assertThat(api.last().method()).isEqualTo("PUT");
    assertThat(api.last().path()).isEqualTo("/comment/" + c.commentId());
    assertThat(api.last().json()).isEqualTo(Map.of("value", "changed"));
    Comment changed = comments().comment(c.commentId());
    assertThat(changed.value()).isEqualTo("changed");
    assertThat(changed.lastEditOn()).isNotNull();

    api.app().comments().delete(c.commentId());
    assertThat(api.last().method()).isEqualTo("DELETE");
    assertThat(api.last().status()).isEqualTo(204);
    assertThatThrownBy(() -> comments().comment(c.commentId())).isInstanceOf(PodioApiException.NotFoundException.class);
  }

  @Test
  void commentsOnUnknownObjectsAndEmptyCommentsAreRefused() {
    assertThatThrownBy(() -> comments().create("item", 999, CommentWrite.of("x")))
        .isInstanceOf(PodioApiException.NotFoundException.class);
    assertThatThrownBy(() -> CommentWrite.of(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void microViewParses() {
    Comment micro = CannedApi.read("{\"comment_id\": 3, \"value\": \"hi\"}", Comment.class);
    assertThat(micro.commentId()).isEqualTo(3);
    assertThat(micro.files()).isEmpty();
    assertThat(micro.embed()).isEmpty();
  }
}
