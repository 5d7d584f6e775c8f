/**
 * Test support for podiokit and its users: {@link io.podiokit.testkit.PodioEmulatorExtension} runs a
 * {@link io.podiokit.emulator.PodioEmulator} inside JUnit 5 tests, and {@link io.podiokit.testkit.SessionStoreContract}
 * states what every {@code SessionStore} must do.
 */
@NullMarked
package io.podiokit.testkit;

import org.jspecify.annotations.NullMarked;
