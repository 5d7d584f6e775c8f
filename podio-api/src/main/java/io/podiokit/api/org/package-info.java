/**
 * Organizations and their members ({@link io.podiokit.api.org.OrganizationService}; Podio's reference areas Organization, OrganizationMember).
 */
@NullMarked
package io.podiokit.api.org;

import org.jspecify.annotations.NullMarked;
