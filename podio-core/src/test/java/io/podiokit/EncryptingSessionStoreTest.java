package io.podiokit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EncryptingSessionStoreTest {

  private static final String K1 = EncryptingSessionStore.generateKey();
  private static final String K2 = EncryptingSessionStore.generateKey();
  private final TestStore raw = new TestStore(true);
  private final SessionKey key = SessionKey.user("client", "u-1");

  private Session session(String access, String refresh) {
    return new Session(key, new Token(access, refresh, Instant.EPOCH, "global:all", new TokenRef("user", 9), "bearer"),
        GrantKind.AUTHORIZATION_CODE, 0, Instant.EPOCH, Instant.EPOCH);
  }

  @Test
  void theDelegateNeverHoldsTheTokensAndTheyReadBackIntact() {
    SessionStore store = EncryptingSessionStore.builder(raw).key("k1", K1).build();
    Session saved = store.save(session("access-Secret-ü", "refresh-Secret"));
    assertThat(saved.token().accessToken()).isEqualTo("access-Secret-ü");
    Session atRest = raw.load(key).orElseThrow();
    assertThat(atRest.token().accessToken()).startsWith("pk1:k1:").doesNotContain("access-Secret");
    assertThat(atRest.token().refreshToken()).startsWith("pk1:k1:").doesNotContain("refresh-Secret");
    assertThat(atRest.token().scope()).isEqualTo("global:all");
    assertThat(store.load(key)).contains(saved);
    assertThat(store.replace(saved.version(), session("a2", "r2"))).get()
        .extracting(s -> s.token().accessToken()).isEqualTo("a2");
  }

  @Test
  void keysRotateById() {
    EncryptingSessionStore.builder(raw).key("k1", K1).build().save(session("old", "r"));
    SessionStore rotated = EncryptingSessionStore.builder(raw).keys("k2:" + K2 + ",k1:" + K1).build();
    assertThat(rotated.load(key).orElseThrow().token().accessToken()).isEqualTo("old");
    rotated.save(session("new", "r"));
    assertThat(raw.load(key).orElseThrow().token().accessToken()).startsWith("pk1:k2:");
  }

  @Test
  void aWrongKeyIsAClearErrorNotGarbage() {
    EncryptingSessionStore.builder(raw).key("k1", K1).build().save(session("a", "r"));
    SessionStore wrong = EncryptingSessionStore.builder(raw).key("k1", K2).build();
    assertThatThrownBy(() -> wrong.load(key)).isInstanceOf(SessionStoreException.class)
        .hasMessageContaining("does not decrypt with key 'k1'").hasMessageNotContaining(K1).hasMessageNotContaining(K2);
    SessionStore unknown = EncryptingSessionStore.builder(raw).key("k9", K2).build();
    assertThatThrownBy(() -> unknown.load(key)).isInstanceOf(SessionStoreException.class)
        .hasMessageContaining("key id 'k1', which is not configured");
    assertThat(raw.load(key)).isPresent();
  }

  @Test
  void aSealedValueMovedToAnotherSessionDoesNotOpen() {
    SessionStore store = EncryptingSessionStore.builder(raw).key("k1", K1).build();
    store.save(session("a", "r"));
    Session atRest = raw.load(key).orElseThrow();
    SessionKey other = SessionKey.user("client", "u-2");
    raw.save(new Session(other, atRest.token(), atRest.origin(), 0, Instant.EPOCH, Instant.EPOCH));
    assertThatThrownBy(() -> store.load(other)).isInstanceOf(SessionStoreException.class);
  }

  @Test
  void plaintextSessionsAreReportedNotServed() {
    raw.save(session("plain", "r"));
    SessionStore store = EncryptingSessionStore.builder(raw).key("k1", K1).build();
    assertThatThrownBy(() -> store.load(key)).isInstanceOf(SessionStoreException.class)
        .hasMessageContaining("is not encrypted").hasMessageNotContaining("plain,");
  }

  @Test
  void theRefreshLockIsPassedThrough() {
    assertThat(EncryptingSessionStore.builder(raw).key("k1", K1).build().refreshLock()).contains(raw);
    assertThat(EncryptingSessionStore.builder(TestStore.withoutLock()).key("k1", K1).build().refreshLock()).isEmpty();
  }

  @Test
  void badKeysFailFast() {
    assertThatThrownBy(() -> EncryptingSessionStore.builder(raw).build()).hasMessageContaining("at least one key");
    assertThatThrownBy(() -> EncryptingSessionStore.builder(raw).key("k1", "c2hvcnQ=")).hasMessageContaining("5 bytes");
    assertThatThrownBy(() -> EncryptingSessionStore.builder(raw).key("k 1", K1)).hasMessageContaining("key id");
    assertThatThrownBy(() -> EncryptingSessionStore.builder(raw).key("k1", K1).primaryKeyId("k2").build())
        .hasMessageContaining("'k2' is not among");
    assertThat(EncryptingSessionStore.builder(raw).key("k1", K1).build().toString()).doesNotContain(K1);
  }
}
