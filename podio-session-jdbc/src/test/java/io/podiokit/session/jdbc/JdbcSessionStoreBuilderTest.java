package io.podiokit.session.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.podiokit.SessionStore;
import io.podiokit.SessionStoreProvider;
import io.podiokit.SessionStores;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class JdbcSessionStoreBuilderTest {

  @Test
  void acceptsPlainAndSchemaQualifiedIdentifiers() {
    String longest = "t" + "x".repeat(62);
    for (String name : List.of("podio_session", "_sessions", "Sessions2", "app.podio_session", "s_1._t", longest,
        longest + "." + longest)) {
      assertThat(JdbcSessionStore.isValidTableName(name)).as(name).isTrue();
      assertThat(JdbcSessionStore.builder().tableName(name)).as(name).isNotNull();
    }
  }

  @Test
  void rejectsAnythingElseAsTableName() {
    for (String name : List.of("", "1sessions", "podio-session", "podio session", "podio_session;DROP TABLE x",
        "\"podio_session\"", "a.b.c", ".sessions", "sessions.", "t" + "x".repeat(63), "sessión", "`s`")) {
      assertThat(JdbcSessionStore.isValidTableName(name)).as(name).isFalse();
      assertThatThrownBy(() -> JdbcSessionStore.builder().tableName(name)).as(name)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Invalid table name");
    }
  }

  @Test
  void buildNeedsExactlyOneDatabase() {
    assertThatThrownBy(() -> JdbcSessionStore.builder().build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dataSource(...) or jdbcUrl(...)");
    try (HikariDataSource ds = new HikariDataSource()) {
      assertThatThrownBy(() -> JdbcSessionStore.builder().dataSource(ds).jdbcUrl("jdbc:h2:mem:x").build())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("give only one");
      assertThatThrownBy(() -> JdbcSessionStore.builder().dataSource(ds).maximumPoolSize(3).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apply to a jdbcUrl only");
    }
  }

  @Test
  void builderChecksEachArgument() {
    JdbcSessionStore.Builder builder = JdbcSessionStore.builder();
    assertThatThrownBy(() -> builder.maximumPoolSize(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.minimumIdle(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.connectionTimeout(Duration.ofMillis(100)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("250 ms");
    assertThatThrownBy(() -> builder.jdbcUrl(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("jdbcUrl == null");
  }

  @Test
  void passwordGivenTwiceIsRejectedWithoutShowingIt() {
    assertThatThrownBy(() -> JdbcSessionStore.builder()
        .jdbcUrl("jdbc:h2:mem:twice;PASSWORD=first-secret").password("second-secret").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("give it once")
        .hasMessageNotContainingAny("first-secret", "second-secret");
  }

  @Test
  void podioOptionsInABuilderUrlAreRejected() {
    assertThatThrownBy(() -> JdbcSessionStore.builder().jdbcUrl("jdbc:h2:mem:x;podio.table=t").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SessionStores.open");
  }

  @Test
  void urlWithoutADriverIsAClearErrorWithoutThePassword() {
    assertThatThrownBy(() -> JdbcSessionStore.builder()
        .jdbcUrl("jdbc:nosuchdb://127.0.0.1/app?password=hunter2-secret").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jdbc:nosuchdb://127.0.0.1/app")
        .hasMessageContaining("Add your database's driver")
        .hasMessageNotContaining("hunter2-secret")
        .satisfies(e -> assertThat(String.valueOf(e.getCause())).doesNotContain("hunter2-secret"));
  }

  @Test
  void providerIsRegisteredForTheJdbcScheme() {
    List<SessionStoreProvider> providers = ServiceLoader.load(SessionStoreProvider.class).stream()
        .map(ServiceLoader.Provider::get).filter(p -> p instanceof JdbcSessionStoreProvider).toList();

    assertThat(providers).hasSize(1);
    assertThat(providers.get(0).schemes()).containsExactly("jdbc");
    assertThat(SessionStores.availableSchemes()).contains("jdbc");
  }

  @Test
  void openAppliesTheUriOptions() {
    try (SessionStore store = SessionStores.open(JdbcTestSupport.uniqueH2Url()
        + ";podio.table=app_sessions;podio.createTable=true;podio.maximumPoolSize=2;podio.minimumIdle=0"
        + ";podio.connectionTimeout=1000")) {
      assertThat(store).isInstanceOf(JdbcSessionStore.class);
      assertThat(((JdbcSessionStore) store).tableName()).isEqualTo("app_sessions");
    }
  }

  @Test
  void openRejectsUnknownOptionsAndBadValues() {
    String base = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&";
    assertThatThrownBy(() -> SessionStores.open(base + "podio.tabel=x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("podio.tabel")
        .hasMessageContaining("podio.table");
    assertThatThrownBy(() -> SessionStores.open(base + "podio.createTable=yes"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("true or false");
    assertThatThrownBy(() -> SessionStores.open(base + "podio.maximumPoolSize=many"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole number");
    assertThatThrownBy(() -> SessionStores.open(base + "podio.table=x;DROP"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Invalid table name");
  }
}
