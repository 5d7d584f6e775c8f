package io.podiokit.api.space;

/** Workspaces and their members: Podio's reference areas Space, SpaceMember. */
public interface SpaceService {
}
