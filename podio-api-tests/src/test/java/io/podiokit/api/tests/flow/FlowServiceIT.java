package io.podiokit.api.tests.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.RefType;
import io.podiokit.api.flow.Flow;
import io.podiokit.api.flow.FlowAttribute;
import io.podiokit.api.flow.FlowCause;
import io.podiokit.api.flow.FlowCreated;
import io.podiokit.api.flow.FlowEffect;
import io.podiokit.api.flow.FlowSettings;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.emulator.PodioEmulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class FlowServiceIT {

  static final ApiFixture api = ApiFixture.start();
  static final long APP = PodioEmulator.DEMO_APP_ID;

  @AfterAll
  static void stop() {
    api.close();
  }

  static FlowSettings followUp() {
    return FlowSettings.of("Follow up", "item.create",
        List.of(FlowEffect.of("task.create", Map.of("text", "Call {{item.title}}"))));
  }

  @Test
  void addsReadsListsUpdatesAndDeletesAFlow() {
    FlowCreated created = api.user().flows().create(RefType.APP, APP, followUp());
    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/flow/app/" + APP + "/");
    assertThat(api.last().json()).isEqualTo(Map.of("name", "Follow up", "type", "item.create", "config", Map.of(),
        "effects", List.of(Map.of("type", "task.create", "values", Map.of("text", "Call {{item.title}}")))));

    Flow flow = api.user().flows().flow(created.flowId());
    assertThat(api.last().path()).isEqualTo("/flow/" + created.flowId());
    assertThat(flow.name()).isEqualTo("Follow up");
    assertThat(flow.type()).isEqualTo("item.create");
    assertThat(flow.refType()).isEqualTo("app");
    assertThat(flow.refId()).isEqualTo(APP);
    assertThat(flow.effects()).containsExactly(FlowEffect.of("task.create", Map.of("text", "Call {{item.title}}")));
    assertThat(api.user().flows().flows(RefType.APP, APP)).extracting(Flow::flowId).contains(created.flowId());
    assertThat(api.last().path()).isEqualTo("/flow/app/" + APP + "/");

    api.user().flows().update(created.flowId(), new FlowSettings("Follow up soon", "item.create",
        Map.of("conditions", List.of()), List.of(FlowEffect.of("comment.create", Map.of("value", "New!")))));
    assertThat(api.last().method()).isEqualTo("PUT");
    assertThat(api.last().path()).isEqualTo("/flow/" + created.flowId());
    Flow updated = api.user().flows().flow(created.flowId());
    assertThat(updated.name()).isEqualTo("Follow up soon");
    assertThat(updated.config()).containsKey("conditions");
    assertThat(updated.effects()).extracting(FlowEffect::type).containsExactly("comment.create");

    api.user().flows().delete(created.flowId());
    assertThat(api.last().method()).isEqualTo("DELETE");
    assertThat(api.last().status()).isEqualTo(204);
    assertThatThrownBy(() -> api.user().flows().flow(created.flowId()))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void answersTheAttributesOfCausesEffectsAndAFlowsContext() {
    List<FlowAttribute> conditions = api.user().flows().possibleAttributes(RefType.APP, APP,
        FlowCause.of("comment.create"));
    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/flow/app/" + APP + "/attributes/");
    assertThat(api.last().json()).isEqualTo(Map.of("type", "comment.create", "config", Map.of()));
    assertThat(conditions).extracting(FlowAttribute::key).contains("item.title", "comment.value");

    List<FlowAttribute> effect = api.user().flows().effectAttributes(RefType.APP, APP,
        FlowEffect.of("task.create", Map.of()));
    assertThat(api.last().path()).isEqualTo("/flow/app/" + APP + "/effect/attributes");
    assertThat(api.last().json()).isEqualTo(Map.of("type", "task.create", "values", Map.of()));
    assertThat(effect).filteredOn(a -> Boolean.TRUE.equals(a.required())).extracting(FlowAttribute::key)
        .containsExactly("text");

    long flowId = api.user().flows().create(RefType.APP, APP, followUp()).flowId();
    List<FlowAttribute> context = api.user().flows().context(flowId);
    assertThat(api.last().method()).isEqualTo("GET");
    assertThat(api.last().path()).isEqualTo("/flow/" + flowId + "/context/");
    assertThat(context).extracting(FlowAttribute::substitution).contains("{{item.title}}", "{{item.link}}");
  }

  @Test
  void readsMicroAndFullViews() {
    long flowId = api.user().flows().create(RefType.APP, APP, followUp()).flowId();
    Flow micro = api.user().get("/flow/" + flowId + "?view=micro", Flow.class);
    assertThat(micro.flowId()).isEqualTo(flowId);
    assertThat(micro.name()).isEqualTo("Follow up");
    assertThat(micro.effects()).isEmpty();
    assertThat(micro.config()).isEmpty();
    assertThat(micro.type()).isNull();
    assertThat(api.user().flows().flow(flowId).effects()).hasSize(1);
  }

  @Test
  void refusesBadInput() {
    assertThatThrownBy(() -> FlowSettings.of("x", "item.create", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> api.user().flows().create(RefType.APP, APP, FlowSettings.of("x", "item.explode",
        List.of(FlowEffect.of("task.create", Map.of("text", "t"))))))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.getMessage()).contains("item.explode"));
    assertThatThrownBy(() -> api.user().flows().create(RefType.APP, APP, FlowSettings.of("x", "item.create",
        List.of(FlowEffect.of("task.create", Map.of())))))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.getMessage()).contains("text"));
    assertThatThrownBy(() -> api.user().flows().flows(RefType.ITEM, 100_001))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.status()).isEqualTo(400));
  }
}
