/**
 * Podio's whole API, typed: one package per area ({@code io.podiokit.api.item}, {@code io.podiokit.api.task}, ...),
 * each with its service interface and immutable records, plus what areas share: {@link io.podiokit.api.Upload} for
 * file content, {@link io.podiokit.api.WriteOptions} for {@code silent}, {@code hook} and {@code fields}, and
 * {@link io.podiokit.api.Paging} for lists that span pages. Get the services from {@code PodioApi} (podio-http-retrofit).
 */
@NullMarked
package io.podiokit.api;

import org.jspecify.annotations.NullMarked;
