package io.podiokit.examples;

import java.util.regex.Pattern;

/** Hides the passwords a session store URI may carry, for printing it. */
final class Redactions {

  private static final Pattern USER_INFO = Pattern.compile("//([^/@:]*:)?[^/@]*@");
  private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");

  private Redactions() {}

  /** {@code uri} with the password of its user info and any {@code password=} parameter replaced by stars. */
  static String storeUri(String uri) {
    String withoutUserInfo = USER_INFO.matcher(uri).replaceFirst(m ->
        "//" + (m.group(1) == null ? "" : java.util.regex.Matcher.quoteReplacement(m.group(1))) + "******@");
    return PASSWORD_PARAMETER.matcher(withoutUserInfo).replaceAll("$1******");
  }
}
