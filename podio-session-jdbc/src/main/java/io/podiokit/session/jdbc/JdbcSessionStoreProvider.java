package io.podiokit.session.jdbc;

import io.podiokit.SessionStore;
import io.podiokit.SessionStoreProvider;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Opens a {@link JdbcSessionStore} for {@code jdbc:} URIs: the driver's own JDBC URL, plus podiokit's options as
 * {@code podio.}-prefixed parameters, which are taken out before the URL reaches the driver:
 * {@code jdbc:postgresql://localhost:5432/app?user=app&podio.table=sessions&podio.createTable=true} or, for H2,
 * {@code jdbc:h2:mem:app;DB_CLOSE_DELAY=-1;podio.createTable=true}.
 *
 * <table>
 *   <caption>Options</caption>
 *   <tr><th>option</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code podio.table}</td><td>{@code podio_session}</td><td>the table, optionally {@code schema.table}</td></tr>
 *   <tr><td>{@code podio.createTable}</td><td>{@code false}</td><td>create the table on first use if missing</td></tr>
 *   <tr><td>{@code podio.maximumPoolSize}</td><td>10</td><td>most pooled connections</td></tr>
 *   <tr><td>{@code podio.minimumIdle}</td><td>the maximum pool size</td><td>idle connections kept</td></tr>
 *   <tr><td>{@code podio.connectionTimeout}</td><td>5000</td><td>milliseconds to wait for a connection</td></tr>
 * </table>
 */
public final class JdbcSessionStoreProvider implements SessionStoreProvider {

  private static final Set<String> OPTIONS =
      Set.of("table", "createTable", "maximumPoolSize", "minimumIdle", "connectionTimeout");

  /** For {@link java.util.ServiceLoader}. */
  public JdbcSessionStoreProvider() {}

  @Override
  public Set<String> schemes() {
    return Set.of("jdbc");
  }

  @Override
  public SessionStore open(String uri) {
    JdbcUrl url = JdbcUrl.parse(uri);
    JdbcSessionStore.Builder builder = JdbcSessionStore.builder().jdbcUrl(url.driverUrl());
    if (url.user() != null) {
      builder.username(url.user());
    }
    if (url.password() != null) {
      builder.password(url.password());
    }
    for (Map.Entry<String, String> option : url.options().entrySet()) {
      String value = option.getValue().trim();
      switch (option.getKey().toLowerCase(Locale.ROOT)) {
        case "table" -> builder.tableName(value);
        case "createtable" -> builder.createTableIfMissing(bool(option.getKey(), value));
        case "maximumpoolsize" -> builder.maximumPoolSize(integer(option.getKey(), value));
        case "minimumidle" -> builder.minimumIdle(integer(option.getKey(), value));
        case "connectiontimeout" -> builder.connectionTimeout(Duration.ofMillis(integer(option.getKey(), value)));
        default -> throw new IllegalArgumentException("Unknown option '" + JdbcUrl.OPTION_PREFIX + option.getKey()
            + "' in JDBC session store URI; known options: "
            + OPTIONS.stream().sorted().map(o -> JdbcUrl.OPTION_PREFIX + o).toList());
      }
    }
    return builder.build();
  }

  private static boolean bool(String name, String value) {
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    throw new IllegalArgumentException("Option " + JdbcUrl.OPTION_PREFIX + name + " must be true or false, was '"
        + value + "'");
  }

  private static int integer(String name, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Option " + JdbcUrl.OPTION_PREFIX + name + " must be a whole number, was '"
          + value + "'", e);
    }
  }
}
