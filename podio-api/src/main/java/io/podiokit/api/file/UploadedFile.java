package io.podiokit.api.file;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * A file uploaded to Podio, not yet attached to anything.
 *
 * @param fileId the file's id, to attach it to an item or comment
 * @param name its file name
 * @param mimetype its media type, as Podio detected it
 * @param size its size in bytes
 * @param link where to download it
 */
public record UploadedFile(@Json(name = "file_id") long fileId, @Nullable String name, @Nullable String mimetype,
                           long size, @Nullable String link) {}
