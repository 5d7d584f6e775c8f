/**
 * Importers: items from spreadsheets ({@link io.podiokit.api.importer.ImporterService}; Podio's reference areas Importer).
 */
@NullMarked
package io.podiokit.api.importer;

import org.jspecify.annotations.NullMarked;
