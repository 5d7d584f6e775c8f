package io.podiokit.api.flow;

/** Flows: automations of apps: Podio's reference areas Flow. */
public interface FlowService {
}
