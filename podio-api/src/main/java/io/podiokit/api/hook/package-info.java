/**
 * Webhooks: registering, verifying, and receiving Podio's events ({@link io.podiokit.api.hook.HookService}; Podio's reference areas Hook).
 */
@NullMarked
package io.podiokit.api.hook;

import org.jspecify.annotations.NullMarked;
