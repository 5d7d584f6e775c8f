package io.podiokit.api.app;

import java.util.List;

/**
 * Podio's answer to installing an app market share: the apps it made.
 *
 * @param apps the new apps (micro)
 */
public record SharedAppsInstalled(List<App> apps) {}
