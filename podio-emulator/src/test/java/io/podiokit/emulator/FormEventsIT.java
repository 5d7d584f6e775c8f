package io.podiokit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Forms publish form.create, form.update and form.delete with the form's and app's ids (EVENTS.md). */
class FormEventsIT extends DemoEvents {

  @Test
  void formsPublishTheirChanges() {
    long app = PodioEmulator.DEMO_APP_ID;
    String body = "{\"fields\": [{\"field_id\": " + (app * 10 + 1) + "}], \"domains\": [\"example.com\"]}";
    long formId = ((Number) Wire.ok(wire.api("POST", "/form/app/" + app + "/", token, body)).get("form_id"))
        .longValue();
    assertThat(wire.api("POST", "/form/" + formId + "/deactivate", token, null).statusCode()).isEqualTo(204);
    assertThat(wire.api("PUT", "/form/" + formId, token, body).statusCode()).isEqualTo(204);
    assertThat(wire.api("DELETE", "/form/" + formId, token, null).statusCode()).isEqualTo(204);

    assertThat(events).extracting(World.Event::type)
        .containsExactly("form.create", "form.update", "form.update", "form.delete");
    assertThat(events).allSatisfy(e -> {
      assertThat(e.refType()).isEqualTo("form");
      assertThat(e.refId()).isEqualTo(formId);
      assertThat(e.by()).isEqualTo(EmulatorState.Ref.user(podio.userId(PodioEmulator.DEMO_USER_EMAIL)));
      assertThat(e.data()).isEqualTo(Map.of("form_id", formId, "app_id", app));
    });
  }

  @Test
  void theImporterReadsQuotedCsv() {
    assertThat(ImporterRoutes.csv("a,\"b, c\",\"say \"\"hi\"\"\"\r\n1,\"two\nlines\",3\n"))
        .containsExactly(List.of("a", "b, c", "say \"hi\""), List.of("1", "two\nlines", "3"));
    assertThat(ImporterRoutes.csv("x")).containsExactly(List.of("x"));
    assertThat(ImporterRoutes.csv("")).isEmpty();
  }
}
