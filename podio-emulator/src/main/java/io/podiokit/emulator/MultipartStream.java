package io.podiokit.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code multipart/form-data} body part by part without holding it: each part's content is a stream that
 * ends at the next boundary, so an upload of any size passes through a fixed buffer. Malformed bodies answer Podio's
 * 400.
 */
final class MultipartStream {

  private static final int BUFFER = 64 * 1024;
  private static final int MAX_HEADERS = 16 * 1024;

  /** One part: its name, file name and media type, and its content (read it before asking for the next part). */
  record Part(String name, @Nullable String filename, @Nullable String contentType, InputStream content) {}

  private final InputStream in;
  private final byte[] delimiter;
  private final byte[] buf;
  private int pos;
  private int limit;
  private boolean eof;
  private PartContent current;
  private boolean finished;

  /**
   * Reads {@code in}, a body whose parts are separated by {@code boundary}.
   *
   * @param in the body
   * @param boundary the boundary from the {@code Content-Type}
   */
  MultipartStream(InputStream in, String boundary) {
    this.in = in;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    this.buf = new byte[BUFFER + delimiter.length];
    // The body starts with "--boundary": read it as if a line break came first, so every delimiter looks the same.
    buf[0] = '\r';
    buf[1] = '\n';
    limit = 2;
    current = new PartContent();
  }

  /** The next part, or {@code null} after the last; what is left of the previous part's content is skipped. */
  @Nullable Part next() throws IOException {
    if (finished) {
      return null;
    }
    current.skipRest();
    fill(2);
    if (limit - pos < 2) {
      throw malformed("the body ends after a boundary");
    }
    if (buf[pos] == '-' && buf[pos + 1] == '-') {
      finished = true;
      return null;
    }
    if (buf[pos] != '\r' || buf[pos + 1] != '\n') {
      throw malformed("a boundary is not followed by a line break");
    }
    pos += 2;
    String name = null;
    String filename = null;
    String contentType = null;
    for (String line : readHeaders().split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String header = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      if (header.equals("content-disposition")) {
        name = Http.dispositionParam(value, "name");
        filename = Http.dispositionParam(value, "filename");
      } else if (header.equals("content-type")) {
        contentType = value;
      }
    }
    if (name == null) {
      throw malformed("a part has no name");
    }
    current = new PartContent();
    return new Part(name, filename, contentType, current);
  }

  private String readHeaders() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (true) {
      fill(4);
      if (limit - pos < 4) {
        throw malformed("a part's headers do not end with a blank line");
      }
      if (buf[pos] == '\r' && buf[pos + 1] == '\n' && buf[pos + 2] == '\r' && buf[pos + 3] == '\n') {
        pos += 4;
        return out.toString(StandardCharsets.UTF_8);
      }
      out.write(buf[pos++]);
      if (out.size() > MAX_HEADERS) {
        throw malformed("a part's headers are longer than " + MAX_HEADERS + " bytes");
      }
    }
  }

  /** Makes at least {@code n} bytes available unless the body ends first. */
  private void fill(int n) throws IOException {
    if (limit - pos >= n) {
      return;
    }
    System.arraycopy(buf, pos, buf, 0, limit - pos);
    limit -= pos;
    pos = 0;
    while (limit < n && !eof) {
      int read = in.read(buf, limit, buf.length - limit);
      if (read < 0) {
        eof = true;
      } else {
        limit += read;
      }
    }
  }

  private int indexOfDelimiter() {
    outer:
    for (int i = pos; i <= limit - delimiter.length; i++) {
      for (int j = 0; j < delimiter.length; j++) {
        if (buf[i + j] != delimiter[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static ApiError malformed(String why) {
    return ApiError.invalid("Malformed multipart body: " + why);
  }

  /** One part's content: the bytes up to the next delimiter. */
  private final class PartContent extends InputStream {
    private boolean done;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (done) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      fill(delimiter.length);
      int at = indexOfDelimiter();
      if (at == pos) {
        pos += delimiter.length;
        done = true;
        return -1;
      }
      int available;
      if (at >= 0) {
        available = at - pos;
      } else if (eof) {
        throw malformed("a part has no closing boundary");
      } else {
        available = limit - pos - delimiter.length + 1;
      }
      int n = Math.min(available, len);
      System.arraycopy(buf, pos, b, off, n);
      pos += n;
      return n;
    }

    void skipRest() throws IOException {
      byte[] skip = new byte[8192];
      while (read(skip, 0, skip.length) >= 0) {
        // discarded
      }
    }
  }
}
