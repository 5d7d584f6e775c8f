/**
 * Typed Retrofit services for Podio's resources (users, organizations, apps, items, files) and the records they
 * read and write. Get them, already signed, from {@link io.podiokit.http.retrofit.PodioApi}.
 */
@NullMarked
package io.podiokit.http.retrofit.api;

import org.jspecify.annotations.NullMarked;
