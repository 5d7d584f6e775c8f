package io.podiokit.api.tests.file;

import io.podiokit.Authentication;
import io.podiokit.SessionStore;
import io.podiokit.SessionStores;
import io.podiokit.api.Upload;
import io.podiokit.api.file.FileService;
import io.podiokit.api.file.UploadedFile;
import io.podiokit.emulator.PodioEmulator;
import io.podiokit.http.retrofit.PodioClient;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Uploads a large generated file (a stream of unknown length) and downloads it again as a stream, then prints the
 * digests both ways and the heap's peak use; run in a JVM with a small {@code -Xmx} by {@link LargeFileTransferIT}.
 * Arguments: the emulator's URL and the size in bytes.
 */
public final class LargeTransferClient {

  private LargeTransferClient() {}

  /** A deterministic stream of {@code size} bytes. */
  static final class Generated extends InputStream {
    private final long size;
    private long pos;

    Generated(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      return pos >= size ? -1 : (int) ((pos * 31 + (pos++ >>> 12)) & 0xff);
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (pos >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - pos);
      for (int i = 0; i < n; i++) {
        b[off + i] = (byte) read();
      }
      return n;
    }
  }

  /**
   * Runs one transfer.
   *
   * @param args the emulator's URL, the size in bytes
   * @throws Exception when the transfer fails
   */
  public static void main(String[] args) throws Exception {
    String url = args[0];
    long size = Long.parseLong(args[1]);
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    SessionStore store = SessionStores.open("memory:");
    try (PodioClient client = PodioClient.builder()
        .credentials(PodioEmulator.DEMO_CLIENT_ID, PodioEmulator.DEMO_CLIENT_SECRET)
        .apiUrl(url).sessionStore(store).build()) {
      Authentication user = client.authenticateWithPassword(PodioEmulator.DEMO_USER_EMAIL,
          PodioEmulator.DEMO_USER_PASSWORD);
      FileService files = client.api(user).files();
      MessageDigest up = MessageDigest.getInstance("SHA-256");
      long start = System.nanoTime();
      UploadedFile file = files.upload(Upload.of("large.bin", "application/octet-stream",
          new DigestInputStream(new Generated(size), up), -1));
      long uploaded = System.nanoTime();
      MessageDigest down = MessageDigest.getInstance("SHA-256");
      long downloaded;
      try (InputStream in = new DigestInputStream(files.download(file.fileId()), down)) {
        downloaded = in.transferTo(OutputStream.nullOutputStream());
      }
      long done = System.nanoTime();
      files.delete(file.fileId());
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      System.out.println("stored-size " + file.size());
      System.out.println("downloaded " + downloaded);
      System.out.println("digest-up " + HexFormat.of().formatHex(up.digest()));
      System.out.println("digest-down " + HexFormat.of().formatHex(down.digest()));
      System.out.println("max-heap " + Runtime.getRuntime().maxMemory());
      System.out.println("peak-heap " + peak);
      System.out.println("upload-ms " + (uploaded - start) / 1_000_000);
      System.out.println("download-ms " + (done - uploaded) / 1_000_000);
    } finally {
      store.close();
    }
  }
}
