/**
 * Grants: sharing objects with people ({@link io.podiokit.api.grant.GrantService}; Podio's reference areas Grant).
 */
@NullMarked
package io.podiokit.api.grant;

import org.jspecify.annotations.NullMarked;
