/**
 * Views: saved filters of an app ({@link io.podiokit.api.view.ViewService}; Podio's reference areas View).
 */
@NullMarked
package io.podiokit.api.view;

import org.jspecify.annotations.NullMarked;
