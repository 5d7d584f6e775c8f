package io.podiokit.api.flow;

import com.squareup.moshi.Json;

/**
 * What adding a flow answers.
 *
 * @param flowId the new flow's id
 */
public record FlowCreated(@Json(name = "flow_id") long flowId) {}
