package io.podiokit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SessionKeyTest {

  @Test
  void keysThatDifferOnlyInWhereAColonFallsEncodeDifferently() {
    SessionKey a = new SessionKey("c", "user", "a:b");
    SessionKey b = new SessionKey("c:user", "a", "b");
    assertThat(a.encoded()).isNotEqualTo(b.encoded());
    assertThat(a.encoded()).isEqualTo("c:user:a%3Ab");
    assertThat(new SessionKey("c", "user", "Zoë 李").encoded()).isEqualTo("c:user:Zo%C3%AB%20%E6%9D%8E");
  }

  @Test
  void theFactoriesUseTheDocumentedKinds() {
    assertThat(SessionKey.app("c", 5)).isEqualTo(new SessionKey("c", "app", "5"));
    assertThat(SessionKey.user("c", "u")).isEqualTo(new SessionKey("c", "user", "u"));
    assertThat(SessionKey.password("c", "ann")).isEqualTo(new SessionKey("c", "password", "ann"));
  }

  @Test
  void invalidPartsAreRefusedWithTheirName() {
    assertThatThrownBy(() -> new SessionKey("c", "user", " ")).hasMessageContaining("identifier is blank");
    assertThatThrownBy(() -> new SessionKey("c", "x".repeat(33), "u")).hasMessageContaining("kind is 33 characters");
    assertThatThrownBy(() -> new SessionKey("c", "user", "a\nb")).hasMessageContaining("control character");
    assertThatThrownBy(() -> new SessionKey(null, "user", "u")).hasMessage("namespace == null");
  }

  @Test
  void unpairedSurrogatesAreRefusedSoTheyCannotCollideWithAQuestionMark() {
    assertThatThrownBy(() -> SessionKey.user("client", "\uD800")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unpaired surrogate");
    assertThatThrownBy(() -> SessionKey.user("client", "a\uDC00b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SessionKey.user("client", "a\uD800")).isInstanceOf(IllegalArgumentException.class);
    assertThat(SessionKey.user("client", "\uD83D\uDE00").encoded()).isNotEqualTo(SessionKey.user("client", "?").encoded());
  }
}
