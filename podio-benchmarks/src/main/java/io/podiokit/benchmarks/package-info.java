/**
 * Side-by-side JMH benchmarks: each class measures one podiokit operation next to the raw library call that does the
 * same work, so their scores give the overhead as a ratio.
 */
@NullMarked
package io.podiokit.benchmarks;

import org.jspecify.annotations.NullMarked;
