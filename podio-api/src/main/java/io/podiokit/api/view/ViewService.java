package io.podiokit.api.view;

/** Views: saved filters of an app: Podio's reference areas View. */
public interface ViewService {
}
