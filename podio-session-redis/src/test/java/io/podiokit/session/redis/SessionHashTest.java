package io.podiokit.session.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.GrantKind;
import io.podiokit.Session;
import io.podiokit.SessionKey;
import io.podiokit.Token;
import io.podiokit.TokenRef;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionHashTest {

  private static final SessionKey KEY = SessionKey.app("client", 42);
  private static final String ACCESS = "access-secret-value";
  private static final String REFRESH = "refresh-secret-value";

  @Test
  void roundTripsToTheNanosecond() throws Exception {
    Session session = new Session(KEY, new Token(ACCESS, REFRESH, Instant.parse("2030-01-02T03:04:05.123456789Z"),
        "global:all", new TokenRef("app", 42), "bearer"), GrantKind.APP, 0,
        Instant.parse("2029-12-31T23:59:59.000000001Z"), Instant.parse("2030-02-01T00:00:00Z"));

    Session read = SessionHash.read(KEY, hash(session, "7"));

    assertThat(read).isEqualTo(session.withVersion(7));
  }

  @Test
  void optionalFieldsAreLeftOut() {
    Session session = new Session(KEY, new Token(ACCESS, null, Instant.EPOCH, "", null, "bearer"),
        GrantKind.IMPLICIT, 0, Instant.EPOCH, Instant.EPOCH);

    List<String> fields = SessionHash.fields(session);

    assertThat(fields).doesNotContain("refresh_token", "ref_type", "ref_id", "version");
    assertThat(fields).containsSubsequence("origin", "implicit");
  }

  @Test
  void expiryIsRoundedUpToTheMillisecondAndAbsentBeyondYear9999() {
    assertThat(SessionHash.expireAtMillis(Instant.ofEpochMilli(1_700_000_000_123L)))
        .isEqualTo("1700000000123");
    assertThat(SessionHash.expireAtMillis(Instant.ofEpochMilli(1_700_000_000_123L).plusNanos(1)))
        .isEqualTo("1700000000124");
    assertThat(SessionHash.expireAtMillis(Instant.MAX)).isEmpty();
  }

  @Test
  void unreadableHashesSayWhichFieldAndNeverItsValue() throws Exception {
    Session session = new Session(KEY, new Token(ACCESS, REFRESH, Instant.EPOCH, "s", new TokenRef("app", 1),
        "bearer"), GrantKind.APP, 0, Instant.EPOCH, Instant.EPOCH);
    Map<String, String> good = hash(session, "1");
    Map<String, String> corruptions = Map.of(
        "access_token", "",
        "expires_at", "tomorrow " + ACCESS,
        "version", "one " + REFRESH,
        "ref_id", "x" + ACCESS,
        "origin", "telepathy " + REFRESH,
        "retain_until", REFRESH);
    for (Map.Entry<String, String> corruption : corruptions.entrySet()) {
      Map<String, String> bad = new HashMap<>(good);
      bad.put(corruption.getKey(), corruption.getValue());
      assertThatThrownBy(() -> SessionHash.read(KEY, bad))
          .as(corruption.getKey())
          .isInstanceOf(SessionHash.Unreadable.class)
          .hasMessageContaining("'" + corruption.getKey() + "'")
          .hasMessageNotContaining(ACCESS)
          .hasMessageNotContaining(REFRESH);
    }
    for (String required : List.of("access_token", "expires_at", "token_type", "scope", "origin", "version",
        "updated_at", "retain_until")) {
      Map<String, String> missing = new HashMap<>(good);
      missing.remove(required);
      assertThatThrownBy(() -> SessionHash.read(KEY, missing))
          .as(required).hasMessage("its field '" + required + "' is missing");
    }
    Map<String, String> halfRef = new HashMap<>(good);
    halfRef.remove("ref_type");
    assertThatThrownBy(() -> SessionHash.read(KEY, halfRef)).hasMessageContaining("only one of");
  }

  private static Map<String, String> hash(Session session, String version) {
    List<String> fields = SessionHash.fields(session);
    Map<String, String> hash = new HashMap<>();
    for (int i = 0; i < fields.size(); i += 2) {
      hash.put(fields.get(i), fields.get(i + 1));
    }
    hash.put("version", version);
    return hash;
  }
}
