package io.podiokit.api.contact;

import com.squareup.moshi.JsonClass;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The contacts {@code GET /contact/{profile_ids}/v2} returns, always as a list: Podio answers one contact as an object
 * and several as an array, and this list reads both ({@link ContactListJsonAdapter}). Immutable.
 */
@JsonClass(generateAdapter = true)
public final class ContactList extends AbstractList<Contact> implements RandomAccess {

  private final List<Contact> contacts;

  /**
   * The contacts given.
   *
   * @param contacts the contacts, in order
   */
  public ContactList(List<Contact> contacts) {
    this.contacts = List.copyOf(contacts);
  }

  @Override
  public Contact get(int index) {
    return contacts.get(index);
  }

  @Override
  public int size() {
    return contacts.size();
  }
}
