package io.podiokit.api.contact;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link ContactList} from one contact object or an array of them. Moshi finds it by name for the
 * {@code @JsonClass(generateAdapter = true)} on {@link ContactList}, the way it finds generated adapters; the contacts
 * themselves are read by whatever reads {@link Contact} in the given {@link Moshi}.
 */
public final class ContactListJsonAdapter extends JsonAdapter<ContactList> {

  private final JsonAdapter<Contact> one;
  private final JsonAdapter<List<Contact>> many;

  /**
   * An adapter reading contacts with {@code moshi}.
   *
   * @param moshi the Moshi that reads each contact
   */
  public ContactListJsonAdapter(Moshi moshi) {
    this.one = moshi.adapter(Contact.class);
    this.many = moshi.adapter(Types.newParameterizedType(List.class, Contact.class));
  }

  @Override
  public @Nullable ContactList fromJson(JsonReader reader) throws IOException {
    return switch (reader.peek()) {
      case NULL -> reader.nextNull();
      case BEGIN_OBJECT -> new ContactList(List.of(Objects.requireNonNull(one.fromJson(reader), "contact")));
      default -> new ContactList(Objects.requireNonNull(many.fromJson(reader), "contacts"));
    };
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable ContactList value) throws IOException {
    many.toJson(writer, value);
  }

  @Override
  public String toString() {
    return "JsonAdapter(ContactList)";
  }
}
