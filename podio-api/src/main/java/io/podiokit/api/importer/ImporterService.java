package io.podiokit.api.importer;

/** Importers: items from spreadsheets: Podio's reference areas Importer. */
public interface ImporterService {
}
