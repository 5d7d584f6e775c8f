package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.App;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The importer: {@code /importer/{file_id}/...}. Reads an uploaded CSV file (header row, then data rows; Excel files
 * are refused), previews rows through a mapping, and runs imports as batches ({@link BatchRoutes}) that report how
 * many rows they did. The emulator records the runs; it makes no items or contacts from them.
 */
final class ImporterRoutes extends Area {

  /** The largest spreadsheet the emulator reads (into memory). */
  static final long MAX_SHEET = 16L << 20;

  /** A spreadsheet: its name, header and data rows. */
  record Sheet(String name, List<String> header, List<List<String>> rows) {
    /** A cell; empty when the row is shorter. */
    String cell(int row, long columnId) {
      List<String> r = rows.get(row);
      int index = (int) columnId - 1;
      return index < r.size() ? r.get(index) : "";
    }

    void checkColumn(long columnId, String what) {
      if (columnId < 1 || columnId > header.size()) {
        throw ApiError.invalid("No column " + columnId + " for " + what + ": the file has columns 1 to "
            + header.size());
      }
    }
  }

  ImporterRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/importer/{file_id}/info", request -> {
      Sheet sheet = sheet(request.id("file_id"));
      List<Object> columns = new ArrayList<>();
      for (int i = 0; i < sheet.header().size(); i++) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", (long) i + 1);
        c.put("name", sheet.header().get(i));
        columns.add(c);
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("row_count", sheet.rows().size());
      m.put("columns", columns);
      return m;
    });
    routes.post("/importer/{file_id}/preview/{row}", request -> {
      Sheet sheet = sheet(request.id("file_id"));
      long row = request.id("row");
      if (row < 0 || row >= sheet.rows().size()) {
        throw ApiError.invalid("No row " + row + ": the file has rows 0 to " + (sheet.rows().size() - 1));
      }
      return preview(sheet, (int) row, request.object());
    });
    routes.post("/importer/{file_id}/item/app/{app_id}", request -> {
      long fileId = request.id("file_id");
      Sheet sheet = sheet(fileId);
      long appId = request.id("app_id");
      world.requireRef("app", appId);
      Map<String, @Nullable Object> body = request.object();
      preview(sheet, -1, body);
      return start(request, fileId, sheet, "app_import", "app", appId);
    });
    routes.post("/importer/{file_id}/contact/space/{space_id}", request -> {
      long fileId = request.id("file_id");
      Sheet sheet = sheet(fileId);
      long spaceId = request.id("space_id");
      world.requireRef("space", spaceId);
      Map<String, Object> mappings = Owners.object(request.object(), "mappings");
      if (!(mappings.get("name") instanceof Long)) {
        throw ApiError.invalid("Missing value for mappings.name: give the column of the contacts' names");
      }
      for (Map.Entry<String, Object> e : mappings.entrySet()) {
        if (!(e.getValue() instanceof Long column)) {
          throw ApiError.invalid("Invalid value for mappings." + e.getKey() + ": give a column id");
        }
        sheet.checkColumn(column, "mappings." + e.getKey());
      }
      return start(request, fileId, sheet, "contact_import", "space", spaceId);
    });
  }

  private Map<String, Object> start(ApiRequest request, long fileId, Sheet sheet, String plugin, String refType,
                                    long refId) {
    int empty = (int) sheet.rows().stream().filter(r -> r.stream().allMatch(String::isBlank)).count();
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("file_id", fileId);
    file.put("name", sheet.name());
    long batchId = world.area(BatchRoutes.class).start("Import of " + sheet.name(), plugin, refType, refId, file,
        sheet.rows().size(), empty, request.caller());
    return Map.of("batch_id", batchId);
  }

  /** The item row {@code row} gives with the mapping in {@code body}; only checks the mapping when row is -1. */
  private Map<String, Object> preview(Sheet sheet, int row, Map<String, @Nullable Object> body) {
    if (!(body.get("mappings") instanceof List<?> mappings) || mappings.isEmpty()) {
      throw ApiError.invalid("Missing value for mappings: give [{\"field_id\": ..., \"unique\": false, "
          + "\"value\": {\"value_column_id\": ...}}]");
    }
    List<Object> fields = new ArrayList<>();
    for (Object o : mappings) {
      if (!(o instanceof Map<?, ?> mapping) || !(mapping.get("field_id") instanceof Long fieldId)
          || !(mapping.get("value") instanceof Map<?, ?> value) || !(value.get("value_column_id") instanceof Long col)) {
        throw ApiError.invalid("Each mapping must be {\"field_id\": ..., \"value\": {\"value_column_id\": ...}}");
      }
      sheet.checkColumn(col, "field " + fieldId);
      if (row >= 0) {
        fields.add(field(fieldId, sheet.cell(row, col)));
      }
    }
    List<String> tags = new ArrayList<>();
    if (body.get("tags_column_id") instanceof Long tagsColumn) {
      sheet.checkColumn(tagsColumn, "tags");
      if (row >= 0) {
        for (String tag : sheet.cell(row, tagsColumn).split(",")) {
          if (!tag.isBlank()) {
            tags.add(tag.trim());
          }
        }
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("fields", fields);
    m.put("tags", tags);
    return m;
  }

  private Map<String, Object> field(long fieldId, String value) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("field_id", fieldId);
    App titleOf = world.state.apps().stream().filter(a -> a.titleFieldId() == fieldId).findFirst().orElse(null);
    f.put("type", "text");
    f.put("external_id", titleOf != null ? "title" : "field-" + fieldId);
    f.put("label", titleOf != null ? "Title" : "Field " + fieldId);
    f.put("values", List.of(Map.of("value", value)));
    return f;
  }

  private Sheet sheet(long fileId) throws IOException {
    Map<String, Object> ref = world.ref("file", fileId);
    if (ref != null && ref.get("size") instanceof Long size && size > MAX_SHEET) {
      throw ApiError.invalid("The emulator's importer reads files up to " + MAX_SHEET + " bytes; file " + fileId
          + " has " + size);
    }
    Map.Entry<String, byte[]> file = world.area(FileRoutes.class).content(fileId);
    if (file == null) {
      throw ApiError.notFound("File", fileId);
    }
    String name = file.getKey();
    if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
      throw ApiError.invalid("The emulator's importer reads CSV files only (.csv); " + name + " is not one");
    }
    List<List<String>> rows = csv(new String(file.getValue(), StandardCharsets.UTF_8));
    if (rows.isEmpty()) {
      throw ApiError.invalid("The file " + name + " is empty: it needs a header row");
    }
    return new Sheet(name, rows.get(0), rows.subList(1, rows.size()));
  }

  /** RFC 4180: comma-separated, fields in double quotes may hold commas, quotes ({@code ""}) and line breaks. */
  static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }
}
