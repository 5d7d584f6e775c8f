package io.podiokit.api.space;

import com.squareup.moshi.Json;

/**
 * The answer to asking to join a workspace: the request an administrator accepts.
 *
 * @param spaceMemberRequestId the request's id
 */
public record SpaceMemberRequest(@Json(name = "space_member_request_id") long spaceMemberRequestId) {}
