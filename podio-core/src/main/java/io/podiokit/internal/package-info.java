/** Helpers podiokit's own modules share; not an API: exported only to them. */
@NullMarked
package io.podiokit.internal;

import org.jspecify.annotations.NullMarked;
