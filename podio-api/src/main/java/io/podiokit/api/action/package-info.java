/**
 * Actions shown in the stream ({@link io.podiokit.api.action.ActionService}; Podio's reference areas Action).
 */
@NullMarked
package io.podiokit.api.action;

import org.jspecify.annotations.NullMarked;
