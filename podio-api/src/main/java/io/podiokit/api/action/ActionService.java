package io.podiokit.api.action;

/** Actions shown in the stream: Podio's reference areas Action. */
public interface ActionService {
}
