package io.podiokit.session.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JdbcUrlTest {

  @Test
  void podioOptionsAreTakenOutOfTheQueryAndTheRestIsKeptInOrder() {
    JdbcUrl url = JdbcUrl.parse("jdbc:postgresql://db.local:5432/app?user=app&podio.table=sessions&ssl=false"
        + "&podio.createTable=true&ApplicationName=svc");

    assertThat(url.driverUrl()).isEqualTo("jdbc:postgresql://db.local:5432/app?user=app&ssl=false&ApplicationName=svc");
    assertThat(url.options()).containsExactly(Map.entry("table", "sessions"), Map.entry("createTable", "true"));
    assertThat(url.password()).isNull();
  }

  @Test
  void aLeadingOptionLeavesAWellFormedQuery() {
    assertThat(JdbcUrl.parse("jdbc:mariadb://127.0.0.1:3306/test?podio.maximumPoolSize=4&user=root").driverUrl())
        .isEqualTo("jdbc:mariadb://127.0.0.1:3306/test?user=root");
    assertThat(JdbcUrl.parse("jdbc:mariadb://127.0.0.1:3306/test?podio.maximumPoolSize=4").driverUrl())
        .isEqualTo("jdbc:mariadb://127.0.0.1:3306/test");
  }

  @Test
  void h2SettingsKeepTheirSemicolonForm() {
    JdbcUrl url = JdbcUrl.parse("jdbc:h2:mem:app;DB_CLOSE_DELAY=-1;podio.table=s.sessions;MODE=PostgreSQL");

    assertThat(url.driverUrl()).isEqualTo("jdbc:h2:mem:app;DB_CLOSE_DELAY=-1;MODE=PostgreSQL");
    assertThat(url.options()).containsExactly(Map.entry("table", "s.sessions"));
  }

  @Test
  void queryOptionValuesArePercentDecoded() {
    assertThat(JdbcUrl.parse("jdbc:postgresql://h/app?podio.table=app%2Esessions").options())
        .containsEntry("table", "app.sessions");
  }

  @Test
  void passwordIsTakenOutOfTheUrlWhereverItIs() {
    JdbcUrl query = JdbcUrl.parse("jdbc:postgresql://h/app?user=app&password=p%40ss%26word&ssl=true");
    assertThat(query.driverUrl()).isEqualTo("jdbc:postgresql://h/app?user=app&ssl=true");
    assertThat(query.password()).isEqualTo("p@ss&word");

    JdbcUrl h2 = JdbcUrl.parse("jdbc:h2:mem:app;USER=sa;PASSWORD=s3cret;DB_CLOSE_DELAY=-1");
    assertThat(h2.driverUrl()).isEqualTo("jdbc:h2:mem:app;USER=sa;DB_CLOSE_DELAY=-1");
    assertThat(h2.password()).isEqualTo("s3cret");

    JdbcUrl userInfo = JdbcUrl.parse("jdbc:mysql://app:pw%3A1@db.local:3306/app?useSSL=true");
    assertThat(userInfo.driverUrl()).isEqualTo("jdbc:mysql://db.local:3306/app?useSSL=true");
    assertThat(userInfo.user()).isEqualTo("app");
    assertThat(userInfo.password()).isEqualTo("pw:1");
    assertThat(userInfo.toString()).doesNotContain("pw");
  }

  @Test
  void redactionHidesPasswordsAndSecretLookingParameters() {
    assertThat(JdbcUrl.redact("jdbc:postgresql://h/app?user=app&password=hunter2&sslpassword=x2&ssl=true"))
        .isEqualTo("jdbc:postgresql://h/app?user=app&password=<redacted>&sslpassword=<redacted>&ssl=true");
    assertThat(JdbcUrl.redact("jdbc:mysql://app:hunter2@db:3306/app"))
        .isEqualTo("jdbc:mysql://app:<redacted>@db:3306/app");
    assertThat(JdbcUrl.redact("jdbc:h2:mem:x;PASSWORD=hunter2;USER=sa")).isEqualTo("jdbc:h2:mem:x;PASSWORD=<redacted>;USER=sa");
    assertThat(JdbcUrl.redact("jdbc:postgresql://h/app?user=app")).isEqualTo("jdbc:postgresql://h/app?user=app");
  }

  @Test
  void somethingThatIsNotAJdbcUrlIsRejected() {
    assertThatThrownBy(() -> JdbcUrl.parse("postgresql://h/app?password=hunter2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Not a JDBC URL")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> JdbcUrl.parse("jdbc:")).isInstanceOf(IllegalArgumentException.class);
  }
}
