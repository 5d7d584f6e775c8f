package io.podiokit.api.status;

/** Status messages in a workspace: Podio's reference areas Status. */
public interface StatusService {
}
