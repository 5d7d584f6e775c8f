/**
 * Files: upload, download, attach, copy, replace ({@link io.podiokit.api.file.FileService}; Podio's reference areas File).
 */
@NullMarked
package io.podiokit.api.file;

import org.jspecify.annotations.NullMarked;
