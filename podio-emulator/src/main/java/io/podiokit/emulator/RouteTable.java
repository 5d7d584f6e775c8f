package io.podiokit.emulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The emulator's API operations: {@code ("GET", "/item/{item_id}") -> handler}. A path matches a pattern with as many
 * segments, literal segments equal and {@code {name}} segments capturing anything non-empty; the leading and trailing
 * slash do not matter (Podio answers both). When several patterns match, the one with more literal segments wins, so
 * {@code /app/top/} is not read as {@code /app/{app_id}}.
 */
final class RouteTable {

  /** One registered operation. */
  record Entry(String method, String pattern, String[] segments, Route route) {
    int literals() {
      int n = 0;
      for (String s : segments) {
        if (!isParam(s)) {
          n++;
        }
      }
      return n;
    }
  }

  /** A matched operation with its path parameters. */
  record Match(Entry entry, Map<String, String> params) {}

  private final List<Entry> entries = new ArrayList<>();

  /** Registers {@code method pattern}; a second registration of the same operation is a programming error. */
  RouteTable add(String method, String pattern, Route route) {
    Objects.requireNonNull(route, "route == null");
    String m = method.toUpperCase(Locale.ROOT);
    String[] segments = segments(pattern);
    for (Entry e : entries) {
      if (e.method().equals(m) && String.join("/", shape(e.segments())).equals(String.join("/", shape(segments)))) {
        throw new IllegalStateException("operation registered twice: " + m + " " + pattern + " and " + e.pattern());
      }
    }
    entries.add(new Entry(m, pattern, segments, route));
    return this;
  }

  RouteTable get(String pattern, Route route) {
    return add("GET", pattern, route);
  }

  RouteTable post(String pattern, Route route) {
    return add("POST", pattern, route);
  }

  RouteTable put(String pattern, Route route) {
    return add("PUT", pattern, route);
  }

  RouteTable delete(String pattern, Route route) {
    return add("DELETE", pattern, route);
  }

  /** The operation {@code method path} reaches, or {@code null}. */
  @Nullable Match match(String method, String path) {
    String[] segments = segments(path);
    Match best = null;
    int bestLiterals = -1;
    for (Entry e : entries) {
      if (!e.method().equals(method) || e.segments().length != segments.length) {
        continue;
      }
      Map<String, String> params = bind(e.segments(), segments);
      if (params != null && e.literals() > bestLiterals) {
        best = new Match(e, params);
        bestLiterals = e.literals();
      }
    }
    return best;
  }

  /** Every registered operation as {@code "METHOD /pattern"}, in registration order. */
  List<String> operations() {
    List<String> out = new ArrayList<>();
    for (Entry e : entries) {
      out.add(e.method() + " " + e.pattern());
    }
    return Collections.unmodifiableList(out);
  }

  private static @Nullable Map<String, String> bind(String[] pattern, String[] path) {
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < pattern.length; i++) {
      String p = pattern[i];
      if (isParam(p)) {
        params.put(p.substring(1, p.length() - 1), decode(path[i]));
      } else if (!p.equals(path[i])) {
        return null;
      }
    }
    return params;
  }

  /** Percent-decodes a raw path segment ({@code +} stays a plus sign, unlike in a form). */
  private static String decode(String raw) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    try {
      return java.net.URLDecoder.decode(raw.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return raw;
    }
  }

  private static boolean isParam(String segment) {
    return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
  }

  private static String[] shape(String[] segments) {
    String[] out = new String[segments.length];
    for (int i = 0; i < segments.length; i++) {
      out[i] = isParam(segments[i]) ? "{}" : segments[i];
    }
    return out;
  }

  static String[] segments(String path) {
    return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
  }
}
