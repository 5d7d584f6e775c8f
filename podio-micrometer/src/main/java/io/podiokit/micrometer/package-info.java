/** Micrometer metrics for podiokit: see {@link io.podiokit.micrometer.PodioMetrics}. */
@NullMarked
package io.podiokit.micrometer;

import org.jspecify.annotations.NullMarked;
