package io.podiokit.api.item;

import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/** Podio's items. */
public interface ItemService {

  /** {@code GET /item/{item_id}}: one item with its values. */
  @GET("item/{item_id}")
  Item item(@Path("item_id") long itemId);

  /** {@code POST /item/app/{app_id}/}: creates an item. */
  @POST("item/app/{app_id}/")
  ItemCreated create(@Path("app_id") long appId, @Body ItemValues values);

  /** {@code PUT /item/{item_id}}: sets the given values on an item. */
  @PUT("item/{item_id}")
  ItemRevision update(@Path("item_id") long itemId, @Body ItemValues values);

  /** {@code DELETE /item/{item_id}}: deletes an item; returns {@code null}. */
  @DELETE("item/{item_id}")
  Void delete(@Path("item_id") long itemId);

  /** {@code POST /item/app/{app_id}/filter/}: one page of an app's items that match {@code filter}. */
  @POST("item/app/{app_id}/filter/")
  ItemPage filter(@Path("app_id") long appId, @Body ItemFilter filter);
}
