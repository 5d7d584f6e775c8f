package io.podiokit.api.tests.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.WriteOptions;
import io.podiokit.api.app.App;
import io.podiokit.api.app.AppDependencies;
import io.podiokit.api.app.AppService;
import io.podiokit.api.app.AppUpdate;
import io.podiokit.api.app.FieldConfig;
import io.podiokit.api.app.NewApp;
import io.podiokit.api.app.SharedAppsInstalled;
import io.podiokit.api.app.SpaceTarget;
import io.podiokit.api.item.ItemValues;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.emulator.PodioEmulator;
import io.podiokit.emulator.RecordedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Every app, app field and app market operation over HTTP. */
class AppsIT {

  static final ApiFixture api = ApiFixture.start();
  static final long APP = PodioEmulator.DEMO_APP_ID;
  static final long SPACE = 1;

  @AfterAll
  static void stop() {
    api.close();
  }

  static AppService apps() {
    return api.user().apps();
  }

  static long newApp(String name) {
    return apps().create(new NewApp(SPACE, App.Config.of(name, "Thing"), List.of(
        new FieldConfig.NewField("text", FieldConfig.of("Name"), "title"),
        new FieldConfig.NewField("category", FieldConfig.of("Kind", Map.of("options",
            List.of(Map.of("text", "Big"), Map.of("text", "Small")))), null)))).appId();
  }

  @Test
  void theDemoAppHasAFieldOfEveryTypeInFullAndOnlyItsNameInMicro() {
    App full = apps().app(APP);
    api.last("GET", "/app/" + APP);
    App micro = apps().app(APP, AppService.MICRO);
    assertThat(api.last("GET", "/app/" + APP).queryParams()).containsEntry("view", "micro");

    assertThat(full.spaceId()).isEqualTo(SPACE);
    assertThat(full.status()).isEqualTo("active");
    assertThat(full.fields()).extracting(App.Field::type).contains("text", "number", "progress", "duration",
        "calculation", "money", "location", "date", "category", "app", "contact", "image", "file", "embed", "phone",
        "email", "tag");
    App.Field status = full.field("status").orElseThrow();
    assertThat(status.config().label()).isEqualTo("Status");
    assertThat((List<?>) status.config().setting("options")).hasSize(3);
    assertThat(micro.config().name()).isEqualTo(full.config().name());
    assertThat(micro.fields()).isEmpty();
    assertThat(micro.spaceId()).isNull();
  }

  @Test
  void appsAreListedBySpaceLabelUsageAndText() {
    long id = newApp("Listed");
    api.user().items().create(id, ItemValues.builder().text("title", "used").build());

    List<App> all = apps().apps("list", 10);
    RecordedRequest v2 = api.last("GET", "/app/v2/");
    assertThat(v2.queryParams()).containsEntry("text", "list").containsEntry("limit", "10");
    assertThat(all).extracting(App::appId).containsExactly(id);

    assertThat(apps().topApps(1)).extracting(App::appId).containsExactly(id);
    assertThat(api.last("GET", "/app/top/").queryParams()).containsEntry("limit", "1");
    assertThat(apps().topAppsInOrg(1, 1)).extracting(App::appId).containsExactly(id);
    api.last("GET", "/app/org/1/top/");

    App byLabel = apps().appByUrlLabel(SPACE, "app-" + id);
    api.last("GET", "/app/space/1/app-" + id);
    assertThat(byLabel.appId()).isEqualTo(id);
    assertThat(apps().appsInSpace(SPACE, null)).extracting(App::appId).contains(APP, id);
    api.last("GET", "/app/space/1/");
    assertThatThrownBy(() -> apps().appByUrlLabel(SPACE, "nope")).isInstanceOf(PodioApiException.NotFoundException.class);
  }

  @Test
  void createUpdateOrderActivateDelete() {
    long id = apps().create(new NewApp(SPACE, App.Config.of("Projects", "Project"),
        List.of(new FieldConfig.NewField("text", FieldConfig.of("Title"), "title"))), WriteOptions.silent()).appId();
    RecordedRequest post = api.last("POST", "/app/");
    assertThat(post.queryParams()).containsEntry("silent", "1");
    assertThat(post.json()).isEqualTo(Map.of("space_id", 1L, "config", Map.of("name", "Projects",
        "item_name", "Project", "type", "standard"), "fields", List.of(Map.of("type", "text",
        "config", Map.of("label", "Title", "settings", Map.of()), "external_id", "title"))));

    apps().update(id, new AppUpdate(new App.Config("Projects 2", "Project", "All of them", null, null, null, null),
        List.of(new FieldConfig.NewField("number", FieldConfig.of("Budget"), "budget"))), WriteOptions.silent());
    assertThat(api.last("PUT", "/app/" + id).queryParams()).containsEntry("silent", "1");
    App updated = apps().app(id);
    assertThat(updated.config().name()).isEqualTo("Projects 2");
    assertThat(updated.config().description()).isEqualTo("All of them");
    assertThat(updated.field("budget")).isPresent();

    apps().order(SPACE, List.of(id, APP));
    assertThat(api.last("PUT", "/app/space/1/order").json()).isEqualTo(List.of(id, APP));
    assertThat(apps().appsInSpace(SPACE, true).get(0).appId()).isEqualTo(id);

    apps().deactivate(id);
    api.last("POST", "/app/" + id + "/deactivate");
    assertThat(apps().app(id).status()).isEqualTo("inactive");
    assertThat(apps().appsInSpace(SPACE, false)).extracting(App::appId).doesNotContain(id);
    apps().activate(id);
    api.last("POST", "/app/" + id + "/activate");
    assertThat(apps().app(id).status()).isEqualTo("active");
    apps().deactivate(id);
    apps().activateInSpace(id, SPACE);
    api.last("PUT", "/app/" + id + "/activate/1");
    assertThat(apps().app(id).status()).isEqualTo("active");

    apps().delete(id, WriteOptions.silent());
    assertThat(api.last("DELETE", "/app/" + id).queryParams()).containsEntry("silent", "1");
    assertThatThrownBy(() -> apps().app(id)).isInstanceOf(PodioApiException.NotFoundException.class);
    assertThatThrownBy(() -> apps().create(new NewApp(SPACE, new App.Config(null, null, null, null, null, null, null),
        List.of()))).isInstanceOf(PodioApiException.class).hasMessageContaining("config.name");
  }

  @Test
  void fieldsAreAddedReadChangedAndDeleted() {
    long id = newApp("Fields");
    long fieldId = apps().addField(id, new FieldConfig.NewField("money", FieldConfig.of("Price",
        Map.of("allowed_currencies", List.of("EUR"))), "price")).fieldId();
    RecordedRequest add = api.last("POST", "/app/" + id + "/field/");
    assertThat(add.json()).isEqualTo(Map.of("type", "money", "config", Map.of("label", "Price",
        "settings", Map.of("allowed_currencies", List.of("EUR"))), "external_id", "price"));

    App.Field field = apps().field(id, fieldId);
    api.last("GET", "/app/" + id + "/field/" + fieldId);
    assertThat(field.externalId()).isEqualTo("price");
    assertThat(field.config().setting("allowed_currencies")).isEqualTo(List.of("EUR"));

    apps().updateField(id, fieldId, new FieldConfig("Cost", "What it costs", true, null, Map.of()));
    assertThat(api.last("PUT", "/app/" + id + "/field/" + fieldId).json()).isEqualTo(Map.of("label", "Cost",
        "description", "What it costs", "required", true, "settings", Map.of()));
    App.Field changed = apps().field(id, fieldId);
    assertThat(changed.label()).isEqualTo("Cost");
    assertThat(changed.config().required()).isTrue();
    assertThatThrownBy(() -> api.user().items().create(id, ItemValues.builder().text("title", "x").build()))
        .isInstanceOf(PodioApiException.class).hasMessageContaining("required");

    apps().deleteField(id, fieldId, true);
    RecordedRequest delete = api.last("DELETE", "/app/" + id + "/field/" + fieldId);
    assertThat(delete.queryParams()).containsEntry("delete_values", "true");
    assertThatThrownBy(() -> apps().field(id, fieldId)).isInstanceOf(PodioApiException.NotFoundException.class);
    App.Field kind = apps().app(id).field("kind").orElseThrow();
    List<Object> optionIds = ((List<?>) kind.config().setting("options")).stream()
        .map(o -> (Object) ((Map<?, ?>) o).get("id")).toList();
    assertThat(optionIds).containsExactly(1.0, 2.0);
  }

  @Test
  void calculationsFeaturesDependenciesAndInstalls() {
    List<App.Field> calculations = apps().calculations(APP);
    api.last("GET", "/app/" + APP + "/calculation/");
    assertThat(calculations).extracting(App.Field::externalId).containsExactly("total");

    assertThat(apps().features()).contains("comments", "files");
    api.last("GET", "/app/features/");

    long copy = apps().install(APP, SpaceTarget.of(SPACE)).appId();
    assertThat(api.last("POST", "/app/" + APP + "/install").json()).isEqualTo(Map.of("space_id", 1L,
        "dependencies", List.of()));
    App installed = apps().app(copy);
    assertThat(installed.fields()).extracting(App.Field::externalId)
        .isEqualTo(apps().app(APP).fields().stream().map(App.Field::externalId).toList());
    assertThat(installed.field("customer").orElseThrow().config().setting("referenced_apps"))
        .as("a self-relation points at the copy").isEqualTo(List.of(Map.of("app_id", (double) copy)));

    AppDependencies deps = apps().dependencies(APP);
    api.last("GET", "/app/" + APP + "/dependencies/");
    assertThat(deps.apps()).extracting(App::appId).containsExactly(APP);
    assertThat(deps.dependencies()).containsEntry(Long.toString(APP), List.of(APP));
    AppDependencies space = apps().spaceDependencies(SPACE);
    api.last("GET", "/space/1/dependencies/");
    assertThat(space.apps()).extracting(App::appId).contains(APP, copy);

    SharedAppsInstalled shared = apps().installShare(77, SpaceTarget.of(SPACE));
    assertThat(api.last("POST", "/app_store/77/install").json()).isEqualTo(Map.of("space_id", 1L,
        "dependencies", List.of()));
    assertThat(shared.apps()).singleElement().satisfies(a -> assertThat(a.config().name())
        .isEqualTo("Shared app 77"));
    assertThatThrownBy(() -> apps().install(APP, SpaceTarget.of(999))).isInstanceOf(PodioApiException.class);
  }

  @Test
  void anAppAuthenticationSeesOnlyItsApp() {
    assertThat(api.app().apps().app(APP).appId()).isEqualTo(APP);
    long other = newApp("Other");
    assertThatThrownBy(() -> api.app().apps().app(other)).isInstanceOf(PodioApiException.class)
        .hasMessageContaining("only gives access to app " + APP);
  }
}
