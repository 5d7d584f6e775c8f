/**
 * Test support for podiokit and its users: {@link io.podiokit.testkit.PodioEmulator} speaks Podio's OAuth protocol and
 * a subset of its API over loopback HTTP, with its own clock, counters, rate limits and fault injection;
 * {@link io.podiokit.testkit.PodioEmulatorExtension} runs it inside JUnit 5 tests.
 */
@NullMarked
package io.podiokit.testkit;

import org.jspecify.annotations.NullMarked;
