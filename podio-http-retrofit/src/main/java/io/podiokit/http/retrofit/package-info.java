/**
 * Podio over HTTP: build a {@link io.podiokit.http.retrofit.PodioClient}, authenticate with any of Podio's flows, and
 * call the API through {@link io.podiokit.http.retrofit.PodioApi}: every request is signed with a valid token,
 * refreshed when Podio rejects it, and every failure becomes a typed {@link io.podiokit.PodioException}.
 */
@NullMarked
package io.podiokit.http.retrofit;

import org.jspecify.annotations.NullMarked;
