package io.podiokit.api.tests.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.Upload;
import io.podiokit.api.WriteOptions;
import io.podiokit.api.file.FileQuery;
import io.podiokit.api.file.FileService;
import io.podiokit.api.file.PodioFile;
import io.podiokit.api.file.UploadedFile;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.api.tests.CannedApi;
import io.podiokit.emulator.PodioEmulator;
import io.podiokit.emulator.RecordedRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files over real HTTP: upload from every source, download, attach, copy, replace, lists, limits. */
class FileIT {

  static final ApiFixture api = ApiFixture.start(PodioEmulator.builder().demoData().maxFileSize(3 * 1024 * 1024));
  static final long ITEM = 100001;

  @AfterAll
  static void stop() {
    api.close();
  }

  static byte[] content(int size) {
    byte[] b = new byte[size];
    for (int i = 0; i < size; i++) {
      b[i] = (byte) (i * 7 + i / 251);
    }
    return b;
  }

  FileService files() {
    return api.user().files();
  }

  @Test
  void uploadFromPathSendsPodiosMultipartAndKeepsNameTypeAndSize(@TempDir Path dir) throws IOException {
    Path pdf = dir.resolve("offer.pdf");
    Files.write(pdf, content(5000));

    UploadedFile up = files().upload(Upload.of(pdf, "application/pdf"));

    RecordedRequest sent = api.last();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/file/");
    assertThat(sent.contentType()).startsWith("multipart/form-data; boundary=");
    assertThat(sent.bodyText()).contains("name=\"source\"; filename=\"offer.pdf\"", "Content-Type: application/pdf",
        "name=\"filename\"");
    assertThat(up.name()).isEqualTo("offer.pdf");
    assertThat(up.size()).isEqualTo(5000);
    assertThat(up.mimetype()).isEqualTo("application/pdf");
    PodioFile stored = files().file(up.fileId());
    assertThat(api.last().path()).isEqualTo("/file/" + up.fileId());
    assertThat(stored.size()).isEqualTo(5000L);
    assertThat(stored.createdBy()).isNotNull();
    assertThat(stored.createdBy().userId()).isEqualTo(api.userId());
    assertThat(stored.createdOnUtc()).isPresent();
    assertThat(files().downloadBytes(up.fileId())).isEqualTo(Files.readAllBytes(pdf));
  }

  @Test
  void uploadFromStreamsOfKnownAndUnknownLengthAndFromBytes() throws IOException {
    byte[] data = content(2 * 1024 * 1024 + 17);
    UploadedFile known = files().upload(Upload.of("known.bin", "application/octet-stream",
        new ByteArrayInputStream(data), data.length));
    assertThat(api.last().bodyLength()).isGreaterThan(data.length);
    UploadedFile unknown = files().upload(Upload.of("unknown.bin", "application/octet-stream",
        new ByteArrayInputStream(data), -1));
    UploadedFile bytes = files().upload(Upload.of("notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)));

    assertThat(known.size()).isEqualTo(data.length);
    assertThat(unknown.size()).isEqualTo(data.length);
    try (InputStream in = files().download(unknown.fileId())) {
      assertThat(in.readAllBytes()).isEqualTo(data);
    }
    assertThat(api.last().path()).isEqualTo("/file/" + unknown.fileId() + "/raw");
    assertThat(files().downloadBytes(known.fileId())).isEqualTo(data);
    assertThat(new String(files().downloadBytes(bytes.fileId()), StandardCharsets.UTF_8)).isEqualTo("hello");
    assertThat(files().file(bytes.fileId()).mimetype()).isEqualTo("text/plain");
  }

  @Test
  void downloadToWritesTheFile(@TempDir Path dir) throws IOException {
    UploadedFile up = files().upload(Upload.of("a.bin", "application/octet-stream", content(1234)));
    Path target = dir.resolve("copy.bin");

    assertThat(files().downloadTo(up.fileId(), target)).isEqualTo(1234);
    assertThat(Files.readAllBytes(target)).isEqualTo(content(1234));
  }

  @Test
  void appAuthenticationUploadsToo() {
    UploadedFile up = api.app().files().upload(Upload.of("by-app.txt", "text/plain", new byte[] {1, 2, 3}));

    assertThat(api.last().status()).isEqualTo(200);
    PodioFile stored = api.app().files().file(up.fileId());
    assertThat(stored.createdBy().type()).isEqualTo("app");
    assertThat(stored.createdBy().id()).isEqualTo(PodioEmulator.DEMO_APP_ID);
  }

  @Test
  void aFileOverTheLimitIsRefusedWithPodiosError() {
    byte[] big = content(3 * 1024 * 1024 + 1);

    assertThatThrownBy(() -> files().upload(Upload.of("big.bin", "application/octet-stream", big)))
        .isInstanceOf(PodioApiException.BadRequestException.class)
        .hasMessageContaining("too large").hasMessageContaining("3145728");
    assertThat(api.last().status()).isEqualTo(400);
  }

  @Test
  void attachSetsTheContextAndListsFindIt() {
    UploadedFile up = files().upload(Upload.of("report.txt", "text/plain", content(10)));

    files().attach(up.fileId(), new FileService.AttachTo("item", ITEM), WriteOptions.builder().silent(true).build());

    RecordedRequest sent = api.last();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/file/" + up.fileId() + "/attach");
    assertThat(sent.queryParams()).containsEntry("silent", "1");
    assertThat(sent.json()).isEqualTo(Map.of("ref_type", "item", "ref_id", ITEM));
    PodioFile stored = files().file(up.fileId());
    assertThat(stored.context()).isNotNull();
    assertThat(stored.context().type()).isEqualTo("item");
    assertThat(stored.context().id()).isEqualTo(ITEM);

    List<PodioFile> inApp = files().appFiles(PodioEmulator.DEMO_APP_ID,
        FileQuery.builder().attachedTo("item").limit(50).build());
    assertThat(api.last().path()).isEqualTo("/file/app/" + PodioEmulator.DEMO_APP_ID + "/");
    assertThat(api.last().queryParams()).containsEntry("attached_to", "item").containsEntry("limit", "50");
    assertThat(inApp).extracting(PodioFile::fileId).contains(up.fileId());
    assertThat(files().spaceFiles(1, FileQuery.firstPage())).extracting(PodioFile::fileId).contains(up.fileId());
    assertThat(api.last().path()).isEqualTo("/file/space/1/");
  }

  @Test
  void filesPageAndStreamAcrossPages() {
    for (int i = 0; i < 5; i++) {
      files().upload(Upload.of("page-" + i + ".txt", "text/plain", content(3)));
    }

    List<PodioFile> page = files().files(FileQuery.builder().offset(1).limit(2).sort("name", false).build());
    assertThat(api.last().path()).isEqualTo("/file/");
    assertThat(api.last().queryParams()).containsEntry("offset", "1").containsEntry("limit", "2")
        .containsEntry("sort_by", "name").containsEntry("sort_desc", "false");
    assertThat(page).hasSize(2);
    assertThat(files().allFiles(FileQuery.builder().createdBy(api.userId()).build())
        .filter(f -> f.name() != null && f.name().startsWith("page-")).count()).isEqualTo(5);
    assertThat(files().allAppFiles(PodioEmulator.DEMO_APP_ID, FileQuery.firstPage()).count()).isGreaterThanOrEqualTo(0);
    assertThat(files().allSpaceFiles(1, FileQuery.firstPage()).count()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void copyReplaceAndDelete() {
    UploadedFile original = files().upload(Upload.of("v1.txt", "text/plain", "one".getBytes(StandardCharsets.UTF_8)));
    files().attach(original.fileId(), "item", ITEM);

    PodioFile copy = files().copy(original.fileId());
    assertThat(api.last().path()).isEqualTo("/file/" + original.fileId() + "/copy");
    assertThat(copy.fileId()).isNotEqualTo(original.fileId());
    assertThat(new String(files().downloadBytes(copy.fileId()), StandardCharsets.UTF_8)).isEqualTo("one");

    UploadedFile v2 = files().upload(Upload.of("v2.txt", "text/plain", "two".getBytes(StandardCharsets.UTF_8)));
    files().replace(v2.fileId(), original.fileId());
    assertThat(api.last().path()).isEqualTo("/file/" + v2.fileId() + "/replace");
    assertThat(api.last().json()).isEqualTo(Map.of("old_file_id", original.fileId()));
    PodioFile replaced = files().file(v2.fileId());
    assertThat(replaced.context()).isNotNull();
    assertThat(replaced.context().id()).isEqualTo(ITEM);
    assertThat(replaced.replaces()).extracting(PodioFile::fileId).containsExactly(original.fileId());
    assertThat(files().file(original.fileId()).context()).isNull();

    files().delete(original.fileId());
    assertThat(api.last().method()).isEqualTo("DELETE");
    assertThat(api.last().status()).isEqualTo(204);
    assertThatThrownBy(() -> files().file(original.fileId())).isInstanceOf(PodioApiException.NotFoundException.class);
    assertThat(new String(files().downloadBytes(copy.fileId()), StandardCharsets.UTF_8)).isEqualTo("one");
  }

  @Test
  void microAndFullViewsParse() {
    PodioFile micro = api.user().post("/file/" + files().upload(Upload.of("m.txt", "text/plain", new byte[1]))
        .fileId() + "/copy", null, PodioFile.class);
    assertThat(micro.fileId()).isPositive();
    PodioFile fromMicro = parse("{\"file_id\": 7}");
    assertThat(fromMicro.fileId()).isEqualTo(7);
    assertThat(fromMicro.replaces()).isEmpty();
    assertThat(fromMicro.size()).isNull();
  }

  private static PodioFile parse(String json) {
    return CannedApi.read(json, PodioFile.class);
  }
}
