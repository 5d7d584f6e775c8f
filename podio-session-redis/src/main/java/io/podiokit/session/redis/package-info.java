/** The Redis session store: {@link io.podiokit.session.redis.RedisSessionStore} and its URI provider. */
@NullMarked
package io.podiokit.session.redis;

import org.jspecify.annotations.NullMarked;
