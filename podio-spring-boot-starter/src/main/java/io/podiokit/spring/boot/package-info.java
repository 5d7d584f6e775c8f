/** Spring Boot auto-configuration for podiokit: {@link io.podiokit.spring.boot.PodioAutoConfiguration}. */
@NullMarked
package io.podiokit.spring.boot;

import org.jspecify.annotations.NullMarked;
