/**
 * Tags on objects, and searching by tag ({@link io.podiokit.api.tag.TagService}; Podio's reference areas Tag, TagSearch).
 */
@NullMarked
package io.podiokit.api.tag;

import org.jspecify.annotations.NullMarked;
