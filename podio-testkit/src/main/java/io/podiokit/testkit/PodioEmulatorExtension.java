package io.podiokit.testkit;

import io.podiokit.emulator.PodioEmulator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link PodioEmulator} around JUnit 5 tests. Register it with {@code @RegisterExtension}: in a
 * {@code static} field one emulator serves the whole test class (started before all its tests, closed after); in an
 * instance field each test gets a fresh one. {@code @Nested} classes share their enclosing class's emulator. The running emulator is {@link #emulator()}, and is injected into test
 * and lifecycle methods that declare a {@link PodioEmulator} parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final PodioEmulatorExtension PODIO = new PodioEmulatorExtension(PodioEmulator.builder()
 *     .client("client-id", "client-secret")
 *     .user("mail@example.com", "password", "Display Name"));
 *
 * @Test
 * void signsIn(PodioEmulator podio) { ... podio.baseUrl() ... }
 * }</pre>
 */
public final class PodioEmulatorExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

  private final PodioEmulator.Builder builder;
  private volatile @Nullable PodioEmulator emulator;
  private volatile boolean perClass;
  private int classDepth;

  /** An extension that builds its emulators with {@code builder} (which must have at least one client). */
  public PodioEmulatorExtension(PodioEmulator.Builder builder) {
    this.builder = Objects.requireNonNull(builder, "builder == null");
  }

  /** An extension whose emulators hold the demo set ({@link PodioEmulator.Builder#demoData()}). */
  public static PodioEmulatorExtension withDemoData() {
    return new PodioEmulatorExtension(PodioEmulator.builder().demoData());
  }

  /**
   * The running emulator.
   *
   * @throws IllegalStateException outside the tests the extension is registered for
   */
  public PodioEmulator emulator() {
    PodioEmulator e = emulator;
    if (e == null) {
      throw new IllegalStateException("no PodioEmulator is running: the extension starts one before each test class "
          + "(static @RegisterExtension field) or each test (instance field)");
    }
    return e;
  }

  @Override
  public synchronized void beforeAll(ExtensionContext context) {
    perClass = true;
    if (classDepth++ == 0) {
      emulator = builder.start();
    }
  }

  @Override
  public synchronized void afterAll(ExtensionContext context) {
    if (--classDepth == 0) {
      closeEmulator();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!perClass) {
      emulator = builder.start();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!perClass) {
      closeEmulator();
    }
  }

  private void closeEmulator() {
    PodioEmulator e = emulator;
    emulator = null;
    if (e != null) {
      e.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == PodioEmulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return emulator();
  }

  @Override
  public String toString() {
    PodioEmulator e = emulator;
    return "PodioEmulatorExtension[" + (e == null ? "not running" : e.toString()) + "]";
  }
}
