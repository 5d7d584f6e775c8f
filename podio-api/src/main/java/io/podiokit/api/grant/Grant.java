package io.podiokit.api.grant;

import com.squareup.moshi.Json;
import io.podiokit.api.ByLine;
import io.podiokit.api.ObjectRef;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Access to one object given to one user.
 *
 * @param grantId the grant's id
 * @param refType the kind of object it is on
 * @param refId that object's id
 * @param action what the user may do: {@code view}, {@code comment} or {@code rate}
 * @param message the message sent with the grant
 * @param createdOn when it was given (UTC, {@code yyyy-MM-dd HH:mm:ss})
 * @param createdBy who gave it
 * @param user who it was given to
 * @param ref the object, when Podio sends it
 */
public record Grant(@Json(name = "grant_id") long grantId, @Json(name = "ref_type") @Nullable String refType,
                    @Json(name = "ref_id") @Nullable Long refId, @Nullable String action, @Nullable String message,
                    @Json(name = "created_on") @Nullable String createdOn,
                    @Json(name = "created_by") @Nullable ByLine createdBy, @Nullable ByLine user,
                    @Nullable ObjectRef ref) {

  /**
   * The action as a {@link GrantAction}.
   *
   * @return the action, empty when missing or not one this client knows
   */
  public Optional<GrantAction> actionValue() {
    return GrantAction.find(action);
  }
}
