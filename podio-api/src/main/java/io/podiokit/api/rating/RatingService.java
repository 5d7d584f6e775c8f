package io.podiokit.api.rating;

/** Ratings (likes, approvals, ...) of objects: Podio's reference areas Rating. */
public interface RatingService {
}
