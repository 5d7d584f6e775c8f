package io.podiokit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StoreSelectionTest {

  /** Registered in this module's test resources under META-INF/services. */
  public static final class TestStoreProvider implements SessionStoreProvider {
    @Override public Set<String> schemes() { return Set.of("test"); }
    @Override public SessionStore open(String uri) { return new TestStore(true); }
  }

  @Test
  void theSchemePicksTheProvider() {
    assertThat(SessionStores.open("test:anything")).isInstanceOf(TestStore.class);
    assertThat(SessionStores.open("TEST://x")).isInstanceOf(TestStore.class);
    assertThat(SessionStores.availableSchemes()).contains("test");
  }

  @Test
  void anUnknownSchemeFailsAndListsTheAvailableOnes() {
    assertThatThrownBy(() -> SessionStores.open("mongodb://localhost"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No session store for scheme 'mongodb'")
        .hasMessageContaining("Schemes available: test");
  }

  @Test
  void aUriWithoutSchemeIsRefused() {
    assertThatThrownBy(() -> SessionStores.open("localhost"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no scheme");
  }
}
