/**
 * Web forms of apps ({@link io.podiokit.api.form.FormService}; Podio's reference areas Form).
 */
@NullMarked
package io.podiokit.api.form;

import org.jspecify.annotations.NullMarked;
