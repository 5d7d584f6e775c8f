package io.podiokit.api.reference;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An object of Podio as others point at it: its type, id, title and link.
 *
 * @param type {@code item}, {@code app}, {@code task}, {@code status}, {@code space}, {@code profile}, ...
 * @param id its id
 * @param title its title
 * @param link its URL on podio.com
 * @param data more of the object, depending on its type; empty when not sent
 */
public record Reference(String type, long id, @Nullable String title, @Nullable String link,
                        Map<String, Object> data) {}
