package io.podiokit.session.jdbc;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A JDBC URL taken apart: the URL for the driver, with podiokit's {@code podio.*} options and the password taken
 * out, the options, and the user name and password it carried. Parameters are read from the query
 * ({@code ?a=1&b=2}, values percent-decoded as PostgreSQL's and MariaDB's drivers do) and from
 * {@code ;name=value} settings (H2's style, values taken as written); a password may also come as
 * {@code //user:password@host}.
 */
final class JdbcUrl {

  /** The prefix of podiokit's own options in a JDBC URL. */
  static final String OPTION_PREFIX = "podio.";

  private static final String REDACTED = "<redacted>";
  private static final Pattern SECRET_PARAMETER = Pattern.compile(
      "([?&;][^=&;?]*(?:password|passwd|pwd|secret|token)[^=&;?]*=)[^&;]*", Pattern.CASE_INSENSITIVE);
  private static final Pattern USERINFO_PASSWORD = Pattern.compile("(//[^/?;@:]*:)[^/?;@]*@");

  private final String driverUrl;
  private final @Nullable String user;
  private final @Nullable String password;
  private final Map<String, String> options;

  private JdbcUrl(String driverUrl, @Nullable String user, @Nullable String password, Map<String, String> options) {
    this.driverUrl = driverUrl;
    this.user = user;
    this.password = password;
    this.options = options;
  }

  /**
   * Takes {@code url} apart.
   *
   * @throws IllegalArgumentException if it is not a {@code jdbc:} URL
   */
  static JdbcUrl parse(String url) {
    if (!url.regionMatches(true, 0, "jdbc:", 0, 5) || url.length() == 5) {
      throw new IllegalArgumentException("Not a JDBC URL: '" + redact(url)
          + "'; expected jdbc:<database>:..., e.g. jdbc:postgresql://localhost:5432/app");
    }
    int question = url.indexOf('?');
    String head = question < 0 ? url : url.substring(0, question);
    @Nullable String query = question < 0 ? null : url.substring(question + 1);

    String[] segments = head.split(";", -1);
    String base = segments[0];
    @Nullable String user = null;
    @Nullable String password = null;
    int authority = base.indexOf("//");
    if (authority >= 0) {
      int end = base.indexOf('/', authority + 2);
      String hostPart = end < 0 ? base.substring(authority + 2) : base.substring(authority + 2, end);
      int at = hostPart.lastIndexOf('@');
      if (at >= 0) {
        String userInfo = hostPart.substring(0, at);
        int colon = userInfo.indexOf(':');
        user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        base = base.substring(0, authority + 2) + hostPart.substring(at + 1) + (end < 0 ? "" : base.substring(end));
      }
    }

    Map<String, String> options = new LinkedHashMap<>();
    List<String> keptSettings = new ArrayList<>();
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i];
      String name = nameOf(segment);
      if (isOption(name)) {
        options.put(name.substring(OPTION_PREFIX.length()), valueOf(segment));
      } else if (name.equalsIgnoreCase("password")) {
        password = valueOf(segment);
      } else {
        keptSettings.add(segment);
      }
    }
    List<String> keptQuery = new ArrayList<>();
    if (query != null) {
      for (String parameter : query.split("&", -1)) {
        String name = decode(nameOf(parameter));
        if (isOption(name)) {
          options.put(name.substring(OPTION_PREFIX.length()), decode(valueOf(parameter)));
        } else if (name.equalsIgnoreCase("password")) {
          password = decode(valueOf(parameter));
        } else if (!parameter.isEmpty()) {
          keptQuery.add(parameter);
        }
      }
    }

    StringBuilder driverUrl = new StringBuilder(base);
    keptSettings.forEach(s -> driverUrl.append(';').append(s));
    if (!keptQuery.isEmpty()) {
      driverUrl.append('?').append(String.join("&", keptQuery));
    }
    return new JdbcUrl(driverUrl.toString(), user, password, Collections.unmodifiableMap(options));
  }

  /** {@code url} fit for a message: passwords and other secret-looking parameters replaced by a placeholder. */
  static String redact(String url) {
    String redacted = USERINFO_PASSWORD.matcher(url).replaceAll("$1" + REDACTED + "@");
    return SECRET_PARAMETER.matcher(redacted).replaceAll("$1" + REDACTED);
  }

  /** The URL to hand to the driver: no {@code podio.*} options, no password. */
  String driverUrl() {
    return driverUrl;
  }

  /** The user name from {@code //user@host}, if the URL had one there (a {@code user} parameter stays in the URL). */
  @Nullable String user() {
    return user;
  }

  /** The password the URL carried, to be handed to the driver as a connection property. */
  @Nullable String password() {
    return password;
  }

  /** The {@code podio.*} options, by name without the prefix, in the order given. */
  Map<String, String> options() {
    return options;
  }

  @Override
  public String toString() {
    return driverUrl;
  }

  private static boolean isOption(String name) {
    return name.regionMatches(true, 0, OPTION_PREFIX, 0, OPTION_PREFIX.length());
  }

  private static String nameOf(String parameter) {
    int equals = parameter.indexOf('=');
    return (equals < 0 ? parameter : parameter.substring(0, equals)).trim();
  }

  private static String valueOf(String parameter) {
    int equals = parameter.indexOf('=');
    return equals < 0 ? "" : parameter.substring(equals + 1);
  }

  private static String decode(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return value;
    }
  }
}
