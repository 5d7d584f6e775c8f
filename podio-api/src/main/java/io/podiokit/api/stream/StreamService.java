package io.podiokit.api.stream;

/** The activity stream: Podio's reference areas StreamObject. */
public interface StreamService {
}
