package io.podiokit.api.comment;

/** Comments on objects: Podio's reference areas Comment. */
public interface CommentService {
}
