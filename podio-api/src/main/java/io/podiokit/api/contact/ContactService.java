package io.podiokit.api.contact;

/** Contacts and profiles: Podio's reference areas Contact. */
public interface ContactService {
}
