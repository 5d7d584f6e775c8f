package io.podiokit.api.hook;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * Podio's webhooks ("hooks"): registering a URL for events on an app, an app field or a space, verifying it, listing
 * and deleting hooks. A new hook is inactive until verified: Podio posts {@code type=hook.verify&hook_id=…&code=…} to
 * its URL and the receiver answers with {@link #validate(long, HookValidation)}. None of these operations takes
 * write options. To receive events, see the {@code podio-webhooks} module's {@code WebhookReceiver}.
 */
public interface HookService {

  /**
   * {@code GET /hook/{ref_type}/{ref_id}/}: the hooks on an object.
   *
   * @param refType {@code app}, {@code app_field} or {@code space}
   * @param refId the object's id
   * @return its hooks, active or not
   */
  @GET("hook/{ref_type}/{ref_id}/")
  List<Hook> hooks(@Path("ref_type") String refType, @Path("ref_id") long refId);

  /**
   * {@code POST /hook/{ref_type}/{ref_id}/}: registers a hook; it stays inactive until verified. Podio moves the
   * URL's query parameters into the body of every call it makes to the hook.
   *
   * @param refType {@code app}, {@code app_field} or {@code space}
   * @param refId the object's id
   * @param hook the URL and the event type
   * @return the new hook's id
   */
  @POST("hook/{ref_type}/{ref_id}/")
  HookCreated create(@Path("ref_type") String refType, @Path("ref_id") long refId, @Body HookCreate hook);

  /**
   * Registers a hook for events of {@code type} on an object; see {@link #create(String, long, HookCreate)}.
   *
   * @param refType {@code app}, {@code app_field} or {@code space}
   * @param refId the object's id
   * @param url where Podio posts the events
   * @param type the event type, e.g. {@code item.create}
   * @return the new hook's id
   */
  default long create(String refType, long refId, URI url, String type) {
    Objects.requireNonNull(url, "url == null");
    return create(refType, refId, new HookCreate(url.toString(), type)).hookId();
  }

  /**
   * {@code POST /hook/{hook_id}/verify/request}: asks Podio to post a new {@code hook.verify} event, with a new code,
   * to the hook's URL (for a hook created before its URL could answer).
   *
   * @param hookId the hook
   * @return {@code null}
   */
  @POST("hook/{hook_id}/verify/request")
  Void requestVerification(@Path("hook_id") long hookId);

  /**
   * {@code POST /hook/{hook_id}/verify/validate}: activates a hook with the code Podio posted in its
   * {@code hook.verify} event.
   *
   * @param hookId the hook
   * @param validation the code
   * @return {@code null}
   */
  @POST("hook/{hook_id}/verify/validate")
  Void validate(@Path("hook_id") long hookId, @Body HookValidation validation);

  /**
   * Activates a hook with the code of its {@code hook.verify} event; see {@link #validate(long, HookValidation)}.
   *
   * @param hookId the hook
   * @param code the code Podio posted
   */
  default void validate(long hookId, String code) {
    validate(hookId, new HookValidation(code));
  }

  /**
   * {@code DELETE /hook/{hook_id}}: deletes a hook; Podio posts nothing more to it.
   *
   * @param hookId the hook
   * @return {@code null}
   */
  @DELETE("hook/{hook_id}")
  Void delete(@Path("hook_id") long hookId);
}
