/**
 * {@link io.podiokit.session.memory.CaffeineSessionStore}, the in-process session store, and its provider for
 * {@code memory:} URIs.
 */
@NullMarked
package io.podiokit.session.memory;

import org.jspecify.annotations.NullMarked;
