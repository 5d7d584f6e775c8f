package io.podiokit.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void writesAndReadsBackEveryKindOfValue() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("s", "quote \" backslash \\ newline \n tab \t unicode é 😀 control \u0001");
    m.put("n", 42L);
    m.put("neg", -7L);
    m.put("d", 1.5);
    m.put("t", true);
    m.put("f", false);
    m.put("null", null);
    m.put("list", Arrays.asList(1L, "two", null, List.of()));
    m.put("obj", Map.of("k", Map.of()));

    String json = Json.write(m);

    assertThat(Json.parse(json)).isEqualTo(m);
    assertThat(json).startsWith("{\"s\":").contains("\\u0001").contains("\"n\":42");
  }

  @Test
  void readsWhitespaceEscapesAndExponents() {
    assertThat(Json.parse(" { \"a\" : [ 1 , 2.5e1 , \"\\u0041\\/\" ] } "))
        .isEqualTo(Map.of("a", List.of(1L, 25.0, "A/")));
  }

  @Test
  void rejectsWhatIsNotJson() {
    for (String bad : List.of("", "{", "{\"a\" 1}", "[1,]x", "{\"a\": tru}", "\"open", "{'a': 1}", "01x", "[1] [2]",
        "{\"access_token\": \"abc")) {
      assertThatThrownBy(() -> Json.parse(bad)).as(bad).isInstanceOf(Json.ParseException.class);
    }
  }

  @Test
  void refusesDeepNesting() {
    String deep = "[".repeat(1000) + "]".repeat(1000);

    assertThatThrownBy(() -> Json.parse(deep)).isInstanceOf(Json.ParseException.class).hasMessageContaining("deep");
  }
}
