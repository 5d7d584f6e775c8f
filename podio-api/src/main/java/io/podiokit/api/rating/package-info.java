/**
 * Ratings (likes, approvals, ...) of objects ({@link io.podiokit.api.rating.RatingService}; Podio's reference areas Rating).
 */
@NullMarked
package io.podiokit.api.rating;

import org.jspecify.annotations.NullMarked;
