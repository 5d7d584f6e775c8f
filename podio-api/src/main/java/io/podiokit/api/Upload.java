package io.podiokit.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * File content to upload, with its name and media type: from a {@link Path}, bytes, or an {@link InputStream} of
 * known or unknown length. Content is streamed when sent, never held in memory beyond what the source holds. A
 * stream can be read once, so an upload from a stream is not repeated when Podio rejects an expired token on the
 * way (the call fails with a message saying so); uploads from a path or bytes are.
 */
public final class Upload {

  /** The media type used when none is given: {@code application/octet-stream}. */
  public static final String OCTET_STREAM = "application/octet-stream";

  private final String name;
  private final String contentType;
  private final long length;
  private final @Nullable Path path;
  private final byte @Nullable [] bytes;
  private final @Nullable InputStream stream;
  private final AtomicBoolean streamUsed = new AtomicBoolean();

  private Upload(String name, String contentType, long length, @Nullable Path path, byte @Nullable [] bytes,
                 @Nullable InputStream stream) {
    this.name = checkName(name);
    this.contentType = checkContentType(contentType);
    this.length = length;
    this.path = path;
    this.bytes = bytes;
    this.stream = stream;
  }

  /**
   * The file at {@code path}, named after it, of the media type the platform guesses (or octet-stream).
   *
   * @param path the file
   * @return the upload
   */
  public static Upload of(Path path) {
    Objects.requireNonNull(path, "path == null");
    String type;
    try {
      type = Files.probeContentType(path);
    } catch (IOException e) {
      type = null;
    }
    return of(path, type == null ? OCTET_STREAM : type);
  }

  /**
   * The file at {@code path}, named after it, of media type {@code contentType}.
   *
   * @param path the file
   * @param contentType the media type, e.g. {@code image/png}
   * @return the upload
   */
  public static Upload of(Path path, String contentType) {
    Objects.requireNonNull(path, "path == null");
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("not a readable file: " + path);
    }
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + path, e);
    }
    Path fileName = path.getFileName();
    return new Upload(fileName == null ? path.toString() : fileName.toString(), contentType, size, path, null, null);
  }

  /**
   * {@code content} named {@code name}, of media type {@code contentType}. The array is not copied.
   *
   * @param name the file name sent
   * @param contentType the media type, e.g. {@code image/png}
   * @param content the content
   * @return the upload
   */
  public static Upload of(String name, String contentType, byte[] content) {
    Objects.requireNonNull(content, "content == null");
    return new Upload(name, contentType, content.length, null, content, null);
  }

  /**
   * What {@code content} yields, named {@code name}, of media type {@code contentType}; {@code length} is its length
   * in bytes, or {@code -1} when unknown (the upload is then sent chunked). The stream is read once and closed.
   *
   * @param name the file name sent
   * @param contentType the media type, e.g. {@code image/png}
   * @param content the content
   * @param length the length in bytes, or {@code -1}
   * @return the upload
   */
  public static Upload of(String name, String contentType, InputStream content, long length) {
    Objects.requireNonNull(content, "content == null");
    if (length < -1) {
      throw new IllegalArgumentException("length must be -1 (unknown) or more, was " + length);
    }
    return new Upload(name, contentType, length, null, null, content);
  }

  /** {@return the file name sent with the content} */
  public String name() {
    return name;
  }

  /** {@return the media type of the content} */
  public String contentType() {
    return contentType;
  }

  /** {@return the content's length in bytes, or {@code -1} when unknown} */
  public long length() {
    return length;
  }

  /** {@return whether the content can be sent more than once (a path or bytes, not a stream)} */
  public boolean isRepeatable() {
    return stream == null;
  }

  /**
   * Writes the content to {@code out}, streaming it.
   *
   * @param out where to write it
   * @throws IllegalStateException when the content is a stream that was already sent
   * @throws java.io.IOException when reading the content or writing it fails
   */
  public void writeTo(OutputStream out) throws IOException {
    if (bytes != null) {
      out.write(bytes);
      return;
    }
    if (path != null) {
      Files.copy(path, out);
      return;
    }
    InputStream in = Objects.requireNonNull(stream);
    if (!streamUsed.compareAndSet(false, true)) {
      throw new IllegalStateException("the upload's InputStream was already sent; make a new Upload to send it again");
    }
    try (in) {
      in.transferTo(out);
    }
  }

  private static String checkName(String name) {
    Objects.requireNonNull(name, "name == null");
    if (name.isBlank() || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '"')) {
      throw new IllegalArgumentException("name must be non-blank, without control characters or quotes, was \""
          + name.replaceAll("\\p{Cntrl}", "?") + "\"");
    }
    return name;
  }

  private static String checkContentType(String contentType) {
    Objects.requireNonNull(contentType, "contentType == null");
    if (!contentType.matches("[\\w.+-]+/[\\w.+-]+(\\s*;.*)?") || contentType.chars().anyMatch(c -> c < 0x20)) {
      throw new IllegalArgumentException("contentType must be a media type such as image/png, was \""
          + contentType.replaceAll("\\p{Cntrl}", "?") + "\"");
    }
    return contentType;
  }

  @Override
  public String toString() {
    return "Upload[" + name + ", " + contentType + ", " + (length < 0 ? "unknown length" : length + " bytes") + "]";
  }
}
