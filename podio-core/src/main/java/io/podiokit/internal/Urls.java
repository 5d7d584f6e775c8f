package io.podiokit.internal;

import java.net.URI;
import java.util.Objects;

/** URL checks shared by the core and its HTTP adapter; exported to podiokit's own modules only. */
public final class Urls {

  private Urls() {}

  /** Whether {@code uri}'s host is a loopback name or address. */
  public static boolean loopback(URI uri) {
    String host = uri.getHost();
    return host != null && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]")
        || host.equals("::1") || host.startsWith("127."));
  }

  /**
   * Checks that {@code url} is https, or http on a loopback host, so that secrets never travel in clear text.
   *
   * @param url the URL to check
   * @param name the setting's name, for the message
   * @return {@code url}
   * @throws IllegalArgumentException when it is neither
   */
  public static URI requireSecure(URI url, String name) {
    Objects.requireNonNull(url, name + " == null");
    String scheme = url.getScheme();
    if ("https".equalsIgnoreCase(scheme) || ("http".equalsIgnoreCase(scheme) && loopback(url))) {
      return url;
    }
    throw new IllegalArgumentException(name + " must be an https URL (http is allowed only for localhost, "
        + "127.0.0.1 and ::1, e.g. the emulator), was " + url);
  }
}
