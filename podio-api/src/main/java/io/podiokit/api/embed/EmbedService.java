package io.podiokit.api.embed;

/** Embeds: links turned into rich objects: Podio's reference areas Embed. */
public interface EmbedService {
}
