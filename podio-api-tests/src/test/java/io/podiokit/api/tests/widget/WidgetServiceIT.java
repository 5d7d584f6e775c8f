package io.podiokit.api.tests.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.RefType;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.api.widget.Widget;
import io.podiokit.api.widget.WidgetSettings;
import io.podiokit.emulator.PodioEmulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class WidgetServiceIT {

  static final ApiFixture api = ApiFixture.start();

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void addsReadsUpdatesAndRemovesAWidget() {
    Widget w = api.user().widgets().create(RefType.SPACE, 1, WidgetSettings.of("text", "Welcome",
        Map.of("text", "Hello team")));
    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/widget/space/1/");
    assertThat(api.last().json()).isEqualTo(Map.of("type", "text", "title", "Welcome",
        "config", Map.of("text", "Hello team")));
    assertThat(w.type()).isEqualTo("text");
    assertThat(w.ref()).isNotNull();
    assertThat(w.ref().type()).isEqualTo("space");
    assertThat(w.rights()).contains("update", "delete");
    assertThat(w.data()).isNull();

    Widget read = api.user().widgets().widget(w.widgetId());
    assertThat(api.last().path()).isEqualTo("/widget/" + w.widgetId());
    assertThat(read).isEqualTo(w);

    api.user().widgets().update(w.widgetId(), WidgetSettings.of("text", "Welcome!", Map.of("text", "Hi")));
    assertThat(api.last().method()).isEqualTo("PUT");
    assertThat(api.last().path()).isEqualTo("/widget/" + w.widgetId());
    assertThat(api.user().widgets().widget(w.widgetId()).title()).isEqualTo("Welcome!");

    api.user().widgets().delete(w.widgetId());
    assertThat(api.last().method()).isEqualTo("DELETE");
    assertThat(api.last().status()).isEqualTo(204);
    assertThatThrownBy(() -> api.user().widgets().widget(w.widgetId()))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void keepsADashboardsOrder() {
    long user = api.userId();
    long a = api.user().widgets().create(RefType.USER, user, WidgetSettings.of("text", "A", Map.of("text", "a")))
        .widgetId();
    long b = api.user().widgets().create(RefType.USER, user, WidgetSettings.of("app_view", "Leads",
        Map.of("app_id", PodioEmulator.DEMO_APP_ID))).widgetId();
    List<Widget> before = api.user().widgets().widgets(RefType.USER, user);
    assertThat(api.last().path()).isEqualTo("/widget/user/" + user + "/");
    assertThat(before).extracting(Widget::widgetId).containsExactly(a, b);
    assertThat(before.get(0).data()).containsEntry("text", "a");
    assertThat(before.get(1).data()).containsKey("app");

    api.user().widgets().reorder(RefType.USER, user, List.of(b, a));
    assertThat(api.last().method()).isEqualTo("PUT");
    assertThat(api.last().path()).isEqualTo("/widget/user/" + user + "/order");
    assertThat(api.last().json()).isEqualTo(List.of(b, a));
    assertThat(api.user().widgets().widgets(RefType.USER, user)).extracting(Widget::widgetId).containsExactly(b, a);

    assertThatThrownBy(() -> api.user().widgets().reorder(RefType.USER, user, List.of(b)))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.getMessage()).contains("every widget"));
  }

  @Test
  void readsMicroAndFullViews() {
    long id = api.user().widgets().create(RefType.ORG, 1, WidgetSettings.of("link", "Links",
        Map.of("links", List.of("https://example.com")))).widgetId();
    Widget micro = api.user().get("/widget/" + id + "?view=micro", Widget.class);
    assertThat(micro.widgetId()).isEqualTo(id);
    assertThat(micro.title()).isEqualTo("Links");
    assertThat(micro.config()).isEmpty();
    assertThat(micro.rights()).isEmpty();
    assertThat(micro.ref()).isNull();
    assertThat(api.user().widgets().widget(id).config()).containsKey("links");
  }

  @Test
  void refusesBadInput() {
    assertThatThrownBy(() -> api.user().widgets().create(RefType.SPACE, 1, WidgetSettings.of("clock", "x", Map.of())))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.getMessage()).contains("clock"));
    assertThatThrownBy(() -> api.user().widgets().create(RefType.ITEM, 100_001,
        WidgetSettings.of("text", "x", Map.of())))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    assertThatThrownBy(() -> api.user().widgets().widgets(RefType.SPACE, 999))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    long id = api.user().widgets().create(RefType.SPACE, 1, WidgetSettings.of("text", "t", Map.of())).widgetId();
    assertThatThrownBy(() -> api.user().widgets().update(id, WidgetSettings.of("image", "t", Map.of())))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.getMessage()).contains("type"));
  }
}
