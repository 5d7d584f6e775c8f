package io.podiokit.api.tests.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A 200 MB file up and down with a 64 MB heap on both sides: the emulator and the client each run in their own JVM
 * with {@code -Xmx64m}, so holding the file in memory on either side would fail with an OutOfMemoryError. The size
 * can be changed with {@code -Dpodio.largeFileBytes=...}; the client's peak heap use is printed.
 */
class LargeFileTransferIT {

  static final long SIZE = Long.getLong("podio.largeFileBytes", 200L * 1024 * 1024);
  static final String HEAP = "-Xmx64m";

  @Test
  void twoHundredMegabytesUpAndDownWithA64MegabyteHeapOnEachSide() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    Process emulator = new ProcessBuilder(java, HEAP, "-cp", classpath, "io.podiokit.emulator.PodioEmulator",
        "--port", "0").redirectErrorStream(true).start();
    try {
      BufferedReader banner = new BufferedReader(new InputStreamReader(emulator.getInputStream(),
          StandardCharsets.UTF_8));
      String first = CompletableFuture.supplyAsync(() -> {
        try {
          return banner.readLine();
        } catch (IOException e) {
          return null;
        }
      }).get(60, TimeUnit.SECONDS);
      assertThat(first).startsWith("Podio emulator listening on ");
      String url = first.substring("Podio emulator listening on ".length()).trim();
      CompletableFuture.runAsync(() -> drain(banner));

      Process client = new ProcessBuilder(java, HEAP, "-cp", classpath, LargeTransferClient.class.getName(), url,
          Long.toString(SIZE)).redirectErrorStream(true).start();
      CompletableFuture<List<String>> output = CompletableFuture.supplyAsync(() -> new BufferedReader(
          new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8)).lines().toList());
      boolean finished = client.waitFor(10, TimeUnit.MINUTES);
      if (!finished) {
        client.destroyForcibly();
      }
      List<String> lines = output.get(30, TimeUnit.SECONDS);
      assertThat(finished).as("the transfer ended within 10 minutes").isTrue();
      assertThat(client.exitValue()).as("the client's exit status; its output: %s", lines).isZero();
      Map<String, String> result = new HashMap<>();
      for (String line : lines) {
        int space = line.indexOf(' ');
        if (space > 0) {
          result.put(line.substring(0, space), line.substring(space + 1));
        }
      }
      assertThat(result.get("stored-size")).isEqualTo(Long.toString(SIZE));
      assertThat(result.get("downloaded")).isEqualTo(Long.toString(SIZE));
      assertThat(result.get("digest-down")).isNotNull().isEqualTo(result.get("digest-up"));
      assertThat(emulator.isAlive()).as("the emulator survived the transfer with " + HEAP).isTrue();
      long peak = Long.parseLong(result.get("peak-heap"));
      assertThat(peak).isLessThan(64L * 1024 * 1024);
      System.out.printf("%d MB up (stream of unknown length) in %s ms and down (stream) in %s ms; client heap "
              + "%s, peak heap used %.1f MB (max %d MB); emulator heap %s%n", SIZE >> 20, result.get("upload-ms"),
          result.get("download-ms"), HEAP, peak / 1048576.0, Long.parseLong(result.get("max-heap")) >> 20, HEAP);
    } finally {
      emulator.destroy();
      if (!emulator.waitFor(30, TimeUnit.SECONDS)) {
        emulator.destroyForcibly();
      }
    }
  }

  private static void drain(BufferedReader reader) {
    try {
      while (reader.readLine() != null) {
        // the emulator's output is not needed after its banner
      }
    } catch (IOException e) {
      // the emulator stopped
    }
  }
}
