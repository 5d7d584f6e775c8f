/**
 * Search across Podio ({@link io.podiokit.api.search.SearchService}; Podio's reference areas SearchResult).
 */
@NullMarked
package io.podiokit.api.search;

import org.jspecify.annotations.NullMarked;
