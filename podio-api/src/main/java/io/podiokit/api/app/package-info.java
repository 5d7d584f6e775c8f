/**
 * Apps, their fields and app market shares ({@link io.podiokit.api.app.AppService}; Podio's reference areas App, AppField, AppMarketShare).
 */
@NullMarked
package io.podiokit.api.app;

import org.jspecify.annotations.NullMarked;
