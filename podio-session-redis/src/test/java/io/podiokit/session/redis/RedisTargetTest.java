package io.podiokit.session.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisCredentials;
import io.lettuce.core.RedisURI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RedisTargetTest {

  private static final String PASSWORD = "pa55-w0rd-never-shown";

  @Test
  void standaloneUriWithPasswordDatabaseAndOptions() {
    RedisTarget target = RedisTarget.parse("redis://:" + PASSWORD + "@cache.example:6380/3?prefix=app:s:&timeout=750ms"
        + "&clientName=billing");

    assertThat(target.mode).isEqualTo(RedisTarget.Mode.STANDALONE);
    assertThat(target.address).isEqualTo("cache.example:6380/3");
    assertThat(target.keyPrefix).isEqualTo("app:s:");
    assertThat(target.timeout).isEqualTo(Duration.ofMillis(750));
    RedisURI uri = target.uris.get(0);
    assertThat(uri.getHost()).isEqualTo("cache.example");
    assertThat(uri.getPort()).isEqualTo(6380);
    assertThat(uri.getDatabase()).isEqualTo(3);
    assertThat(credentials(uri).getPassword()).containsExactly(PASSWORD.toCharArray());
    assertThat(uri.getClientName()).isEqualTo("billing");
  }

  @Test
  void defaultsWhenNoOptionsAreGiven() {
    RedisTarget target = RedisTarget.parse("redis://localhost");

    assertThat(target.address).isEqualTo("localhost:6379");
    assertThat(target.keyPrefix).isNull();
    assertThat(target.timeout).isNull();
    assertThat(target.uris.get(0).isSsl()).isFalse();
  }

  @Test
  void redissIsTls() {
    RedisTarget target = RedisTarget.parse("rediss://user:" + PASSWORD + "@secure.example:6390");

    assertThat(target.uris.get(0).isSsl()).isTrue();
    assertThat(credentials(target.uris.get(0)).getUsername()).isEqualTo("user");
    assertThat(target.address).isEqualTo("secure.example:6390");
  }

  @Test
  void sentinelUriNamesMasterAndSentinels() {
    RedisTarget target = RedisTarget.parse("redis-sentinel://:" + PASSWORD + "@s1:26379,s2:26380/2?timeout=3s#primary");

    assertThat(target.mode).isEqualTo(RedisTarget.Mode.SENTINEL);
    assertThat(target.uris.get(0).getSentinelMasterId()).isEqualTo("primary");
    assertThat(target.uris.get(0).getSentinels()).hasSize(2);
    assertThat(target.address).isEqualTo("master 'primary' via Sentinel s1:26379,s2:26380/2");
    assertThat(target.timeout).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void sentinelUriWithoutMasterIsRejected() {
    assertThatThrownBy(() -> RedisTarget.parse("redis-sentinel://s1:26379"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("#mymaster");
  }

  @Test
  void clusterSchemeListsEverySeedNode() {
    RedisTarget target = RedisTarget.parse("redis-cluster://:" + PASSWORD + "@n1:7000,n2:7001,n3?prefix=c:");

    assertThat(target.mode).isEqualTo(RedisTarget.Mode.CLUSTER);
    assertThat(target.address).isEqualTo("Redis Cluster n1:7000,n2:7001,n3:6379");
    assertThat(target.uris).extracting(RedisURI::getHost).containsExactly("n1", "n2", "n3");
    assertThat(target.uris).allSatisfy(uri -> assertThat(credentials(uri).getPassword()).containsExactly(PASSWORD.toCharArray()));
    assertThat(target.keyPrefix).isEqualTo("c:");
  }

  @Test
  void clusterOptionOnPlainSchemeAndTlsClusterScheme() {
    assertThat(RedisTarget.parse("redis://n1:7000,n2:7001?cluster=true").mode).isEqualTo(RedisTarget.Mode.CLUSTER);
    RedisTarget tls = RedisTarget.parse("rediss-cluster://n1:7000");
    assertThat(tls.mode).isEqualTo(RedisTarget.Mode.CLUSTER);
    assertThat(tls.uris.get(0).isSsl()).isTrue();
    assertThat(RedisTarget.parse("redis://n1:7000?cluster=false").mode).isEqualTo(RedisTarget.Mode.STANDALONE);
  }

  @Test
  void clusterRejectsDatabase() {
    assertThatThrownBy(() -> RedisTarget.parse("redis-cluster://n1:7000/2"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("database 0");
    assertThatThrownBy(() -> RedisTarget.parse("redis-cluster://n1:7000?database=2"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'database' does not apply");
  }

  @Test
  void timeoutFormats() {
    assertThat(RedisTarget.parse("redis://h?timeout=2s").timeout).isEqualTo(Duration.ofSeconds(2));
    assertThat(RedisTarget.parse("redis://h?timeout=1m").timeout).isEqualTo(Duration.ofMinutes(1));
    assertThat(RedisTarget.parse("redis://h?timeout=PT0.5S").timeout).isEqualTo(Duration.ofMillis(500));
    assertThatThrownBy(() -> RedisTarget.parse("redis://h?timeout=soon"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("500ms, 2s, 1m or PT2S");
    assertThatThrownBy(() -> RedisTarget.parse("redis://h?timeout=0ms"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 ms");
  }

  @Test
  void badInputIsRejectedWithoutShowingThePassword() {
    String[] bad = {
        "redis://:" + PASSWORD + "@h?colour=blue",
        "redis://:" + PASSWORD + "@h?prefix=a{b}",
        "redis://:" + PASSWORD + "@h?prefix=",
        "redis://:" + PASSWORD + "@h?cluster=maybe",
        "redis://:" + PASSWORD + "@h?prefix=a&prefix=b",
        "memcached://:" + PASSWORD + "@h",
        "redis-cluster://:" + PASSWORD + "@h:notaport",
        "redis://" + PASSWORD + "@h?colour=blue",
        "redis://:" + PASSWORD + "/with/slash@h?colour=blue",
    };
    for (String uri : bad) {
      assertThatThrownBy(() -> RedisTarget.parse(uri))
          .as(uri)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining(PASSWORD)
          .hasMessageContaining("Expected redis://");
    }
  }

  @Test
  void unknownOptionMessageListsTheKnownOnes() {
    assertThatThrownBy(() -> RedisTarget.parse("redis://h?colour=blue"))
        .hasMessageContaining("'colour' is unknown")
        .hasMessageContaining("prefix, timeout, cluster");
  }

  @Test
  void redactHidesPasswordOrBareUserInfo() {
    assertThat(RedisTarget.redact("redis://:" + PASSWORD + "@h:1/0")).isEqualTo("redis://:******@h:1/0");
    assertThat(RedisTarget.redact("redis://bob:" + PASSWORD + "@h")).isEqualTo("redis://bob:******@h");
    assertThat(RedisTarget.redact("redis://" + PASSWORD + "@h")).isEqualTo("redis://******@h");
    assertThat(RedisTarget.redact("redis://h:6379")).isEqualTo("redis://h:6379");
  }

  private static RedisCredentials credentials(RedisURI uri) {
    return uri.getCredentialsProvider().resolveCredentials().block();
  }
}
