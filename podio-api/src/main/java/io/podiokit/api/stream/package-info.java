/**
 * The activity stream ({@link io.podiokit.api.stream.StreamService}; Podio's reference areas StreamObject).
 */
@NullMarked
package io.podiokit.api.stream;

import org.jspecify.annotations.NullMarked;
