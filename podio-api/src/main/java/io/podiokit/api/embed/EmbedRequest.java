package io.podiokit.api.embed;

import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link EmbedService#add(EmbedRequest)} sends.
 *
 * @param url the web address, {@code http} or {@code https}
 * @param mode how much Podio fetches: {@code immediate} (look now) or {@code delayed}; {@code null} for Podio's
 *     default
 */
public record EmbedRequest(String url, @Nullable String mode) {

  /**
   * Checks that {@code url} is an absolute http or https address.
   *
   * @param url the web address
   * @param mode how much Podio fetches, or {@code null}
   */
  public EmbedRequest {
    Objects.requireNonNull(url, "url == null");
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("url is not a web address: " + e.getMessage(), e);
    }
    if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
        || uri.getHost() == null) {
      throw new IllegalArgumentException("url must be an absolute http or https address, was \"" + url + "\"");
    }
  }

  /**
   * An embed of {@code url} with Podio's default mode.
   *
   * @param url the web address
   * @return the request
   */
  public static EmbedRequest of(String url) {
    return new EmbedRequest(url, null);
  }
}
