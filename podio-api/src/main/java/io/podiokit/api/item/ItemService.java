package io.podiokit.api.item;

import io.podiokit.api.Paging;
import io.podiokit.api.WriteOptions;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;
import retrofit2.http.Streaming;

/**
 * Podio's items, their field values, revisions and diffs (reference areas Item, ItemField, ItemRevision, ItemDiff).
 *
 * <pre>{@code
 * ItemService items = api.items();
 * long id = items.create(appId, ItemValues.builder().text("title", "Call Ann").category("status", 1).build()).itemId();
 * items.stream(appId, ItemFilter.builder().category("status", 1).build())
 *     .forEach(item -> System.out.println(item.title()));
 * }</pre>
 */
public interface ItemService {

  // ---- reading one item

  /**
   * {@code GET /item/{item_id}}: one item with its values.
   *
   * @param itemId the item
   * @param options {@code fields} and the like
   * @return the item
   */
  @GET("item/{item_id}")
  Item item(@Path("item_id") long itemId, @QueryMap WriteOptions options);

  /**
   * {@code GET /item/{item_id}}: one item with its values.
   *
   * @param itemId the item
   * @return the item
   */
  default Item item(long itemId) {
    return item(itemId, WriteOptions.none());
  }

  /**
   * {@code GET /app/{app_id}/item/{app_item_id}}: an item by its number within its app.
   *
   * @param appId the app
   * @param appItemId the item's number in it
   * @return the item
   */
  @GET("app/{app_id}/item/{app_item_id}")
  Item itemByAppItemId(@Path("app_id") long appId, @Path("app_item_id") long appItemId);

  /**
   * {@code GET /item/app/{app_id}/external_id/{external_id}}: an item by its external id.
   *
   * @param appId the app
   * @param externalId the item's external id
   * @return the item
   */
  @GET("item/app/{app_id}/external_id/{external_id}")
  Item itemByExternalId(@Path("app_id") long appId, @Path("external_id") String externalId);

  /**
   * {@code GET /item/{item_id}/basic}: an item with its values, without comments, files and the like.
   *
   * @param itemId the item
   * @return the item
   */
  @GET("item/{item_id}/basic")
  Item basic(@Path("item_id") long itemId);

  // ---- filtering and paging

  /**
   * {@code POST /item/app/{app_id}/filter/}: one page of an app's items that match {@code filter}.
   *
   * @param appId the app
   * @param filter the conditions, order and page
   * @param options {@code fields} and the like
   * @return the page, with the app's total and the number that match
   */
  @POST("item/app/{app_id}/filter/")
  ItemPage filter(@Path("app_id") long appId, @Body ItemFilter filter, @QueryMap WriteOptions options);

  /**
   * {@code POST /item/app/{app_id}/filter/}: one page of an app's items that match {@code filter}.
   *
   * @param appId the app
   * @param filter the conditions, order and page
   * @return the page
   */
  default ItemPage filter(long appId, ItemFilter filter) {
    return filter(appId, filter, WriteOptions.none());
  }

  /**
   * {@code POST /item/app/{app_id}/filter/{view_id}/}: one page of the items a view shows; {@code filter}'s
   * conditions are added to the view's.
   *
   * @param appId the app
   * @param viewId the view
   * @param filter extra conditions, order and page
   * @param options {@code fields} and the like
   * @return the page
   */
  @POST("item/app/{app_id}/filter/{view_id}/")
  ItemPage filterByView(@Path("app_id") long appId, @Path("view_id") long viewId, @Body ItemFilter filter,
                        @QueryMap WriteOptions options);

  /**
   * {@code POST /item/app/{app_id}/filter/{view_id}/}: one page of the items a view shows.
   *
   * @param appId the app
   * @param viewId the view
   * @param filter extra conditions, order and page
   * @return the page
   */
  default ItemPage filterByView(long appId, long viewId, ItemFilter filter) {
    return filterByView(appId, viewId, filter, WriteOptions.none());
  }

  /**
   * Every item that matches {@code filter}, fetched page by page as the stream is read, waiting out rate limits;
   * the filter's own limit and offset are replaced by the paging's.
   *
   * @param appId the app
   * @param filter the conditions and order
   * @param paging the page size and rate-limit waits
   * @return the items, lazily
   */
  default Stream<Item> stream(long appId, ItemFilter filter, Paging paging) {
    Objects.requireNonNull(filter, "filter == null");
    return paging.streamPages((offset, limit) -> page(filter(appId, filter.page(offset, limit))));
  }

  /**
   * Every item that matches {@code filter}, 100 a page ({@link Paging#defaults()}).
   *
   * @param appId the app
   * @param filter the conditions and order
   * @return the items, lazily
   */
  default Stream<Item> stream(long appId, ItemFilter filter) {
    return stream(appId, filter, Paging.defaults());
  }

  /**
   * Every item a view shows, fetched page by page as the stream is read.
   *
   * @param appId the app
   * @param viewId the view
   * @param paging the page size and rate-limit waits
   * @return the items, lazily
   */
  default Stream<Item> streamByView(long appId, long viewId, Paging paging) {
    return paging.streamPages((offset, limit) ->
        page(filterByView(appId, viewId, ItemFilter.all().page(offset, limit))));
  }

  /**
   * Every item that matches {@code filter}, as an {@link Iterable} (each iterator starts from the first page).
   *
   * @param appId the app
   * @param filter the conditions and order
   * @param paging the page size and rate-limit waits
   * @return the items, lazily
   */
  default Iterable<Item> iterable(long appId, ItemFilter filter, Paging paging) {
    Objects.requireNonNull(filter, "filter == null");
    return paging.iterablePages((offset, limit) -> page(filter(appId, filter.page(offset, limit))));
  }

  private static Paging.Page<Item> page(ItemPage page) {
    return new Paging.Page<>(page.items(), page.filtered());
  }

  /**
   * {@code GET /item/app/{app_id}/count}: how many items an app, or one of its views, has.
   *
   * @param appId the app
   * @param viewId a view, or {@code null} for the whole app
   * @return the count
   */
  @GET("item/app/{app_id}/count")
  ItemCount count(@Path("app_id") long appId, @Query("view_id") @Nullable Long viewId);

  /**
   * {@code GET /item/app/{app_id}/count}: how many items an app has.
   *
   * @param appId the app
   * @return the count
   */
  default ItemCount count(long appId) {
    return count(appId, null);
  }

  /**
   * {@code POST /item/app/{app_id}/calculate}: an aggregation (count, sum, average, min, max) over matching items.
   *
   * @param appId the app
   * @param calculation what to compute over which items
   * @return the result
   */
  @POST("item/app/{app_id}/calculate")
  Calculation.Result calculate(@Path("app_id") long appId, @Body Calculation calculation);

  /**
   * {@code GET /item/field/{field_id}/find}: items a relationship field can point at, by title.
   *
   * @param fieldId the relationship field
   * @param text text the titles contain
   * @param limit at most this many, or {@code null} for Podio's default
   * @return the items (micro)
   */
  @GET("item/field/{field_id}/find")
  List<Item> find(@Path("field_id") long fieldId, @Query("text") String text, @Query("limit") @Nullable Integer limit);

  /**
   * {@code GET /item/field/{field_id}/top/}: the items a relationship field points at most often.
   *
   * @param fieldId the relationship field
   * @param limit at most this many, or {@code null} for Podio's default
   * @return the items (micro)
   */
  @GET("item/field/{field_id}/top/")
  List<Item> topValues(@Path("field_id") long fieldId, @Query("limit") @Nullable Integer limit);

  /**
   * {@code GET /item/app/{app_id}/values}: the values in use in an app's category, relationship and contact fields.
   *
   * @param appId the app
   * @return one entry per field, with the distinct values its items hold
   */
  @GET("item/app/{app_id}/values")
  List<ItemField> appValues(@Path("app_id") long appId);

  // ---- writing

  /**
   * {@code POST /item/app/{app_id}/}: creates an item.
   *
   * @param appId the app
   * @param values its values
   * @param options silent, hook, fields
   * @return the new item's id and title
   */
  @POST("item/app/{app_id}/")
  ItemCreated create(@Path("app_id") long appId, @Body ItemValues values, @QueryMap WriteOptions options);

  /**
   * {@code POST /item/app/{app_id}/}: creates an item.
   *
   * @param appId the app
   * @param values its values
   * @return the new item's id and title
   */
  default ItemCreated create(long appId, ItemValues values) {
    return create(appId, values, WriteOptions.none());
  }

  /**
   * {@code POST /item/{item_id}/clone}: a copy of an item in the same app.
   *
   * @param itemId the item to copy
   * @param options silent, hook, fields
   * @return the copy's id
   */
  @POST("item/{item_id}/clone")
  ItemCreated clone(@Path("item_id") long itemId, @QueryMap WriteOptions options);

  /**
   * {@code POST /item/{item_id}/clone}: a copy of an item in the same app.
   *
   * @param itemId the item to copy
   * @return the copy's id
   */
  default ItemCreated clone(long itemId) {
    return clone(itemId, WriteOptions.none());
  }

  /**
   * {@code PUT /item/{item_id}}: sets the given values on an item (other fields keep theirs).
   *
   * @param itemId the item
   * @param values the values to set
   * @param options silent, hook, fields
   * @return the new revision and title
   */
  @PUT("item/{item_id}")
  ItemUpdated update(@Path("item_id") long itemId, @Body ItemValues values, @QueryMap WriteOptions options);

  /**
   * {@code PUT /item/{item_id}}: sets the given values on an item.
   *
   * @param itemId the item
   * @param values the values to set
   * @return the new revision and title
   */
  default ItemUpdated update(long itemId, ItemValues values) {
    return update(itemId, values, WriteOptions.none());
  }

  /**
   * {@code PUT /item/{item_id}/value}: sets field values (the body is the values alone, without external id or
   * tags).
   *
   * @param itemId the item
   * @param fields the values by external id or field id, e.g. {@link ItemValues#fields()}
   * @param options silent, hook, fields
   * @return the new revision
   */
  @PUT("item/{item_id}/value")
  ItemUpdated updateValues(@Path("item_id") long itemId, @Body Map<String, Object> fields,
                           @QueryMap WriteOptions options);

  /**
   * {@code PUT /item/{item_id}/value}: sets the field values of {@code values}.
   *
   * @param itemId the item
   * @param values the values
   * @return the new revision
   */
  default ItemUpdated updateValues(long itemId, ItemValues values) {
    return updateValues(itemId, values.fields(), WriteOptions.none());
  }

  /**
   * {@code PUT /item/{item_id}/value/{field_id}}: sets one field's value.
   *
   * @param itemId the item
   * @param fieldId the field
   * @param value the value as Podio's write takes it, e.g. {@code ItemValues.builder().category("s", 2).build()
   *     .value("s")}
   * @param options silent, hook, fields
   * @return the new revision
   */
  @PUT("item/{item_id}/value/{field_id}")
  ItemUpdated updateField(@Path("item_id") long itemId, @Path("field_id") long fieldId, @Body Object value,
                          @QueryMap WriteOptions options);

  /**
   * {@code PUT /item/{item_id}/value/{field_id}}: sets one field's value.
   *
   * @param itemId the item
   * @param fieldId the field
   * @param value the value as Podio's write takes it
   * @return the new revision
   */
  default ItemUpdated updateField(long itemId, long fieldId, Object value) {
    return updateField(itemId, fieldId, value, WriteOptions.none());
  }

  /**
   * {@code DELETE /item/{item_id}}: deletes an item.
   *
   * @param itemId the item
   * @param options silent, hook
   * @return {@code null}
   */
  @DELETE("item/{item_id}")
  @Nullable Void delete(@Path("item_id") long itemId, @QueryMap WriteOptions options);

  /**
   * {@code DELETE /item/{item_id}}: deletes an item.
   *
   * @param itemId the item
   */
  default void delete(long itemId) {
    delete(itemId, WriteOptions.none());
  }

  /**
   * {@code POST /item/app/{app_id}/delete}: deletes many items, by id or by filter.
   *
   * @param appId the app
   * @param which the items
   * @param options silent, hook
   * @return how many were deleted
   */
  @POST("item/app/{app_id}/delete")
  BulkDelete.Result bulkDelete(@Path("app_id") long appId, @Body BulkDelete which, @QueryMap WriteOptions options);

  /**
   * {@code POST /item/app/{app_id}/delete}: deletes many items, by id or by filter.
   *
   * @param appId the app
   * @param which the items
   * @return how many were deleted
   */
  default BulkDelete.Result bulkDelete(long appId, BulkDelete which) {
    return bulkDelete(appId, which, WriteOptions.none());
  }

  /**
   * {@code PUT /item/{item_id}/ref}: links an item to an object.
   *
   * @param itemId the item
   * @param ref the object
   * @return {@code null}
   */
  @PUT("item/{item_id}/ref")
  @Nullable Void updateRef(@Path("item_id") long itemId, @Body ItemRef ref);

  /**
   * {@code DELETE /item/{item_id}/ref}: removes an item's link to an object.
   *
   * @param itemId the item
   * @return {@code null}
   */
  @DELETE("item/{item_id}/ref")
  @Nullable Void deleteRef(@Path("item_id") long itemId);

  /**
   * {@code PUT /item/{item_id}/participation}: the user's answer to a meeting item.
   *
   * @param itemId the item
   * @param participation the answer
   * @return {@code null}
   */
  @PUT("item/{item_id}/participation")
  @Nullable Void participation(@Path("item_id") long itemId, @Body Participation participation);

  // ---- values, references

  /**
   * {@code GET /item/{item_id}/value}: an item's fields with their values.
   *
   * @param itemId the item
   * @return the fields that have values
   */
  @GET("item/{item_id}/value")
  List<ItemField> values(@Path("item_id") long itemId);

  /**
   * {@code GET /item/{item_id}/value/{field_id}}: one field's values, as Podio sends them (type them with
   * {@link FieldValue#of(String, List)}).
   *
   * @param itemId the item
   * @param fieldId the field
   * @return the values
   */
  @GET("item/{item_id}/value/{field_id}")
  List<Map<String, Object>> fieldValues(@Path("item_id") long itemId, @Path("field_id") long fieldId);

  /**
   * {@code GET /item/{item_id}/reference/}: the items of other apps that point at this one, by app and field.
   *
   * @param itemId the item
   * @return the groups
   */
  @GET("item/{item_id}/reference/")
  List<ItemReferences> references(@Path("item_id") long itemId);

  /**
   * {@code GET /item/{item_id}/reference/field/{field_id}}: the items that point at this one through one field.
   *
   * @param itemId the item
   * @param fieldId the relationship field
   * @return the items (micro)
   */
  @GET("item/{item_id}/reference/field/{field_id}")
  List<Item> referencesByField(@Path("item_id") long itemId, @Path("field_id") long fieldId);

  /**
   * {@code GET /item/{item_id}/reference/{field_id}/preview}: the item as a relationship field shows it.
   *
   * @param itemId the item
   * @param fieldId the relationship field
   * @return the item with the values that field shows
   */
  @GET("item/{item_id}/reference/{field_id}/preview")
  Item referencePreview(@Path("item_id") long itemId, @Path("field_id") long fieldId);

  /**
   * {@code GET /item/{item_id}/meeting/url}: the online meeting of a meeting item.
   *
   * @param itemId the item
   * @return the URL
   */
  @GET("item/{item_id}/meeting/url")
  MeetingUrl meetingUrl(@Path("item_id") long itemId);

  // ---- revisions

  /**
   * {@code GET /item/{item_id}/revision/}: every revision of an item, oldest first.
   *
   * @param itemId the item
   * @return the revisions
   */
  @GET("item/{item_id}/revision/")
  List<ItemRevision> revisions(@Path("item_id") long itemId);

  /**
   * {@code GET /item/{item_id}/revision/{revision_id}}: one revision.
   *
   * @param itemId the item
   * @param revision the revision number
   * @return the revision
   */
  @GET("item/{item_id}/revision/{revision_id}")
  ItemRevision revision(@Path("item_id") long itemId, @Path("revision_id") long revision);

  /**
   * {@code GET /item/{item_id}/revision/{revision_from_id}/{revision_to_id}}: how the fields changed between two
   * revisions.
   *
   * @param itemId the item
   * @param from the earlier revision
   * @param to the later revision
   * @return one entry per changed field
   */
  @GET("item/{item_id}/revision/{revision_from_id}/{revision_to_id}")
  List<FieldDiff> diff(@Path("item_id") long itemId, @Path("revision_from_id") long from,
                       @Path("revision_to_id") long to);

  /**
   * {@code DELETE /item/{item_id}/revision/{revision_id}}: undoes the change one revision made.
   *
   * @param itemId the item
   * @param revision the revision to undo
   * @return the new revision
   */
  @DELETE("item/{item_id}/revision/{revision_id}")
  ItemUpdated revert(@Path("item_id") long itemId, @Path("revision_id") long revision);

  /**
   * {@code POST /item/{item_id}/revision/{revision}/revert_to}: sets every field back to what it was at a revision.
   *
   * @param itemId the item
   * @param revision the revision to go back to
   * @return the new revision
   */
  @POST("item/{item_id}/revision/{revision}/revert_to")
  ItemUpdated revertTo(@Path("item_id") long itemId, @Path("revision") long revision);

  // ---- exports

  /**
   * {@code POST /item/app/{app_id}/export/{exporter}}: starts an export that runs as a batch.
   *
   * @param appId the app
   * @param exporter {@code xlsx} or {@code xls}
   * @param export which items
   * @return the batch
   */
  @POST("item/app/{app_id}/export/{exporter}")
  Export.Started export(@Path("app_id") long appId, @Path("exporter") String exporter, @Body Export export);

  /**
   * {@code GET /item/app/{app_id}/xlsx/}: the app's items as a spreadsheet, read whole.
   *
   * @param appId the app
   * @param viewId a view whose items to export, or {@code null} for all
   * @return the xlsx file's bytes
   */
  @GET("item/app/{app_id}/xlsx/")
  byte[] xlsx(@Path("app_id") long appId, @Query("view_id") @Nullable Long viewId);

  /**
   * {@code GET /item/app/{app_id}/xlsx/}: the app's items as a spreadsheet, streamed; close the stream.
   *
   * @param appId the app
   * @param viewId a view whose items to export, or {@code null} for all
   * @return the xlsx file's content
   */
  @Streaming
  @GET("item/app/{app_id}/xlsx/")
  InputStream xlsxStream(@Path("app_id") long appId, @Query("view_id") @Nullable Long viewId);

  /**
   * {@code GET /calendar/item/{item_id}/field/{field_id}/ics/}: one date field of an item as an iCalendar file.
   *
   * @param itemId the item
   * @param fieldId the date field
   * @return the {@code text/calendar} bytes
   */
  @GET("calendar/item/{item_id}/field/{field_id}/ics/")
  byte[] fieldCalendar(@Path("item_id") long itemId, @Path("field_id") long fieldId);
}
