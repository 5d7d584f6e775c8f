package io.podiokit.api.widget;

/** Widgets on dashboards: Podio's reference areas Widget. */
public interface WidgetService {
}
