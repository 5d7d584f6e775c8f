package io.podiokit.api.app;

import com.squareup.moshi.Json;

/**
 * Podio's answer to adding a field to an app.
 *
 * @param fieldId the new field's id
 */
public record FieldCreated(@Json(name = "field_id") long fieldId) {}
