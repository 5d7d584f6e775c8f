package io.podiokit.api.item;

import com.squareup.moshi.Json;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The body that creates or updates an item: field values keyed by a field's external id (or its field id as text,
 * {@link #fieldId(long)}), each written in the shape Podio expects for the field's type. Calculation fields are
 * read-only and have no writer.
 *
 * <pre>{@code
 * ItemValues values = ItemValues.builder()
 *     .text("title", "Quarterly report")
 *     .number("count", 3)
 *     .category("status", 2)
 *     .date("due", LocalDate.of(2026, 11, 30))
 *     .relation("customer", customerItemId)
 *     .build();
 * }</pre>
 *
 * @param fields the values by external id or field id; a value is what Podio's write takes for the field's type
 * @param externalId the item's own external id, or {@code null} to leave it
 * @param fileIds files to attach to the item, or {@code null}
 * @param tags the item's tags (replacing the old ones), or {@code null} to leave them
 */
public record ItemValues(Map<String, Object> fields, @Json(name = "external_id") @Nullable String externalId,
                         @Json(name = "file_ids") @Nullable List<Long> fileIds, @Nullable List<String> tags) {

  /** The phone types Podio accepts. */
  public static final Set<String> PHONE_TYPES =
      Set.of("mobile", "work", "home", "main", "work_fax", "private_fax", "other");
  /** The email types Podio accepts. */
  public static final Set<String> EMAIL_TYPES = Set.of("work", "home", "other");

  /**

   * Checks and copies.

   *

   * @param fields see the record

   * @param externalId see the record

   * @param fileIds see the record

   * @param tags see the record

   */

  /**
   * Creates the record, checking its components.
   *
   * @param fileIds files to attach to the item, or {@code null}
   * @param tags the item's tags (replacing the old ones), or {@code null} to leave them
   * @param fields the values to set, keyed by field external id (or id as text)
   * @param externalId the item's own external id, or {@code null}
   */
  public ItemValues {
    Objects.requireNonNull(fields, "fields == null");
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    fileIds = fileIds == null ? null : List.copyOf(fileIds);
    tags = tags == null ? null : List.copyOf(tags);
  }

  /**
   * A builder with no values.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A field id as a key of {@link #fields()}, for fields without an external id.
   *
   * @param fieldId the field's id
   * @return the id as text
   */
  public static String fieldId(long fieldId) {
    if (fieldId <= 0) {
      throw new IllegalArgumentException("fieldId must be positive, was " + fieldId);
    }
    return Long.toString(fieldId);
  }

  /**
   * The value written for {@code field}, e.g. to send it alone with
   * {@link ItemService#updateField(long, long, Object)}.
   *
   * @param field the key it was set under
   * @return the value as written
   * @throws IllegalArgumentException when no value was set for it
   */
  public Object value(String field) {
    Object value = fields.get(field);
    if (value == null) {
      throw new IllegalArgumentException("no value was set for field '" + field + "'; set: " + fields.keySet());
    }
    return value;
  }

  /** Builds {@link ItemValues}; each method sets one field, replacing an earlier value of it. */
  public static final class Builder {
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private @Nullable String externalId;
    private @Nullable List<Long> fileIds;
    private @Nullable List<String> tags;

    private Builder() {}

    private Builder put(String field, Object value) {
      fields.put(JsonValues.key(field), value);
      return this;
    }

    /**
     * A text field.
     *
     * @param field the field's external id or id
     * @param text the text (HTML for rich text fields)
     * @return this builder
     */
    public Builder text(String field, String text) {
      return put(field, Objects.requireNonNull(text, "text == null"));
    }

    /**
     * A number field.
     *
     * @param field the field's external id or id
     * @param number the number (a {@code BigDecimal}, long, double, ...)
     * @return this builder
     */
    public Builder number(String field, Number number) {
      return put(field, JsonValues.number(number, "number"));
    }

    /**
     * A progress field.
     *
     * @param field the field's external id or id
     * @param percent 0 to 100
     * @return this builder
     */
    public Builder progress(String field, int percent) {
      if (percent < 0 || percent > 100) {
        throw new IllegalArgumentException("progress must be between 0 and 100, was " + percent);
      }
      return put(field, (long) percent);
    }

    /**
     * A duration field, in whole seconds.
     *
     * @param field the field's external id or id
     * @param duration the duration, not negative
     * @return this builder
     */
    public Builder duration(String field, java.time.Duration duration) {
      Objects.requireNonNull(duration, "duration == null");
      if (duration.isNegative()) {
        throw new IllegalArgumentException("duration must not be negative, was " + duration);
      }
      return put(field, duration.toSeconds());
    }

    /**
     * A money field.
     *
     * @param field the field's external id or id
     * @param amount the amount
     * @param currency the ISO 4217 code, e.g. {@code "EUR"}
     * @return this builder
     */
    public Builder money(String field, BigDecimal amount, String currency) {
      Objects.requireNonNull(currency, "currency == null");
      if (!currency.matches("[A-Za-z]{3}")) {
        throw new IllegalArgumentException("currency must be a 3-letter ISO 4217 code, was '" + currency + "'");
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("value", Objects.requireNonNull(amount, "amount == null").toPlainString());
      m.put("currency", currency.toUpperCase(Locale.ROOT));
      return put(field, m);
    }

    /**
     * A location field.
     *
     * @param field the field's external id or id
     * @param address the address, which Podio geocodes
     * @return this builder
     */
    public Builder location(String field, String address) {
      return put(field, Map.of("value", Objects.requireNonNull(address, "address == null")));
    }

    /**
     * A date field: one day.
     *
     * @param field the field's external id or id
     * @param day the day
     * @return this builder
     */
    public Builder date(String field, LocalDate day) {
      return put(field, Map.of("start_date", Objects.requireNonNull(day, "day == null").toString()));
    }

    /**
     * A date field: a range of days.
     *
     * @param field the field's external id or id
     * @param start the first day
     * @param end the last day, not before {@code start}
     * @return this builder
     */
    public Builder date(String field, LocalDate start, LocalDate end) {
      Objects.requireNonNull(start, "start == null");
      Objects.requireNonNull(end, "end == null");
      if (end.isBefore(start)) {
        throw new IllegalArgumentException("end " + end + " is before start " + start);
      }
      return put(field, Map.of("start_date", start.toString(), "end_date", end.toString()));
    }

    /**
     * A date field: a moment, in UTC.
     *
     * @param field the field's external id or id
     * @param startUtc the moment in UTC
     * @return this builder
     */
    public Builder dateTime(String field, LocalDateTime startUtc) {
      return put(field, Map.of("start_utc", Times.format(Objects.requireNonNull(startUtc, "startUtc == null"))));
    }

    /**
     * A date field: a span of time, in UTC.
     *
     * @param field the field's external id or id
     * @param startUtc the start in UTC
     * @param endUtc the end in UTC, not before the start
     * @return this builder
     */
    public Builder dateTime(String field, LocalDateTime startUtc, LocalDateTime endUtc) {
      Objects.requireNonNull(startUtc, "startUtc == null");
      Objects.requireNonNull(endUtc, "endUtc == null");
      if (endUtc.isBefore(startUtc)) {
        throw new IllegalArgumentException("endUtc " + endUtc + " is before startUtc " + startUtc);
      }
      return put(field, Map.of("start_utc", Times.format(startUtc), "end_utc", Times.format(endUtc)));
    }

    /**
     * A category field.
     *
     * @param field the field's external id or id
     * @param optionIds the chosen options' ids (one for a single-choice field)
     * @return this builder
     */
    public Builder category(String field, long... optionIds) {
      return put(field, JsonValues.ids(optionIds, "optionIds"));
    }

    /**
     * An app (relationship) field.
     *
     * @param field the field's external id or id
     * @param itemIds the ids of the items it points at
     * @return this builder
     */
    public Builder relation(String field, long... itemIds) {
      return put(field, JsonValues.ids(itemIds, "itemIds"));
    }

    /**
     * A contact field.
     *
     * @param field the field's external id or id
     * @param profileIds the profiles' ids
     * @return this builder
     */
    public Builder contact(String field, long... profileIds) {
      return put(field, JsonValues.ids(profileIds, "profileIds"));
    }

    /**
     * An image field.
     *
     * @param field the field's external id or id
     * @param fileIds the uploaded images' file ids
     * @return this builder
     */
    public Builder image(String field, long... fileIds) {
      return put(field, JsonValues.ids(fileIds, "fileIds"));
    }

    /**
     * A file field.
     *
     * @param field the field's external id or id
     * @param fileIds the uploaded files' ids
     * @return this builder
     */
    public Builder file(String field, long... fileIds) {
      return put(field, JsonValues.ids(fileIds, "fileIds"));
    }

    /**
     * An embed field: adds one link (call again for more).
     *
     * @param field the field's external id or id
     * @param embedId the embed's id (from {@code POST /embed/})
     * @param fileId its thumbnail's file id, or {@code null}
     * @return this builder
     */
    public Builder embed(String field, long embedId, @Nullable Long fileId) {
      if (embedId <= 0) {
        throw new IllegalArgumentException("embedId must be positive, was " + embedId);
      }
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("embed", embedId);
      if (fileId != null) {
        e.put("file", fileId);
      }
      return add(field, e);
    }

    /**
     * A phone field: adds one number (call again for more).
     *
     * @param field the field's external id or id
     * @param type one of {@link #PHONE_TYPES}
     * @param number the number
     * @return this builder
     */
    public Builder phone(String field, String type, String number) {
      return add(field, typed(type, PHONE_TYPES, "phone", number));
    }

    /**
     * An email field: adds one address (call again for more).
     *
     * @param field the field's external id or id
     * @param type one of {@link #EMAIL_TYPES}
     * @param address the address
     * @return this builder
     */
    public Builder email(String field, String type, String address) {
      Objects.requireNonNull(address, "address == null");
      if (address.indexOf('@') < 1) {
        throw new IllegalArgumentException("not an email address: '" + address + "'");
      }
      return add(field, typed(type, EMAIL_TYPES, "email", address));
    }

    /**
     * A tag field.
     *
     * @param field the field's external id or id
     * @param tags the tags
     * @return this builder
     */
    public Builder tag(String field, String... tags) {
      List<String> list = new ArrayList<>();
      for (String t : Objects.requireNonNull(tags, "tags == null")) {
        if (t == null || t.isBlank()) {
          throw new IllegalArgumentException("tags must not be null or blank");
        }
        list.add(t);
      }
      return put(field, List.copyOf(list));
    }

    /**
     * Empties a field.
     *
     * @param field the field's external id or id
     * @return this builder
     */
    public Builder clear(String field) {
      return put(field, List.of());
    }

    /**
     * Any value as Podio's write takes it, for field types without a method here.
     *
     * @param field the field's external id or id
     * @param value a JSON value: a string, number, boolean, list or map
     * @return this builder
     */
    public Builder raw(String field, Object value) {
      return put(field, Objects.requireNonNull(value, "value == null"));
    }

    /**
     * The item's own external id.
     *
     * @param externalId the external id
     * @return this builder
     */
    public Builder externalId(String externalId) {
      this.externalId = Objects.requireNonNull(externalId, "externalId == null");
      return this;
    }

    /**
     * Files to attach to the item.
     *
     * @param fileIds the files' ids
     * @return this builder
     */
    public Builder fileIds(long... fileIds) {
      this.fileIds = JsonValues.ids(fileIds, "fileIds");
      return this;
    }

    /**
     * The item's tags, replacing its old ones.
     *
     * @param tags the tags
     * @return this builder
     */
    public Builder tags(String... tags) {
      this.tags = List.of(Objects.requireNonNull(tags, "tags == null"));
      return this;
    }

    /**
     * The values.
     *
     * @return the body
     */
    public ItemValues build() {
      return new ItemValues(fields, externalId, fileIds, tags);
    }

    @SuppressWarnings("unchecked")
    private Builder add(String field, Map<String, Object> value) {
      Object old = fields.get(JsonValues.key(field));
      List<Object> list = old instanceof List<?> l ? new ArrayList<>((List<Object>) l) : new ArrayList<>();
      list.add(value);
      return put(field, List.copyOf(list));
    }

    private static Map<String, Object> typed(String type, Set<String> allowed, String what, String value) {
      Objects.requireNonNull(type, "type == null");
      Objects.requireNonNull(value, "value == null");
      if (!allowed.contains(type)) {
        throw new IllegalArgumentException(what + " type must be one of " + allowed + ", was '" + type + "'");
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", type);
      m.put("value", value);
      return m;
    }
  }
}
