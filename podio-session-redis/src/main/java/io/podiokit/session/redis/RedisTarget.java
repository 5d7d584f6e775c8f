package io.podiokit.session.redis;

import io.lettuce.core.RedisURI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A parsed store URI: where Redis is, how to name it without secrets, and the store options it carried. Every message
 * that quotes the URI quotes it with its password replaced.
 */
final class RedisTarget {

  enum Mode { STANDALONE, SENTINEL, CLUSTER }

  static final Set<String> SCHEMES =
      Set.of("redis", "rediss", "redis-sentinel", "rediss-sentinel", "redis-cluster", "rediss-cluster");

  /** Options this store reads itself. */
  static final String OPTION_PREFIX = "prefix";
  static final String OPTION_TIMEOUT = "timeout";
  static final String OPTION_CLUSTER = "cluster";

  /** Lettuce's own query options, passed on to Lettuce unchanged. */
  private static final Set<String> LETTUCE_OPTIONS =
      Set.of("database", "db", "clientName", "libraryName", "libraryVersion", "verifyPeer", "sentinelMasterId");
  private static final Set<String> NOT_IN_CLUSTER = Set.of("database", "db", "sentinelMasterId");

  private static final String FORMAT = "redis://[[user]:password@]host[:port][/database][?options], "
      + "rediss://..., redis-sentinel://[[user]:password@]host[:port][,host[:port]...][/database]#master "
      + "or redis-cluster://[[user]:password@]host[:port][,host[:port]...]";
  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)");
  private static final Pattern HOST_PORT = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[^:\\[\\]]+)(?::(\\d{1,5}))?");

  final Mode mode;
  final List<RedisURI> uris;
  final String address;
  final @Nullable String keyPrefix;
  final @Nullable Duration timeout;

  private RedisTarget(Mode mode, List<RedisURI> uris, String address, @Nullable String keyPrefix,
                      @Nullable Duration timeout) {
    this.mode = mode;
    this.uris = List.copyOf(uris);
    this.address = address;
    this.keyPrefix = keyPrefix;
    this.timeout = timeout;
  }

  /**
   * Parses a store URI.
   *
   * @throws IllegalArgumentException if it is not one this store understands; the message quotes it without password
   */
  static RedisTarget parse(String uri) {
    Objects.requireNonNull(uri, "uri == null");
    int separator = uri.indexOf("://");
    if (separator <= 0) {
      throw new IllegalArgumentException("Not a Redis URI: it must look like " + FORMAT);
    }
    String shown = redact(uri);
    String scheme = uri.substring(0, separator).toLowerCase(Locale.ROOT);
    if (!SCHEMES.contains(scheme)) {
      throw bad(shown, "the scheme '" + scheme + "' is not one of " + SCHEMES.stream().sorted().toList());
    }
    int hash = uri.indexOf('#');
    String fragment = hash < 0 ? null : uri.substring(hash + 1);
    String beforeFragment = hash < 0 ? uri : uri.substring(0, hash);
    int question = beforeFragment.indexOf('?');
    String base = question < 0 ? beforeFragment : beforeFragment.substring(0, question);
    String query = question < 0 ? "" : beforeFragment.substring(question + 1);

    Map<String, String> options = new LinkedHashMap<>();
    List<String> passOn = new ArrayList<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq), shown);
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1), shown);
      if (options.put(name, value) != null) {
        throw bad(shown, "the option '" + name + "' is given twice");
      }
      if (LETTUCE_OPTIONS.contains(name)) {
        passOn.add(pair);
      } else if (!name.equals(OPTION_PREFIX) && !name.equals(OPTION_TIMEOUT) && !name.equals(OPTION_CLUSTER)) {
        throw bad(shown, "the option '" + name + "' is unknown; options are " + OPTION_PREFIX + ", " + OPTION_TIMEOUT
            + ", " + OPTION_CLUSTER + " and Lettuce's " + LETTUCE_OPTIONS.stream().sorted().toList());
      }
    }
    String prefix = options.get(OPTION_PREFIX);
    if (prefix != null) {
      try {
        checkKeyPrefix(prefix);
      } catch (IllegalArgumentException e) {
        throw bad(shown, "option 'prefix': " + e.getMessage());
      }
    }
    Duration timeout = options.containsKey(OPTION_TIMEOUT) ? parseTimeout(options.get(OPTION_TIMEOUT), shown) : null;
    boolean cluster = scheme.endsWith("-cluster") || parseBoolean(options.get(OPTION_CLUSTER), shown);
    if (cluster) {
      if (scheme.endsWith("-sentinel")) {
        throw bad(shown, "option 'cluster=true' does not go with a Sentinel scheme");
      }
      for (String name : NOT_IN_CLUSTER) {
        if (options.containsKey(name)) {
          throw bad(shown, "the option '" + name + "' does not apply to Redis Cluster");
        }
      }
      if (fragment != null) {
        throw bad(shown, "a Redis Cluster URI has no '#' part");
      }
      return cluster(scheme.startsWith("rediss"), base.substring(separator + 3), passOn, shown, prefix, timeout);
    }
    boolean sentinel = scheme.endsWith("-sentinel");
    if (sentinel && (fragment == null || fragment.isBlank()) && !options.containsKey("sentinelMasterId")) {
      throw bad(shown, "a Sentinel URI names its master after '#', e.g. redis-sentinel://host:26379#mymaster");
    }
    String forLettuce = base + (passOn.isEmpty() ? "" : "?" + String.join("&", passOn))
        + (fragment == null ? "" : "#" + fragment);
    RedisURI parsed;
    try {
      parsed = RedisURI.create(forLettuce);
    } catch (RuntimeException e) {
      throw bad(shown, "Lettuce cannot read it");
    }
    if (sentinel) {
      String master = parsed.getSentinelMasterId();
      String sentinels = parsed.getSentinels().stream().map(s -> hostPort(s.getHost(), s.getPort()))
          .collect(Collectors.joining(","));
      return new RedisTarget(Mode.SENTINEL, List.of(parsed),
          "master '" + master + "' via Sentinel " + sentinels + database(parsed), prefix, timeout);
    }
    if (parsed.getHost() == null || parsed.getHost().isBlank()) {
      throw bad(shown, "it names no host");
    }
    return new RedisTarget(Mode.STANDALONE, List.of(parsed), hostPort(parsed.getHost(), parsed.getPort())
        + database(parsed), prefix, timeout);
  }

  private static RedisTarget cluster(boolean ssl, String afterScheme, List<String> passOn, String shown,
                                     @Nullable String prefix, @Nullable Duration timeout) {
    int slash = afterScheme.indexOf('/');
    String authority = slash < 0 ? afterScheme : afterScheme.substring(0, slash);
    if (slash >= 0 && slash != afterScheme.length() - 1) {
      throw bad(shown, "Redis Cluster has only database 0, so a cluster URI has no path");
    }
    int at = authority.lastIndexOf('@');
    String userInfo = at < 0 ? "" : authority.substring(0, at + 1);
    String hosts = authority.substring(at + 1);
    List<RedisURI> seeds = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String node : hosts.split(",", -1)) {
      Matcher m = HOST_PORT.matcher(node);
      if (!m.matches()) {
        throw bad(shown, "'" + node + "' is not host or host:port");
      }
      int port = m.group(2) == null ? RedisURI.DEFAULT_REDIS_PORT : Integer.parseInt(m.group(2));
      String single = (ssl ? "rediss://" : "redis://") + userInfo + m.group(1) + ":" + port
          + (passOn.isEmpty() ? "" : "?" + String.join("&", passOn));
      try {
        seeds.add(RedisURI.create(single));
      } catch (RuntimeException e) {
        throw bad(shown, "Lettuce cannot read the node '" + node + "'");
      }
      names.add(hostPort(m.group(1), port));
    }
    return new RedisTarget(Mode.CLUSTER, seeds, "Redis Cluster " + String.join(",", names), prefix, timeout);
  }

  /** Checks a key prefix: not empty, no braces (they would move the Cluster hash tag), no control characters. */
  static String checkKeyPrefix(String prefix) {
    Objects.requireNonNull(prefix, "keyPrefix == null");
    if (prefix.isEmpty()) {
      throw new IllegalArgumentException("the key prefix is empty; use e.g. " + RedisSessionStore.DEFAULT_KEY_PREFIX);
    }
    for (int i = 0; i < prefix.length(); i++) {
      char c = prefix.charAt(i);
      if (c == '{' || c == '}') {
        throw new IllegalArgumentException("the key prefix must not contain '{' or '}': the store puts the Cluster "
            + "hash tag after it");
      }
      if (Character.isISOControl(c)) {
        throw new IllegalArgumentException("the key prefix contains a control character at index " + i);
      }
    }
    return prefix;
  }

  /** Checks a command timeout: positive and whole milliseconds at least 1. */
  static Duration checkTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "commandTimeout == null");
    if (timeout.toMillis() < 1) {
      throw new IllegalArgumentException("the command timeout must be at least 1 ms, was " + timeout);
    }
    return timeout;
  }

  /** {@code uri} with its password hidden (the whole user info when it has no colon: Lettuce reads that as password). */
  static String redact(String uri) {
    int separator = uri.indexOf("://");
    if (separator < 0) {
      return "<a URI without '://'>";
    }
    int start = separator + 3;
    // The last '@' anywhere: a password with an unescaped '/', '?' or '#' is still hidden (at worst more is hidden).
    int at = uri.lastIndexOf('@');
    if (at < start) {
      return uri;
    }
    String userInfo = uri.substring(start, at);
    int colon = userInfo.indexOf(':');
    String shown = colon < 0 ? "******" : userInfo.substring(0, colon) + ":******";
    return uri.substring(0, start) + shown + uri.substring(at);
  }

  private static Duration parseTimeout(String text, String shown) {
    Matcher m = DURATION.matcher(text);
    Duration timeout;
    if (m.matches()) {
      long amount = Long.parseLong(m.group(1));
      timeout = switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        default -> Duration.ofMinutes(amount);
      };
    } else {
      try {
        timeout = Duration.parse(text);
      } catch (DateTimeParseException e) {
        throw bad(shown, "option 'timeout' must be a duration like 500ms, 2s, 1m or PT2S");
      }
    }
    try {
      return checkTimeout(timeout);
    } catch (IllegalArgumentException e) {
      throw bad(shown, "option 'timeout': " + e.getMessage());
    }
  }

  private static boolean parseBoolean(@Nullable String text, String shown) {
    if (text == null || text.equalsIgnoreCase("false")) {
      return false;
    }
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    throw bad(shown, "option 'cluster' must be true or false");
  }

  private static String decode(String text, String shown) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw bad(shown, "its query string has a malformed %-escape");
    }
  }

  private static String database(RedisURI uri) {
    return uri.getDatabase() == 0 ? "" : "/" + uri.getDatabase();
  }

  static String hostPort(String host, int port) {
    boolean ipv6 = host.indexOf(':') >= 0 && !host.startsWith("[");
    return (ipv6 ? "[" + host + "]" : host) + ":" + port;
  }

  private static IllegalArgumentException bad(String shown, String why) {
    return new IllegalArgumentException("Invalid Redis store URI '" + shown + "': " + why + ". Expected " + FORMAT
        + "; options: prefix (default " + RedisSessionStore.DEFAULT_KEY_PREFIX + "), timeout (default "
        + RedisSessionStore.DEFAULT_COMMAND_TIMEOUT.toMillis() + "ms), cluster (default false).");
  }
}
