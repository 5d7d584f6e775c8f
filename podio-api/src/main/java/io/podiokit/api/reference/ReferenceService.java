package io.podiokit.api.reference;

/** References: finding objects to point at: Podio's reference areas Reference. */
public interface ReferenceService {
}
