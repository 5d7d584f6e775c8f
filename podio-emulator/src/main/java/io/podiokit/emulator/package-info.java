/**
 * {@link io.podiokit.emulator.PodioEmulator} speaks Podio's OAuth protocol and Podio's API over loopback HTTP, with its
 * own clock, counters, rate limits and fault injection. Each API area is a routes class registered in one route table.
 */
@NullMarked
package io.podiokit.emulator;

import org.jspecify.annotations.NullMarked;
