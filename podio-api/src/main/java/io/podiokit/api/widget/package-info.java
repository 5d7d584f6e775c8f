/**
 * Widgets on dashboards ({@link io.podiokit.api.widget.WidgetService}; Podio's reference areas Widget).
 */
@NullMarked
package io.podiokit.api.widget;

import org.jspecify.annotations.NullMarked;
