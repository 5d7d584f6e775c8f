package io.podiokit.api.form;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A web form of an app.
 *
 * @param formId the form's id
 * @param appId the app it creates items in
 * @param spaceId that app's workspace
 * @param status {@code active} or {@code inactive}
 * @param settings its settings as Podio sends them (captcha, text, theme, ...)
 * @param domains the domains it may be embedded on
 * @param fields the app's fields it shows, in order
 * @param attachments whether submitters may attach files
 */
public record Form(@Json(name = "form_id") long formId, @Json(name = "app_id") @Nullable Long appId,
                   @Json(name = "space_id") @Nullable Long spaceId, @Nullable String status,
                   Map<String, Object> settings, List<String> domains, List<FormField> fields,
                   @Nullable Boolean attachments) {

  /** {@return whether the form takes submissions} */
  public boolean isActive() {
    return "active".equals(status);
  }
}
