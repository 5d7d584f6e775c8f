package io.podiokit.api.tests.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.WriteOptions;
import io.podiokit.api.app.App;
import io.podiokit.api.item.BulkDelete;
import io.podiokit.api.item.Calculation;
import io.podiokit.api.item.Export;
import io.podiokit.api.item.FieldDiff;
import io.podiokit.api.item.FieldValue;
import io.podiokit.api.item.Item;
import io.podiokit.api.item.ItemCreated;
import io.podiokit.api.item.ItemField;
import io.podiokit.api.item.ItemFilter;
import io.podiokit.api.item.ItemRef;
import io.podiokit.api.item.ItemReferences;
import io.podiokit.api.item.ItemRevision;
import io.podiokit.api.item.ItemService;
import io.podiokit.api.item.ItemUpdated;
import io.podiokit.api.item.ItemValues;
import io.podiokit.api.item.Participation;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.emulator.PodioEmulator;
import io.podiokit.emulator.RecordedRequest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Every item operation over HTTP: what the emulator received and what the client parsed. */
class ItemsIT {

  static final ApiFixture api = ApiFixture.start();
  static final long APP = PodioEmulator.DEMO_APP_ID;

  @AfterAll
  static void stop() {
    api.close();
  }

  static ItemService items() {
    return api.user().items();
  }

  static long create(String title) {
    return items().create(APP, ItemValues.builder().text("title", title).build()).itemId();
  }

  @Test
  void createReadUpdateDeleteWithWriteOptions() {
    WriteOptions quiet = WriteOptions.builder().silent(true).hook(false).build();
    ItemCreated created = items().create(APP, ItemValues.builder().text("title", "Buy milk").externalId("milk-1")
        .tags("home").build(), quiet);
    RecordedRequest post = api.last("POST", "/item/app/" + APP + "/");
    assertThat(post.queryParams()).containsEntry("silent", "1").containsEntry("hook", "false");
    assertThat(post.json()).isEqualTo(Map.of("fields", Map.of("title", "Buy milk"), "external_id", "milk-1",
        "tags", List.of("home")));
    assertThat(created.title()).isEqualTo("Buy milk");
    assertThat(created.revision()).isZero();
    assertThat(created.link()).contains("/app/" + APP + "/items/" + created.appItemId());

    Item read = items().item(created.itemId(), WriteOptions.builder().fields("items.view(full)").build());
    assertThat(api.last("GET", "/item/" + created.itemId()).queryParams()).containsEntry("fields", "items.view(full)");
    assertThat(read.externalId()).isEqualTo("milk-1");
    assertThat(read.tags()).containsExactly("home");
    assertThat(read.app().appId()).isEqualTo(APP);
    assertThat(read.createdBy().id()).isEqualTo(api.userId());
    assertThat(read.createdOnUtc()).hasValueSatisfying(t -> assertThat(t).isBeforeOrEqualTo(api.podio.now()));
    assertThat(read.lastEventOnUtc()).isPresent();

    ItemUpdated updated = items().update(created.itemId(), ItemValues.builder().text("title", "Buy oat milk")
        .progress("progress", 50).build(), quiet);
    assertThat(api.last("PUT", "/item/" + created.itemId()).queryParams()).containsEntry("silent", "1");
    assertThat(updated).isEqualTo(new ItemUpdated(1, "Buy oat milk"));

    items().delete(created.itemId(), quiet);
    assertThat(api.last("DELETE", "/item/" + created.itemId()).queryParams()).containsEntry("hook", "false");
    assertThat(api.last().status()).isEqualTo(204);
    assertThatThrownBy(() -> items().item(created.itemId())).isInstanceOf(PodioApiException.NotFoundException.class);
  }

  @Test
  void itemsAreFoundByAppItemIdExternalIdAndBasicView() {
    ItemCreated created = items().create(APP, ItemValues.builder().text("title", "Lookup").externalId("ext-7")
        .build());

    Item byNumber = items().itemByAppItemId(APP, created.appItemId());
    api.last("GET", "/app/" + APP + "/item/" + created.appItemId());
    Item byExternal = items().itemByExternalId(APP, "ext-7");
    api.last("GET", "/item/app/" + APP + "/external_id/ext-7");
    Item basic = items().basic(created.itemId());
    api.last("GET", "/item/" + created.itemId() + "/basic");

    assertThat(List.of(byNumber, byExternal, basic)).extracting(Item::itemId).containsOnly(created.itemId());
    assertThat(basic.title()).isEqualTo("Lookup");
    assertThatThrownBy(() -> items().itemByExternalId(APP, "missing"))
        .isInstanceOf(PodioApiException.NotFoundException.class);
  }

  @Test
  void revisionsDiffsAndReverts() {
    long id = create("v0");
    items().update(id, ItemValues.builder().text("title", "v1").number("count", 1).build());
    items().updateValues(id, ItemValues.builder().text("title", "v2").build());
    RecordedRequest values = api.last("PUT", "/item/" + id + "/value");
    assertThat(values.json()).isEqualTo(Map.of("title", "v2"));
    long countField = api.user().apps().app(APP).field("count").orElseThrow().fieldId();
    ItemUpdated field = items().updateField(id, countField, 5, WriteOptions.silent());
    RecordedRequest one = api.last("PUT", "/item/" + id + "/value/" + countField);
    assertThat(one.json()).isEqualTo(5L);
    assertThat(one.queryParams()).containsEntry("silent", "1");
    assertThat(field.revision()).isEqualTo(3);

    List<ItemRevision> revisions = items().revisions(id);
    api.last("GET", "/item/" + id + "/revision/");
    assertThat(revisions).extracting(ItemRevision::revision).containsExactly(0L, 1L, 2L, 3L);
    assertThat(revisions.get(0).type()).isEqualTo("creation");
    assertThat(revisions).extracting(ItemRevision::itemRevisionId).doesNotContainNull().doesNotHaveDuplicates();

    ItemRevision second = items().revision(id, 2);
    api.last("GET", "/item/" + id + "/revision/2");
    assertThat(second.createdBy().id()).isEqualTo(api.userId());
    assertThat(second.createdOnUtc()).isPresent();

    List<FieldDiff> diff = items().diff(id, 0, 1);
    api.last("GET", "/item/" + id + "/revision/0/1");
    assertThat(diff).extracting(FieldDiff::externalId).containsExactly("title", "count");
    assertThat(diff.get(0).fromValues()).containsExactly(new FieldValue.Text("v0"));
    assertThat(diff.get(0).toValues()).containsExactly(new FieldValue.Text("v1"));
    assertThat(diff.get(1).from()).isEmpty();

    ItemUpdated undone = items().revert(id, 2);
    api.last("DELETE", "/item/" + id + "/revision/2");
    assertThat(undone.revision()).isEqualTo(4);
    assertThat(items().item(id).title()).as("revision 2 set v2; undone").isEqualTo("v1");

    ItemUpdated back = items().revertTo(id, 0);
    api.last("POST", "/item/" + id + "/revision/0/revert_to");
    assertThat(back.revision()).isEqualTo(5);
    Item reverted = items().item(id);
    assertThat(reverted.title()).isEqualTo("v0");
    assertThat(reverted.field("count")).isEmpty();
    assertThatThrownBy(() -> items().revision(id, 99)).isInstanceOf(PodioApiException.NotFoundException.class);
  }

  @Test
  void cloneBulkDeleteCountCalculate() {
    long a = items().create(APP, ItemValues.builder().text("title", "calc a").number("count", 2)
        .category("status", 3).build()).itemId();
    long b = items().create(APP, ItemValues.builder().text("title", "calc b").number("count", 4)
        .category("status", 3).build()).itemId();

    ItemCreated copy = items().clone(a, WriteOptions.silent());
    RecordedRequest clone = api.last("POST", "/item/" + a + "/clone");
    assertThat(clone.queryParams()).containsEntry("silent", "1");
    assertThat(copy.itemId()).isNotEqualTo(a);
    assertThat(items().item(copy.itemId()).value("count", FieldValue.Number.class).orElseThrow().value())
        .isEqualByComparingTo("2");

    ItemFilter blocked = ItemFilter.builder().category("status", 3).build();
    long countField = api.user().apps().app(APP).field("count").orElseThrow().fieldId();
    Calculation.Result sum = items().calculate(APP, Calculation.of("sum", countField, blocked));
    RecordedRequest calc = api.last("POST", "/item/app/" + APP + "/calculate");
    assertThat(calc.json()).isEqualTo(Map.of("aggregation", "sum", "field_id", countField,
        "filters", Map.of("status", List.of(3L))));
    assertThat(sum.result()).isEqualTo(8.0);
    assertThat(sum.count()).isEqualTo(3);
    assertThat(items().calculate(APP, Calculation.count(blocked)).result()).isEqualTo(3.0);

    long before = items().count(APP).count();
    api.last("GET", "/item/app/" + APP + "/count");
    assertThat(before).isEqualTo(items().filter(APP, ItemFilter.first(1)).total());

    BulkDelete.Result byId = items().bulkDelete(APP, BulkDelete.items(copy.itemId()), WriteOptions.silent());
    RecordedRequest bulk = api.last("POST", "/item/app/" + APP + "/delete");
    assertThat(bulk.json()).isEqualTo(Map.of("item_ids", List.of(copy.itemId())));
    assertThat(bulk.queryParams()).containsEntry("silent", "1");
    assertThat(byId).isEqualTo(new BulkDelete.Result(1, 0));
    BulkDelete.Result byFilter = items().bulkDelete(APP, BulkDelete.matching(blocked));
    assertThat(api.last().json()).isEqualTo(Map.of("filters", Map.of("status", List.of(3L))));
    assertThat(byFilter.deleted()).isEqualTo(2);
    assertThat(items().count(APP, null).count()).isEqualTo(before - 3);
    assertThat(List.of(a, b)).allSatisfy(id -> assertThatThrownBy(() -> items().item(id))
        .isInstanceOf(PodioApiException.NotFoundException.class));
  }

  @Test
  void valuesReferencesAndRelationshipLookups() {
    App app = api.user().apps().app(APP);
    long customerField = app.field("customer").orElseThrow().fieldId();
    long acme = create("Acme Corp");
    long other = create("Other Corp");
    long order = items().create(APP, ItemValues.builder().text("title", "Order 1").relation("customer", acme)
        .category("status", 1).build()).itemId();
    items().create(APP, ItemValues.builder().text("title", "Order 2").relation("customer", acme, other).build());

    List<ItemField> values = items().values(order);
    api.last("GET", "/item/" + order + "/value");
    assertThat(values).extracting(ItemField::externalId).containsExactly("title", "status", "customer");

    List<Map<String, Object>> raw = items().fieldValues(order, customerField);
    api.last("GET", "/item/" + order + "/value/" + customerField);
    assertThat(FieldValue.of("app", raw)).singleElement()
        .satisfies(v -> assertThat(((FieldValue.AppRelation) v).itemId()).isEqualTo(acme));

    List<ItemReferences> refs = items().references(acme);
    api.last("GET", "/item/" + acme + "/reference/");
    assertThat(refs).singleElement().satisfies(g -> {
      assertThat(g.app().appId()).isEqualTo(APP);
      assertThat(g.field().fieldId()).isEqualTo(customerField);
      assertThat(g.items()).extracting(Item::title).containsExactly("Order 1", "Order 2");
    });

    List<Item> pointing = items().referencesByField(other, customerField);
    api.last("GET", "/item/" + other + "/reference/field/" + customerField);
    assertThat(pointing).extracting(Item::title).containsExactly("Order 2");
    assertThat(pointing.get(0).fields()).as("a micro item").isEmpty();

    Item preview = items().referencePreview(acme, customerField);
    api.last("GET", "/item/" + acme + "/reference/" + customerField + "/preview");
    assertThat(preview.title()).isEqualTo("Acme Corp");

    List<Item> found = items().find(customerField, "corp", 5);
    RecordedRequest find = api.last("GET", "/item/field/" + customerField + "/find");
    assertThat(find.queryParams()).containsEntry("text", "corp").containsEntry("limit", "5");
    assertThat(found).extracting(Item::itemId).containsExactly(acme, other);

    List<Item> top = items().topValues(customerField, 1);
    assertThat(api.last("GET", "/item/field/" + customerField + "/top/").queryParams()).containsEntry("limit", "1");
    assertThat(top).extracting(Item::itemId).containsExactly(acme);

    List<ItemField> appValues = items().appValues(APP);
    api.last("GET", "/item/app/" + APP + "/values");
    assertThat(appValues).extracting(ItemField::externalId).contains("status", "customer", "owner");
    assertThat(appValues.stream().filter(f -> "customer".equals(f.externalId())).findFirst().orElseThrow()
        .all(FieldValue.AppRelation.class)).extracting(FieldValue.AppRelation::itemId).containsExactly(acme, other);
    assertThatThrownBy(() -> items().find(app.field("count").orElseThrow().fieldId(), "x", null))
        .isInstanceOf(PodioApiException.class).hasMessageContaining("not a relationship field");
  }

  @Test
  void refsParticipationAndMeetingUrl() {
    long id = create("Linked");
    long target = create("Target");

    items().updateRef(id, new ItemRef("item", target));
    RecordedRequest put = api.last("PUT", "/item/" + id + "/ref");
    assertThat(put.json()).isEqualTo(Map.of("ref_type", "item", "ref_id", target));
    assertThat(items().item(id).ref()).isEqualTo(new ItemRef("item", target));
    items().deleteRef(id);
    api.last("DELETE", "/item/" + id + "/ref");
    assertThat(items().item(id).ref()).isNull();
    assertThatThrownBy(() -> items().updateRef(id, new ItemRef("item", 999_999)))
        .isInstanceOf(PodioApiException.NotFoundException.class);

    items().participation(id, new Participation("accepted"));
    assertThat(api.last("PUT", "/item/" + id + "/participation").json()).isEqualTo(Map.of("status", "accepted"));
    assertThatThrownBy(() -> new Participation("maybe")).hasMessageContaining("accepted");

    assertThat(items().meetingUrl(id).url()).as("not a meeting app").isNull();
    api.last("GET", "/item/" + id + "/meeting/url");
  }

  @Test
  void exportsXlsxAndIcalAreNotJson() throws Exception {
    long id = items().create(APP, ItemValues.builder().text("title", "Export me")
        .date("due", LocalDate.of(2026, 5, 4)).build()).itemId();

    Export.Started batch = items().export(APP, "xlsx", Export.of(ItemFilter.builder().text("title", "Export")
        .build()));
    RecordedRequest export = api.last("POST", "/item/app/" + APP + "/export/xlsx");
    assertThat(export.json()).isEqualTo(Map.of("filters", Map.of("title", "Export")));
    assertThat(batch.batchId()).isPositive();
    assertThatThrownBy(() -> items().export(APP, "pdf", Export.of(ItemFilter.all())))
        .isInstanceOf(PodioApiException.class).hasMessageContaining("exporter");

    byte[] xlsx = items().xlsx(APP, null);
    api.last("GET", "/item/app/" + APP + "/xlsx/");
    assertThat(sheetText(new ByteArrayInputStream(xlsx))).contains("Export me", "Title", "Due");
    try (InputStream stream = items().xlsxStream(APP, null)) {
      assertThat(sheetText(stream)).contains("Export me");
    }

    long due = api.user().apps().app(APP).field("due").orElseThrow().fieldId();
    String ics = new String(items().fieldCalendar(id, due), StandardCharsets.UTF_8);
    api.last("GET", "/calendar/item/" + id + "/field/" + due + "/ics/");
    assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("DTSTART;VALUE=DATE:20260504", "SUMMARY:Export me");
  }

  private static String sheetText(InputStream in) throws Exception {
    List<String> names = new ArrayList<>();
    String sheet = "";
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          sheet = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    assertThat(names).contains("[Content_Types].xml", "xl/workbook.xml");
    return sheet;
  }

  @Test
  void appAuthenticationsReachOnlyTheirApp() {
    long id = api.app().items().create(APP, ItemValues.builder().text("title", "By the app").build()).itemId();

    assertThat(api.app().items().item(id).createdBy().type()).isEqualTo("app");
    assertThatThrownBy(() -> api.app().items().create(1002, ItemValues.builder().text("title", "x").build()))
        .isInstanceOf(PodioApiException.class);
  }
}
