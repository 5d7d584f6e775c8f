/**
 * The podiokit core API: build a {@link io.podiokit.PodioAuth} with a {@link io.podiokit.TokenEndpoint} and a
 * {@link io.podiokit.SessionStore}, authenticate with any of Podio's flows, and ask an
 * {@link io.podiokit.Authentication} for a valid access token whenever you need one.
 */
@NullMarked
package io.podiokit;

import org.jspecify.annotations.NullMarked;
