package io.podiokit.api.comment;

import io.podiokit.api.Paging;
import io.podiokit.api.WriteOptions;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/**
 * Comments on objects (Podio's reference area Comment): items, statuses, tasks, files and others take comments, with
 * files attached.
 *
 * <pre>{@code
 * Comment c = api.comments().create("item", itemId, CommentWrite.of("Done").withFiles(List.of(fileId)));
 * api.comments().allComments("item", itemId).forEach(...);
 * }</pre>
 */
public interface CommentService {

  /** The largest page of comments Podio serves: 500. */
  int MAX_LIMIT = 500;

  /**
   * {@code GET /comment/{comment_id}}: one comment.
   *
   * @param commentId the comment's id
   * @return the comment
   */
  @GET("comment/{comment_id}")
  Comment comment(@Path("comment_id") long commentId);

  /**
   * {@code GET /comment/{ref_type}/{ref_id}/}: one page of the comments on an object, oldest first.
   *
   * @param refType the object's type: {@code item}, {@code status}, {@code task}, ...
   * @param refId its id
   * @param limit at most this many (1 to {@value #MAX_LIMIT}), or {@code null} for Podio's default (100)
   * @param offset skip this many, or {@code null}
   * @return the page
   */
  @GET("comment/{ref_type}/{ref_id}/")
  List<Comment> comments(@Path("ref_type") String refType, @Path("ref_id") long refId,
                         @Query("limit") @Nullable Integer limit, @Query("offset") @Nullable Integer offset);

  /**
   * Every comment on an object, fetched page by page as the stream is used.
   *
   * @param refType the object's type
   * @param refId its id
   * @return the comments, oldest first
   */
  default Stream<Comment> allComments(String refType, long refId) {
    return Paging.defaults().stream((offset, limit) -> comments(refType, refId, limit, offset));
  }

  /**
   * {@code POST /comment/{ref_type}/{ref_id}}: comments on an object.
   *
   * @param refType the object's type
   * @param refId its id
   * @param comment the text, files, embed
   * @param options {@code silent}, {@code hook}, {@code fields}
   * @return the comment
   */
  @POST("comment/{ref_type}/{ref_id}")
  Comment create(@Path("ref_type") String refType, @Path("ref_id") long refId, @Body CommentWrite comment,
                 @QueryMap WriteOptions options);

  /**
   * Comments on an object with Podio's default options.
   *
   * @param refType the object's type
   * @param refId its id
   * @param comment the text, files, embed
   * @return the comment
   */
  default Comment create(String refType, long refId, CommentWrite comment) {
    return create(refType, refId, comment, WriteOptions.none());
  }

  /**
   * {@code PUT /comment/{comment_id}}: changes a comment's text (and files, when given).
   *
   * @param commentId the comment's id
   * @param comment the new text
   * @return {@code null}
   */
  @PUT("comment/{comment_id}")
  Void update(@Path("comment_id") long commentId, @Body CommentWrite comment);

  /**
   * {@code DELETE /comment/{comment_id}}: deletes a comment.
   *
   * @param commentId the comment's id
   * @return {@code null}
   */
  @DELETE("comment/{comment_id}")
  Void delete(@Path("comment_id") long commentId);
}
