package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.Ref;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Files: {@code /file/...}. Uploads are streamed: up to {@value #IN_MEMORY} bytes are kept in memory, larger files
 * go to a temporary file, and a file over the size limit is refused with Podio's 400 once its body was read. Files
 * keep their bytes, size and media type; attaching one to an object sets its context.
 */
final class FileRoutes extends Area {

  static final int IN_MEMORY = 1 << 20;
  private static final int MAX_FILENAME = 1024;
  private static final long DEFAULT_LIMIT = 20;
  private static final long MAX_LIMIT = 100;

  /** A file's bytes, in memory or on disk; shared by a file and its copies, never changed. */
  private interface Blob {
    InputStream open() throws IOException;

    void delete();
  }

  private record Memory(byte[] bytes) implements Blob {
    @Override
    public InputStream open() {
      return new ByteArrayInputStream(bytes);
    }

    @Override
    public void delete() {
      // garbage collected
    }
  }

  private record OnDisk(Path path) implements Blob {
    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(path);
    }

    @Override
    public void delete() {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        path.toFile().deleteOnExit();
      }
    }
  }

  /** A stored file; {@code refType} is null until it is attached. */
  record StoredFile(long id, String name, String mimetype, long size, Blob blob, Ref createdBy, Instant createdOn,
                    @Nullable String refType, long refId, @Nullable Long replaces) {
    StoredFile attachedTo(@Nullable String type, long id) {
      return new StoredFile(this.id, name, mimetype, size, blob, createdBy, createdOn, type, id, replaces);
    }
  }

  private final ConcurrentHashMap<Long, StoredFile> files = new ConcurrentHashMap<>();
  private final Object dirLock = new Object();
  private @Nullable Path dir;

  FileRoutes(World world) {
    super(world);
    world.refs("file", id -> {
      StoredFile f = files.get(id);
      if (f == null) {
        return null;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", "file");
      m.put("id", id);
      m.put("title", f.name());
      m.put("link", link(f));
      m.put("size", f.size());
      m.put("mimetype", f.mimetype());
      if (f.refType() != null) {
        m.put("ref_type", f.refType());
        m.put("ref_id", f.refId());
      }
      return m;
    });
  }

  @Override
  void routes(RouteTable routes) {
    routes.post("/file/", this::upload);
    routes.get("/file/{file_id}", request -> fileJson(find(request.id("file_id"))));
    routes.get("/file/{file_id}/raw", request -> raw(find(request.id("file_id"))));
    routes.get("/file/", request -> list(request, f -> true));
    routes.get("/file/app/{app_id}/", request -> {
      long appId = request.id("app_id");
      world.requireRef("app", appId);
      return list(request, f -> f.refType() != null
          && Objects.equals(Collab.appOf(world, f.refType(), f.refId()), appId));
    });
    routes.get("/file/space/{space_id}/", request -> {
      long spaceId = request.id("space_id");
      return list(request, f -> f.refType() != null
          && Objects.equals(Collab.spaceOf(world, f.refType(), f.refId()), spaceId));
    });
    routes.post("/file/{file_id}/attach", request -> {
      Map<String, @Nullable Object> body = request.object();
      attach(request, List.of(request.id("file_id")), Collab.text(body, "ref_type"), Collab.number(body, "ref_id"));
      return Reply.noContent();
    });
    routes.post("/file/{file_id}/replace", this::replace);
    routes.post("/file/{file_id}/copy", request -> {
      StoredFile f = find(request.id("file_id"));
      StoredFile copy = new StoredFile(world.nextId("file", 500_000), f.name(), f.mimetype(), f.size(), f.blob(),
          request.caller(), world.now(), null, 0, null);
      files.put(copy.id(), copy);
      return fileJson(copy);
    });
    routes.delete("/file/{file_id}", request -> {
      StoredFile f = files.remove(request.id("file_id"));
      if (f == null) {
        throw ApiError.notFound("File", request.id("file_id"));
      }
      if (files.values().stream().noneMatch(other -> other.blob() == f.blob())) {
        f.blob().delete();
      }
      return Reply.noContent();
    });
  }

  /**
   * Attaches uploaded files to an object (for comments, statuses and tasks naming {@code file_ids}); 404 for an
   * unknown file or object. Publishes {@code file.change} for each.
   */
  void attach(ApiRequest request, List<Long> fileIds, String refType, long refId) {
    world.requireRef(refType, refId);
    for (long fileId : fileIds) {
      find(fileId);
    }
    for (long fileId : fileIds) {
      files.computeIfPresent(fileId, (k, f) -> f.attachedTo(refType, refId));
      world.publish(new World.Event("file.change", "file", fileId, request.caller(), Collab.withOptions(request,
          Map.of("file_id", fileId, "ref_type", refType, "ref_id", refId))));
    }
  }

  /** The files attached to an object, as Podio lists them on it. */
  List<Map<String, Object>> filesOn(String refType, long refId) {
    return files.values().stream().filter(f -> refType.equals(f.refType()) && f.refId() == refId)
        .sorted(Comparator.comparingLong(StoredFile::id)).map(this::fileJson).toList();
  }

  /** A file's name and bytes, for areas that read uploads (the importer); {@code null} when there is none. */
  Map.@Nullable Entry<String, byte[]> content(long fileId) throws IOException {
    StoredFile f = files.get(fileId);
    if (f == null) {
      return null;
    }
    try (InputStream in = f.blob().open()) {
      return Map.entry(f.name(), in.readAllBytes());
    }
  }

  private StoredFile find(long fileId) {
    StoredFile f = files.get(fileId);
    if (f == null) {
      throw ApiError.notFound("File", fileId);
    }
    return f;
  }

  private Map<String, Object> upload(ApiRequest request) throws IOException {
    MultipartStream parts = request.multipart();
    Blob blob = null;
    long size = -1;
    String mimetype = null;
    String filename = null;
    boolean tooLarge = false;
    try {
      for (MultipartStream.Part part = parts.next(); part != null; part = parts.next()) {
        if (part.name().equals("source")) {
          if (blob != null || tooLarge) {
            throw ApiError.invalid("Send one part named source");
          }
          mimetype = part.contentType();
          long[] counted = new long[1];
          blob = store(part.content(), world.maxFileSize(), counted);
          size = counted[0];
          tooLarge = blob == null;
        } else if (part.name().equals("filename")) {
          byte[] text = part.content().readNBytes(MAX_FILENAME + 1);
          if (text.length > MAX_FILENAME) {
            throw ApiError.invalid("Invalid value for filename: longer than " + MAX_FILENAME + " bytes");
          }
          filename = new String(text, StandardCharsets.UTF_8);
        }
      }
    } catch (IOException | RuntimeException e) {
      if (blob != null) {
        blob.delete();
      }
      throw e;
    }
    if (tooLarge) {
      throw ApiError.invalid("The file is too large: " + size + " bytes or more, where the largest file accepted is "
          + world.maxFileSize() + " bytes");
    }
    if (blob == null) {
      throw ApiError.invalid("Missing field source");
    }
    if (filename == null || filename.isBlank()) {
      blob.delete();
      throw ApiError.invalid("Missing field filename");
    }
    StoredFile f = new StoredFile(world.nextId("file", 500_000), filename,
        mimetype == null ? "application/octet-stream" : mimetype, size, blob, request.caller(), world.now(), null, 0,
        null);
    files.put(f.id(), f);
    return fileJson(f);
  }

  /**
   * Stores a part's content: in memory when small, else in a temporary file. Returns null when it is larger than
   * {@code max} (the rest is read and dropped); {@code counted[0]} gets the bytes read.
   */
  private @Nullable Blob store(InputStream in, long max, long[] counted) throws IOException {
    byte[] buf = new byte[64 * 1024];
    ByteArrayOutputStream memory = new ByteArrayOutputStream();
    Path file = null;
    OutputStream out = memory;
    long total = 0;
    try {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        total += n;
        if (total > max) {
          out.close();
          if (file != null) {
            Files.deleteIfExists(file);
          }
          in.transferTo(OutputStream.nullOutputStream());
          counted[0] = total;
          return null;
        }
        if (file == null && total > IN_MEMORY) {
          file = Files.createTempFile(directory(), "upload-", ".bin");
          file.toFile().deleteOnExit();
          out = Files.newOutputStream(file);
          memory.writeTo(out);
          memory = new ByteArrayOutputStream();
        }
        out.write(buf, 0, n);
      }
      out.close();
    } catch (IOException | RuntimeException e) {
      out.close();
      if (file != null) {
        Files.deleteIfExists(file);
      }
      throw e;
    }
    counted[0] = total;
    return file == null ? new Memory(memory.toByteArray()) : new OnDisk(file);
  }

  private Path directory() {
    synchronized (dirLock) {
      if (dir == null) {
        try {
          dir = Files.createTempDirectory("podio-emulator-files-");
        } catch (IOException e) {
          throw new UncheckedIOException("cannot make a directory for uploaded files", e);
        }
        dir.toFile().deleteOnExit();
      }
      return dir;
    }
  }

  private Object raw(StoredFile f) {
    if (f.blob() instanceof Memory m) {
      return Reply.bytes(f.mimetype(), m.bytes());
    }
    return new StreamedReply(f.mimetype(), f.size(), f.blob()::open);
  }

  private Reply replace(ApiRequest request) throws IOException {
    long fileId = request.id("file_id");
    StoredFile replacement = find(fileId);
    long oldId = Collab.number(request.object(), "old_file_id");
    StoredFile old = find(oldId);
    if (old.refType() == null) {
      throw ApiError.invalid("The file " + oldId + " is not attached to anything, so it cannot be replaced");
    }
    files.put(fileId, new StoredFile(replacement.id(), replacement.name(), replacement.mimetype(), replacement.size(),
        replacement.blob(), replacement.createdBy(), replacement.createdOn(), old.refType(), old.refId(), oldId));
    files.computeIfPresent(oldId, (k, f) -> f.attachedTo(null, 0));
    world.publish(new World.Event("file.change", "file", fileId, request.caller(),
        Map.of("file_id", fileId, "ref_type", old.refType(), "ref_id", old.refId())));
    return Reply.noContent();
  }

  private List<Map<String, Object>> list(ApiRequest request, Predicate<StoredFile> in) {
    String attachedTo = request.query("attached_to");
    long createdBy = request.queryLong("created_by", -1);
    String hostedBy = request.query("hosted_by");
    String sortBy = request.query("sort_by", "created_on");
    if (!sortBy.equals("created_on") && !sortBy.equals("name")) {
      throw ApiError.invalid("Invalid value for sort_by: must be name or created_on, was '" + sortBy + "'");
    }
    Comparator<StoredFile> order = sortBy.equals("name")
        ? Comparator.comparing(StoredFile::name, String.CASE_INSENSITIVE_ORDER).thenComparingLong(StoredFile::id)
        : Comparator.comparing(StoredFile::createdOn).thenComparingLong(StoredFile::id);
    if (request.queryFlag("sort_desc", sortBy.equals("created_on"))) {
      order = order.reversed();
    }
    List<StoredFile> all = files.values().stream().filter(in)
        .filter(f -> attachedTo == null || attachedTo.equals(f.refType()))
        .filter(f -> createdBy < 0 || (!f.createdBy().isApp() && f.createdBy().id() == createdBy))
        .filter(f -> hostedBy == null || hostedBy.equals("podio"))
        .sorted(order).toList();
    List<Map<String, Object>> out = new ArrayList<>();
    for (StoredFile f : Collab.page(request, all, DEFAULT_LIMIT, MAX_LIMIT)) {
      out.add(fileJson(f));
    }
    return out;
  }

  private String link(StoredFile f) {
    return world.baseUrl() + "/file/" + f.id() + "/raw";
  }

  private Map<String, Object> fileJson(StoredFile f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file_id", f.id());
    m.put("name", f.name());
    m.put("description", null);
    m.put("mimetype", f.mimetype());
    m.put("size", f.size());
    m.put("link", link(f));
    m.put("perma_link", world.baseUrl() + "/files/" + f.id());
    if (f.mimetype().startsWith("image/")) {
      m.put("thumbnail_link", link(f));
    }
    m.put("hosted_by", "podio");
    m.put("hosted_by_humanized_name", "Podio");
    m.put("created_on", World.PODIO_TIME.format(f.createdOn()));
    m.put("created_by", Collab.byLine(world, f.createdBy()));
    Map<String, Object> context = Collab.ref(world, f.refType(), f.refId());
    if (context != null) {
      m.put("context", context);
    }
    List<Object> replaces = new ArrayList<>();
    if (f.replaces() != null) {
      StoredFile old = files.get(f.replaces());
      replaces.add(Map.of("file_id", f.replaces(), "name", old == null ? "" : old.name()));
    }
    m.put("replaces", replaces);
    return m;
  }
}
