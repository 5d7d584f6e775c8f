/**
 * Runnable examples of every podiokit flow; start them with {@code java -jar podio-examples.jar [EXAMPLE]}, see
 * {@link io.podiokit.examples.Examples}.
 */
@NullMarked
package io.podiokit.examples;

import org.jspecify.annotations.NullMarked;
