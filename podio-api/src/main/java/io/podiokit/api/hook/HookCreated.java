package io.podiokit.api.hook;

import com.squareup.moshi.Json;

/**
 * Podio's answer to creating a hook.
 *
 * @param hookId the new hook's id
 */
public record HookCreated(@Json(name = "hook_id") long hookId) {}
