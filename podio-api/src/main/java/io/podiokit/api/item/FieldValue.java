package io.podiokit.api.item;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One value of an item's field, typed by the field's type: the 17 types Podio documents, and {@link Unknown} for any
 * other (video, member, state, question, ...) or a value that does not have its type's shape, so one odd field never
 * fails an item. Read them from {@link ItemField#typedValues()} or {@link Item#value(String, Class)}:
 *
 * <pre>{@code
 * item.value("status", FieldValue.Category.class).map(FieldValue.Category::text).orElse("none");
 * }</pre>
 */
public sealed interface FieldValue {

  /**
   * The field's type as Podio names it ({@code text}, {@code number}, {@code app}, ...).
   *
   * @return the type
   */
  String fieldType();

  /**
   * The values of a field of {@code type} as Podio sent them, typed.
   *
   * @param type the field's type; {@code null} reads every value as {@link Unknown}
   * @param values the values, each a JSON object
   * @return one typed value per element
   */
  static List<FieldValue> of(@Nullable String type, List<? extends Map<String, ?>> values) {
    List<FieldValue> out = new ArrayList<>(values.size());
    for (Map<String, ?> v : values) {
      out.add(of(type, v));
    }
    return List.copyOf(out);
  }

  /**
   * One value of a field of {@code type} as Podio sent it, typed; never fails: a value without its type's shape
   * reads as {@link Unknown}.
   *
   * @param type the field's type
   * @param value the value as a JSON object
   * @return the typed value
   */
  static FieldValue of(@Nullable String type, Map<String, ?> value) {
    Objects.requireNonNull(value, "value == null");
    String t = type == null ? "unknown" : type;
    try {
      FieldValue typed = FieldValues.read(t, value);
      if (typed != null) {
        return typed;
      }
    } catch (RuntimeException e) {
      // an odd value: kept raw below
    }
    return new Unknown(t, new LinkedHashMap<>(value));
  }

  /**
   * A text field's value.
   *
   * @param value the text, which may hold HTML for rich text fields
   */
  record Text(String value) implements FieldValue {
    @Override
    public String fieldType() {
      return "text";
    }
  }

  /**
   * A number field's value (Podio sends it as a decimal string, e.g. {@code "1234.5600"}).
   *
   * @param value the number
   */
  record Number(BigDecimal value) implements FieldValue {
    @Override
    public String fieldType() {
      return "number";
    }
  }

  /**
   * A progress field's value.
   *
   * @param value 0 to 100
   */
  record Progress(int value) implements FieldValue {
    @Override
    public String fieldType() {
      return "progress";
    }
  }

  /**
   * A duration field's value.
   *
   * @param seconds the duration in seconds
   */
  record Duration(long seconds) implements FieldValue {
    @Override
    public String fieldType() {
      return "duration";
    }

    /**
     * As a {@link java.time.Duration}.
     *
     * @return the duration
     */
    public java.time.Duration toDuration() {
      return java.time.Duration.ofSeconds(seconds);
    }
  }

  /**
   * A calculation field's value (read-only: never written).
   *
   * @param value the result as Podio sent it: a number, a text or a date text; {@code null} when empty
   */
  record Calculation(@Nullable Object value) implements FieldValue {
    @Override
    public String fieldType() {
      return "calculation";
    }

    /**
     * The result as a number, when it is one.
     *
     * @return the number, or empty
     */
    public Optional<BigDecimal> number() {
      return Optional.ofNullable(FieldValues.decimalOrNull(value));
    }
  }

  /**
   * A money field's value.
   *
   * @param value the amount
   * @param currency its ISO 4217 code, e.g. {@code USD}
   */
  record Money(BigDecimal value, String currency) implements FieldValue {
    @Override
    public String fieldType() {
      return "money";
    }
  }

  /**
   * A location field's value.
   *
   * @param value the address as entered
   * @param formatted the address as Podio formatted it
   * @param streetNumber the street number
   * @param streetName the street name
   * @param postalCode the postal code
   * @param city the city
   * @param state the state
   * @param country the country
   * @param lat the latitude
   * @param lng the longitude
   */
  record Location(String value, @Nullable String formatted, @Nullable String streetNumber, @Nullable String streetName,
                  @Nullable String postalCode, @Nullable String city, @Nullable String state,
                  @Nullable String country, @Nullable Double lat, @Nullable Double lng) implements FieldValue {
    @Override
    public String fieldType() {
      return "location";
    }
  }

  /**
   * A date field's value: a day or a moment, with an optional end. Times are {@code null} for all-day dates.
   *
   * @param startDate the start day (in the user's time zone)
   * @param startTime the start time, or {@code null} for an all-day date
   * @param endDate the end day, or {@code null}
   * @param endTime the end time, or {@code null}
   * @param startUtc the start in UTC, or {@code null} for an all-day date
   * @param endUtc the end in UTC, or {@code null}
   */
  record Date(LocalDate startDate, @Nullable LocalTime startTime, @Nullable LocalDate endDate,
              @Nullable LocalTime endTime, @Nullable LocalDateTime startUtc, @Nullable LocalDateTime endUtc)
      implements FieldValue {
    @Override
    public String fieldType() {
      return "date";
    }

    /**
     * Whether the date has no time of day.
     *
     * @return true for an all-day date
     */
    public boolean allDay() {
      return startTime == null;
    }
  }

  /**
   * A category field's chosen option.
   *
   * @param id the option's id
   * @param text the option's text
   * @param color its color, e.g. {@code DCEBD8}
   * @param status {@code active} or {@code deleted}
   */
  record Category(long id, @Nullable String text, @Nullable String color, @Nullable String status)
      implements FieldValue {
    @Override
    public String fieldType() {
      return "category";
    }
  }

  /**
   * An app (relationship) field's value: an item of another app.
   *
   * @param itemId the referenced item's id
   * @param appItemId its number within its app
   * @param title its title
   * @param link its URL
   * @param appId its app's id
   * @param appName its app's name
   */
  record AppRelation(long itemId, @Nullable Long appItemId, @Nullable String title, @Nullable String link,
                     @Nullable Long appId, @Nullable String appName) implements FieldValue {
    @Override
    public String fieldType() {
      return "app";
    }
  }

  /**
   * A contact field's value: a person's profile.
   *
   * @param profileId the profile's id
   * @param userId the user's id, when the contact is a Podio user
   * @param name the name
   * @param mail the email addresses
   */
  record Contact(long profileId, @Nullable Long userId, @Nullable String name, List<String> mail)
      implements FieldValue {
    /**
     * Copies the addresses.
     *
     * @param profileId see the record
     * @param userId see the record
     * @param name see the record
     * @param mail see the record
     */
    public Contact {
      mail = List.copyOf(mail);
    }

    @Override
    public String fieldType() {
      return "contact";
    }
  }

  /**
   * An image field's value: an uploaded file.
   *
   * @param fileId the file's id
   * @param name its name
   * @param link its URL
   * @param mimetype its media type
   * @param size its size in bytes
   */
  record Image(long fileId, @Nullable String name, @Nullable String link, @Nullable String mimetype,
               @Nullable Long size) implements FieldValue {
    @Override
    public String fieldType() {
      return "image";
    }
  }

  /**
   * A file field's value: an uploaded file.
   *
   * @param fileId the file's id
   * @param name its name
   * @param link its URL
   * @param mimetype its media type
   * @param size its size in bytes
   */
  record File(long fileId, @Nullable String name, @Nullable String link, @Nullable String mimetype,
              @Nullable Long size) implements FieldValue {
    @Override
    public String fieldType() {
      return "file";
    }
  }

  /**
   * An embed field's value: a link, with the thumbnail file Podio made for it.
   *
   * @param embedId the embed's id
   * @param url the resolved URL
   * @param originalUrl the URL as entered
   * @param title the page's title
   * @param description the page's description
   * @param fileId the thumbnail's file id, or {@code null}
   */
  record Embed(long embedId, @Nullable String url, @Nullable String originalUrl, @Nullable String title,
               @Nullable String description, @Nullable Long fileId) implements FieldValue {
    @Override
    public String fieldType() {
      return "embed";
    }
  }

  /**
   * A phone field's value.
   *
   * @param type {@code work}, {@code mobile}, {@code home}, {@code main}, {@code work_fax}, {@code private_fax} or
   *     {@code other}
   * @param value the number
   */
  record Phone(String type, String value) implements FieldValue {
    @Override
    public String fieldType() {
      return "phone";
    }
  }

  /**
   * An email field's value.
   *
   * @param type {@code work}, {@code home} or {@code other}
   * @param value the address
   */
  record Email(String type, String value) implements FieldValue {
    @Override
    public String fieldType() {
      return "email";
    }
  }

  /**
   * A tag field's value.
   *
   * @param value the tag
   */
  record Tag(String value) implements FieldValue {
    @Override
    public String fieldType() {
      return "tag";
    }
  }

  /**
   * A value of a type podiokit does not model (video, member, state, question, ...), or one without its type's
   * shape, as Podio sent it.
   *
   * @param fieldType the field's type
   * @param raw the value's JSON object: maps, lists, strings, numbers, booleans
   */
  record Unknown(String fieldType, Map<String, Object> raw) implements FieldValue {
    /**
     * Copies the value.
     *
     * @param fieldType see the record
     * @param raw see the record
     */
    public Unknown {
      Objects.requireNonNull(fieldType, "fieldType == null");
      raw = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(raw));
    }
  }
}
