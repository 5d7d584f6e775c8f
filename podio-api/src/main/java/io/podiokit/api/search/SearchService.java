package io.podiokit.api.search;

/** Search across Podio: Podio's reference areas SearchResult. */
public interface SearchService {
}
