/**
 * Contacts and profiles ({@link io.podiokit.api.contact.ContactService}; Podio's reference areas Contact).
 */
@NullMarked
package io.podiokit.api.contact;

import org.jspecify.annotations.NullMarked;
