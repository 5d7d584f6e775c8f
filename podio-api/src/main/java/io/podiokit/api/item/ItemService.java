package io.podiokit.api.item;

import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/** Podio's items. */
public interface ItemService {

  /**
   * {@return {@code GET /item/{item_id}}: one item with its values}
   *
   * @param itemId the item's id
   */
  @GET("item/{item_id}")
  Item item(@Path("item_id") long itemId);

  /**
   * {@return {@code POST /item/app/{app_id}/}: creates an item}
   *
   * @param appId the Podio app's id
   * @param values the values of the new item
   */
  @POST("item/app/{app_id}/")
  ItemCreated create(@Path("app_id") long appId, @Body ItemValues values);

  /**
   * {@return {@code PUT /item/{item_id}}: sets the given values on an item}
   *
   * @param itemId the item's id
   * @param values the values to set
   */
  @PUT("item/{item_id}")
  ItemRevision update(@Path("item_id") long itemId, @Body ItemValues values);

  /**
   * {@code DELETE /item/{item_id}}: deletes an item; returns {@code null}.
   *
   * @param itemId the item's id
   */
  @DELETE("item/{item_id}")
  Void delete(@Path("item_id") long itemId);

  /**
   * {@return {@code POST /item/app/{app_id}/filter/}: one page of an app's items that match {@code filter}}
   *
   * @param appId the Podio app's id
   * @param filter which items, in which order
   */
  @POST("item/app/{app_id}/filter/")
  ItemPage filter(@Path("app_id") long appId, @Body ItemFilter filter);
}
