/**
 * Comments on objects ({@link io.podiokit.api.comment.CommentService}; Podio's reference areas Comment).
 */
@NullMarked
package io.podiokit.api.comment;

import org.jspecify.annotations.NullMarked;
