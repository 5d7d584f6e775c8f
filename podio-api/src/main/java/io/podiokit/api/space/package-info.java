/**
 * Workspaces and their members ({@link io.podiokit.api.space.SpaceService}; Podio's reference areas Space, SpaceMember).
 */
@NullMarked
package io.podiokit.api.space;

import org.jspecify.annotations.NullMarked;
