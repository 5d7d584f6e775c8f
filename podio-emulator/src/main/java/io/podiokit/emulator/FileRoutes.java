package io.podiokit.emulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Files: {@code /file/...}. */
final class FileRoutes extends Area {

  record StoredFile(long id, String name, long size, String mimetype) {}

  private final ConcurrentHashMap<Long, StoredFile> files = new ConcurrentHashMap<>();

  FileRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
    routes.post("/file/", this::upload);
    routes.get("/file/{file_id}", request -> {
      long fileId = request.id("file_id");
      StoredFile f = files.get(fileId);
      if (f == null) {
        throw ApiError.notFound("File", fileId);
      }
      return fileJson(f);
    });
  }

  private Map<String, Object> upload(ApiRequest request) throws IOException {
    Http.Part source = null;
    String filename = null;
    for (Http.Part part : request.parts()) {
      if (part.name().equals("source")) {
        source = part;
      } else if (part.name().equals("filename")) {
        filename = new String(part.data(), StandardCharsets.UTF_8);
      }
    }
    if (source == null) {
      throw ApiError.invalid("Missing field source");
    }
    if (filename == null || filename.isBlank()) {
      throw ApiError.invalid("Missing field filename");
    }
    String mimetype = source.contentType() == null ? "application/octet-stream" : source.contentType();
    StoredFile f = new StoredFile(world.nextId("file", 500_000), filename, source.data().length, mimetype);
    files.put(f.id(), f);
    return fileJson(f);
  }

  private Map<String, Object> fileJson(StoredFile f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file_id", f.id());
    m.put("name", f.name());
    m.put("size", f.size());
    m.put("mimetype", f.mimetype());
    m.put("link", world.baseUrl() + "/file/" + f.id());
    m.put("hosted_by", "podio");
    return m;
  }
}
