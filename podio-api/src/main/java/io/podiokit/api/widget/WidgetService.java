package io.podiokit.api.widget;

import io.podiokit.api.RefType;
import java.util.List;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/**
 * Widgets: the boxes on a workspace's, organization's or user's dashboard (text, links, an app's items, tags, ...),
 * in an order of their own.
 *
 * <pre>{@code
 * Widget w = api.widgets().create(RefType.SPACE, spaceId, WidgetSettings.of("text", "Welcome", Map.of("text", "Hi")));
 * api.widgets().reorder(RefType.SPACE, spaceId, List.of(w.widgetId(), otherId));
 * }</pre>
 */
public interface WidgetService {

  /**
   * {@code GET /widget/{widget_id}}: one widget.
   *
   * @param widgetId the widget
   * @return the widget
   */
  @GET("widget/{widget_id}")
  Widget widget(@Path("widget_id") long widgetId);

  /**
   * {@code GET /widget/{ref_type}/{ref_id}/}: the widgets on a dashboard, in order, with their data.
   *
   * @param refType {@link RefType#SPACE}, {@link RefType#ORG} or {@link RefType#USER}
   * @param refId its id
   * @return the widgets
   */
  @GET("widget/{ref_type}/{ref_id}/")
  List<Widget> widgets(@Path("ref_type") RefType refType, @Path("ref_id") long refId);

  /**
   * {@code POST /widget/{ref_type}/{ref_id}/}: adds a widget at the end of a dashboard.
   *
   * @param refType {@link RefType#SPACE}, {@link RefType#ORG} or {@link RefType#USER}
   * @param refId its id
   * @param widget its type, title and config
   * @return the new widget
   */
  @POST("widget/{ref_type}/{ref_id}/")
  Widget create(@Path("ref_type") RefType refType, @Path("ref_id") long refId, @Body WidgetSettings widget);

  /**
   * {@code PUT /widget/{widget_id}}: changes a widget's title and config (its type stays).
   *
   * @param widgetId the widget
   * @param widget the new title and config
   * @return {@code null}
   */
  @PUT("widget/{widget_id}")
  Void update(@Path("widget_id") long widgetId, @Body WidgetSettings widget);

  /**
   * {@code DELETE /widget/{widget_id}}: removes a widget.
   *
   * @param widgetId the widget
   * @return {@code null}
   */
  @DELETE("widget/{widget_id}")
  Void delete(@Path("widget_id") long widgetId);

  /**
   * {@code PUT /widget/{ref_type}/{ref_id}/order}: puts a dashboard's widgets in a new order.
   *
   * @param refType {@link RefType#SPACE}, {@link RefType#ORG} or {@link RefType#USER}
   * @param refId its id
   * @param widgetIds every widget of the dashboard, once, in the new order
   * @return {@code null}
   */
  @PUT("widget/{ref_type}/{ref_id}/order")
  Void reorder(@Path("ref_type") RefType refType, @Path("ref_id") long refId, @Body List<Long> widgetIds);
}
