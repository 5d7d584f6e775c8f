package io.podiokit.api.tests.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.app.App;
import io.podiokit.api.form.Form;
import io.podiokit.api.form.FormField;
import io.podiokit.api.form.FormSettings;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.emulator.PodioEmulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class FormServiceIT {

  static final ApiFixture api = ApiFixture.start();
  static final long APP = PodioEmulator.DEMO_APP_ID;

  @AfterAll
  static void stop() {
    api.close();
  }

  static long titleField() {
    App app = api.user().apps().app(APP);
    return app.fields().get(0).fieldId();
  }

  @Test
  void createsReadsListsUpdatesAndDeletesAForm() {
    long field = titleField();
    Form form = api.user().forms().create(APP, new FormSettings(Map.of("captcha", true), List.of("example.com"),
        List.of(new FormField(field, Map.of("required", true))), true));
    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/form/app/" + APP + "/");
    assertThat(api.last().json()).isEqualTo(Map.of("settings", Map.of("captcha", true), "domains",
        List.of("example.com"), "fields", List.of(Map.of("field_id", field, "settings", Map.of("required", true))),
        "attachments", true));
    assertThat(form.appId()).isEqualTo(APP);
    assertThat(form.spaceId()).isEqualTo(1L);
    assertThat(form.isActive()).isTrue();
    assertThat(form.fields()).containsExactly(new FormField(field, Map.of("required", true)));
    assertThat(form.attachments()).isTrue();

    Form read = api.user().forms().form(form.formId());
    assertThat(api.last().path()).isEqualTo("/form/" + form.formId());
    assertThat(read).isEqualTo(form);
    assertThat(api.user().forms().forms(APP)).contains(form);
    assertThat(api.last().path()).isEqualTo("/form/app/" + APP + "/");

    api.user().forms().update(form.formId(), FormSettings.of(List.of("example.org"), List.of(field)));
    assertThat(api.last().method()).isEqualTo("PUT");
    assertThat(api.last().path()).isEqualTo("/form/" + form.formId());
    assertThat(api.last().json()).isEqualTo(Map.of("settings", Map.of(), "domains", List.of("example.org"),
        "fields", List.of(Map.of("field_id", field, "settings", Map.of()))));
    Form updated = api.user().forms().form(form.formId());
    assertThat(updated.domains()).containsExactly("example.org");
    assertThat(updated.attachments()).isFalse();

    api.user().forms().delete(form.formId());
    assertThat(api.last().method()).isEqualTo("DELETE");
    assertThat(api.last().status()).isEqualTo(204);
    assertThatThrownBy(() -> api.user().forms().form(form.formId()))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void deactivatesAndActivatesAForm() {
    long formId = api.user().forms().create(APP, FormSettings.of(List.of(), List.of(titleField()))).formId();
    api.user().forms().deactivate(formId);
    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/form/" + formId + "/deactivate");
    assertThat(api.user().forms().form(formId).status()).isEqualTo("inactive");
    api.user().forms().activate(formId);
    assertThat(api.last().path()).isEqualTo("/form/" + formId + "/activate");
    assertThat(api.user().forms().form(formId).isActive()).isTrue();
  }

  @Test
  void readsMicroAndFullViews() {
    long formId = api.user().forms().create(APP, FormSettings.of(List.of("a.example"), List.of(titleField())))
        .formId();
    Form micro = api.user().get("/form/" + formId + "?view=micro", Form.class);
    assertThat(micro.formId()).isEqualTo(formId);
    assertThat(micro.appId()).isEqualTo(APP);
    assertThat(micro.fields()).isEmpty();
    assertThat(micro.domains()).isEmpty();
    assertThat(micro.settings()).isEmpty();
    assertThat(micro.attachments()).isNull();
    assertThat(api.user().forms().form(formId).domains()).containsExactly("a.example");
  }

  @Test
  void refusesBadInput() {
    assertThatThrownBy(() -> FormSettings.of(List.of(), List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one field");
    assertThatThrownBy(() -> api.user().forms().create(APP, FormSettings.of(List.of("https://x/"), List.of(1L))))
        .isInstanceOfSatisfying(PodioApiException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.getMessage()).contains("host name");
        });
    assertThatThrownBy(() -> api.user().forms().forms(999))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.status()).isEqualTo(404));
  }
}
