package io.podiokit.api.importer;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A spreadsheet as the importer reads it.
 *
 * @param rowCount how many rows it has, the header row not counted
 * @param columns its columns, in order
 */
public record ImportInfo(@Json(name = "row_count") @Nullable Integer rowCount, List<Column> columns) {

  /**
   * The column with a header.
   *
   * @param name the header
   * @return the first column with that header, if any
   */
  public Optional<Column> column(String name) {
    return columns.stream().filter(c -> name.equals(c.name())).findFirst();
  }

  /**
   * A column of a spreadsheet.
   *
   * @param id its id, used in mappings
   * @param name its header
   */
  public record Column(long id, @Nullable String name) {}
}
