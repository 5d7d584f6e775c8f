package io.podiokit.api.user;

import com.squareup.moshi.Json;
import io.podiokit.api.contact.Contact;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /user/status}: who the token acts as.
 *
 * @param user the user's account
 * @param profile the user's profile, when Podio sends it
 * @param inboxNew unread notifications
 * @param properties the user's properties ({@link UserService#property(String)}); empty when not sent
 */
public record UserStatus(User user, @Nullable Contact profile, @Json(name = "inbox_new") @Nullable Integer inboxNew,
                         Map<String, Object> properties) {}
