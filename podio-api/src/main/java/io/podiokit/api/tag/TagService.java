package io.podiokit.api.tag;

/** Tags on objects, and searching by tag: Podio's reference areas Tag, TagSearch. */
public interface TagService {
}
