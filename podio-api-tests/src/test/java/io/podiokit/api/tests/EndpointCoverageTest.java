package io.podiokit.api.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.podiokit.emulator.PodioEmulator;
import io.podiokit.http.retrofit.PodioApi;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HTTP;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/**
 * Every operation of Podio's API (the 274 rows of {@code endpoints.csv}, by area) has a typed method in a service
 * that {@link PodioApi} hands out, and the emulator answers it.
 */
class EndpointCoverageTest {

  record Row(String area, String method, String path) {
    String shape() {
      return method + " " + normalize(path);
    }
  }

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(EndpointCoverageTest.class.getResourceAsStream("/endpoints.csv"));
         BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] cells = line.split(",", 4);
        rows.add(new Row(cells[0], cells[1], cells[2]));
      }
    }
    return rows;
  }

  /** {@code /item/{item_id}/} and {@code item/{id}/} both become {@code item/{}/}. */
  static String normalize(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return p.replaceAll("\\{[^}]*}", "{}");
  }

  /** Every operation the services of {@link PodioApi} declare, as {@code "METHOD path-shape"}. */
  static Set<String> typed() {
    Set<String> out = new HashSet<>();
    for (Method accessor : PodioApi.class.getMethods()) {
      Class<?> service = accessor.getReturnType();
      if (!service.isInterface() || !service.getPackageName().startsWith("io.podiokit.api.")
          || accessor.getParameterCount() != 0) {
        continue;
      }
      for (Method m : service.getMethods()) {
        for (Annotation a : m.getAnnotations()) {
          String verb = null;
          String path = null;
          if (a instanceof GET g) {
            verb = "GET";
            path = g.value();
          } else if (a instanceof POST p) {
            verb = "POST";
            path = p.value();
          } else if (a instanceof PUT p) {
            verb = "PUT";
            path = p.value();
          } else if (a instanceof DELETE d) {
            verb = "DELETE";
            path = d.value();
          } else if (a instanceof HTTP h) {
            verb = h.method().toUpperCase(Locale.ROOT);
            path = h.path();
          }
          if (verb != null) {
            out.add(verb + " " + normalize(path));
          }
        }
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyOperationOfEachAreaIsTyped() throws IOException {
    Set<String> typed = typed();
    return byArea().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () ->
        assertThat(e.getValue().stream().map(Row::shape).filter(s -> !typed.contains(s)).toList())
            .as("operations of area %s without a typed method", e.getKey()).isEmpty()));
  }

  @TestFactory
  Stream<DynamicTest> everyOperationOfEachAreaIsAnsweredByTheEmulator() throws IOException {
    Set<String> served = new HashSet<>();
    try (PodioEmulator podio = PodioEmulator.builder().demoData().build()) {
      for (String op : podio.operations()) {
        int space = op.indexOf(' ');
        served.add(op.substring(0, space) + " " + normalize(op.substring(space + 1)));
      }
    }
    return byArea().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () ->
        assertThat(e.getValue().stream().map(Row::shape).filter(s -> !served.contains(stripSlash(s, served)))
            .toList()).as("operations of area %s the emulator does not answer", e.getKey()).isEmpty()));
  }

  @Test
  void theListHas274Operations() throws IOException {
    assertThat(rows()).hasSize(274);
  }

  private static Map<String, List<Row>> byArea() throws IOException {
    Map<String, List<Row>> byArea = new LinkedHashMap<>();
    for (Row row : rows()) {
      byArea.computeIfAbsent(row.area(), k -> new ArrayList<>()).add(row);
    }
    return byArea;
  }

  /** The emulator ignores a trailing slash, as Podio does: match either form. */
  private static String stripSlash(String shape, Set<String> served) {
    if (served.contains(shape)) {
      return shape;
    }
    return shape.endsWith("/") ? shape.substring(0, shape.length() - 1) : shape + "/";
  }
}
