package io.podiokit.api.app;

import java.util.List;
import java.util.Map;

/**
 * Which apps point at which through their relationship fields.
 *
 * @param apps the apps involved (micro)
 * @param dependencies for each app id (as text), the ids of the apps it points at
 */
public record AppDependencies(List<App> apps, Map<String, List<Long>> dependencies) {}
