package io.podiokit.api.form;

/** Web forms of apps: Podio's reference areas Form. */
public interface FormService {
}
