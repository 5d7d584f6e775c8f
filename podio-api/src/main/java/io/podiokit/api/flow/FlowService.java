package io.podiokit.api.flow;

import io.podiokit.api.RefType;
import java.util.List;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/**
 * Flows: an app's automations. A flow has a cause ({@code item.create}, {@code item.update}, {@code item.delete},
 * {@code comment.create}), conditions in its config, and effects ({@code task.create}, {@code item.update},
 * {@code comment.create}, ...) whose attributes may use values of the object that caused it.
 *
 * <pre>{@code
 * FlowCreated flow = api.flows().create(RefType.APP, appId, FlowSettings.of("Follow up", "item.create",
 *     List.of(FlowEffect.of("task.create", Map.of("text", "Call {{item.title}}")))));
 * }</pre>
 */
public interface FlowService {

  /**
   * {@code GET /flow/{flow_id}}: one flow.
   *
   * @param flowId the flow
   * @return the flow
   */
  @GET("flow/{flow_id}")
  Flow flow(@Path("flow_id") long flowId);

  /**
   * {@code GET /flow/{ref_type}/{ref_id}/}: the flows of an object (an app).
   *
   * @param refType the kind of object, {@link RefType#APP}
   * @param refId its id
   * @return its flows
   */
  @GET("flow/{ref_type}/{ref_id}/")
  List<Flow> flows(@Path("ref_type") RefType refType, @Path("ref_id") long refId);

  /**
   * {@code POST /flow/{ref_type}/{ref_id}/}: adds a flow to an object (an app).
   *
   * @param refType the kind of object, {@link RefType#APP}
   * @param refId its id
   * @param flow its name, cause, conditions and effects
   * @return the new flow's id
   */
  @POST("flow/{ref_type}/{ref_id}/")
  FlowCreated create(@Path("ref_type") RefType refType, @Path("ref_id") long refId, @Body FlowSettings flow);

  /**
   * {@code PUT /flow/{flow_id}}: replaces a flow's name, conditions and effects.
   *
   * @param flowId the flow
   * @param flow the new settings
   * @return {@code null}
   */
  @PUT("flow/{flow_id}")
  Void update(@Path("flow_id") long flowId, @Body FlowSettings flow);

  /**
   * {@code DELETE /flow/{flow_id}}: deletes a flow.
   *
   * @param flowId the flow
   * @return {@code null}
   */
  @DELETE("flow/{flow_id}")
  Void delete(@Path("flow_id") long flowId);

  /**
   * {@code GET /flow/{flow_id}/context/}: the values of the causing object a flow's effects may use.
   *
   * @param flowId the flow
   * @return the attributes, each with the placeholder that inserts it
   */
  @GET("flow/{flow_id}/context/")
  List<FlowAttribute> context(@Path("flow_id") long flowId);

  /**
   * {@code POST /flow/{ref_type}/{ref_id}/attributes/}: the attributes a flow with a given cause may test in its
   * conditions.
   *
   * @param refType the kind of object, {@link RefType#APP}
   * @param refId its id
   * @param cause the flow's cause and config
   * @return the attributes
   */
  @POST("flow/{ref_type}/{ref_id}/attributes/")
  List<FlowAttribute> possibleAttributes(@Path("ref_type") RefType refType, @Path("ref_id") long refId,
                                         @Body FlowCause cause);

  /**
   * {@code POST /flow/{ref_type}/{ref_id}/effect/attributes}: the attributes an effect of a given type takes.
   *
   * @param refType the kind of object, {@link RefType#APP}
   * @param refId its id
   * @param effect the effect's type (and what it has so far)
   * @return the attributes
   */
  @POST("flow/{ref_type}/{ref_id}/effect/attributes")
  List<FlowAttribute> effectAttributes(@Path("ref_type") RefType refType, @Path("ref_id") long refId,
                                       @Body FlowEffect effect);
}
