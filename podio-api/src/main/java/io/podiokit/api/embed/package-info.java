/**
 * Embeds: links turned into rich objects ({@link io.podiokit.api.embed.EmbedService}; Podio's reference areas Embed).
 */
@NullMarked
package io.podiokit.api.embed;

import org.jspecify.annotations.NullMarked;
