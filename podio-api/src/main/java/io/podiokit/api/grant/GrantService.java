package io.podiokit.api.grant;

/** Grants: sharing objects with people: Podio's reference areas Grant. */
public interface GrantService {
}
