package io.podiokit.session.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.GrantKind;
import io.podiokit.Session;
import io.podiokit.SessionKey;
import io.podiokit.SessionStore;
import io.podiokit.SessionStores;
import io.podiokit.Token;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CaffeineSessionStoreProviderTest {

  @Test
  void memorySchemeIsAvailable() {
    assertThat(SessionStores.availableSchemes()).contains("memory");
  }

  @Test
  void opensAWorkingStoreFromABareUri() {
    try (SessionStore store = SessionStores.open("memory:")) {
      assertThat(store).isInstanceOf(CaffeineSessionStore.class);
      Session saved = store.save(session("user-0"));
      assertThat(store.load(saved.key())).contains(saved);
    }
  }

  @Test
  void maximumSizeOptionBoundsTheStore() {
    try (SessionStore store = SessionStores.open("memory:?maximumSize=5")) {
      for (int i = 0; i < 50; i++) {
        store.save(session("user-" + i));
      }
      assertThat(MemoryStores.countLoadable(store, 50)).isBetween(1L, 5L);
    }
  }

  @Test
  void schemeIsCaseInsensitiveAndEmptyOptionsAreAllowed() {
    try (SessionStore store = SessionStores.open("MEMORY:?maximumSize=100&")) {
      for (int i = 0; i < 50; i++) {
        store.save(session("user-" + i));
      }
      assertThat(MemoryStores.countLoadable(store, 50)).isEqualTo(50);
    }
  }

  @Test
  void unknownOptionIsNamedWithTheValidOnes() {
    assertThatThrownBy(() -> SessionStores.open("memory:?maxSize=5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unknown option 'maxSize'")
        .hasMessageContaining("the valid options are: maximumSize");
  }

  @Test
  void badMaximumSizeIsRejectedWithTheValue() {
    for (String value : new String[] {"abc", "0", "-1", "", "99999999999999999999"}) {
      assertThatThrownBy(() -> SessionStores.open("memory:?maximumSize=" + value))
          .as("maximumSize=%s", value)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("maximumSize")
          .hasMessageContaining("'" + value + "'");
    }
  }

  @Test
  void repeatedOptionIsRejected() {
    assertThatThrownBy(() -> SessionStores.open("memory:?maximumSize=5&maximumSize=6"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'maximumSize' is given twice");
  }

  @Test
  void pathIsRejected() {
    assertThatThrownBy(() -> SessionStores.open("memory://localhost/sessions"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("takes only options")
        .hasMessageContaining("memory:?maximumSize=N");
  }

  private static Session session(String userId) {
    Instant now = Instant.now();
    Token token = new Token("access", "refresh", now.plus(Duration.ofHours(8)), "global:all", null, "bearer");
    return new Session(SessionKey.user("client", userId), token, GrantKind.AUTHORIZATION_CODE, 0, now,
        now.plus(Duration.ofDays(30)));
  }
}
