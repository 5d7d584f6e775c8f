package io.podiokit.api.form;

import java.util.List;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/**
 * Web forms: public pages, embedded on the given domains, through which anyone can create items in an app.
 *
 * <pre>{@code
 * Form form = api.forms().create(appId, FormSettings.of(List.of("example.com"), List.of(titleFieldId)));
 * api.forms().deactivate(form.formId());
 * }</pre>
 */
public interface FormService {

  /**
   * {@code GET /form/{form_id}}: one form.
   *
   * @param formId the form
   * @return the form
   */
  @GET("form/{form_id}")
  Form form(@Path("form_id") long formId);

  /**
   * {@code GET /form/app/{app_id}/}: an app's forms.
   *
   * @param appId the app
   * @return its forms
   */
  @GET("form/app/{app_id}/")
  List<Form> forms(@Path("app_id") long appId);

  /**
   * {@code POST /form/app/{app_id}/}: creates a form on an app; it starts active.
   *
   * @param appId the app
   * @param settings its settings, domains and fields
   * @return the new form
   */
  @POST("form/app/{app_id}/")
  Form create(@Path("app_id") long appId, @Body FormSettings settings);

  /**
   * {@code PUT /form/{form_id}}: replaces a form's settings, domains and fields.
   *
   * @param formId the form
   * @param settings the new settings
   * @return {@code null}
   */
  @PUT("form/{form_id}")
  Void update(@Path("form_id") long formId, @Body FormSettings settings);

  /**
   * {@code DELETE /form/{form_id}}: deletes a form.
   *
   * @param formId the form
   * @return {@code null}
   */
  @DELETE("form/{form_id}")
  Void delete(@Path("form_id") long formId);

  /**
   * {@code POST /form/{form_id}/activate}: lets the form take submissions again.
   *
   * @param formId the form
   * @return {@code null}
   */
  @POST("form/{form_id}/activate")
  Void activate(@Path("form_id") long formId);

  /**
   * {@code POST /form/{form_id}/deactivate}: stops the form taking submissions.
   *
   * @param formId the form
   * @return {@code null}
   */
  @POST("form/{form_id}/deactivate")
  Void deactivate(@Path("form_id") long formId);
}
