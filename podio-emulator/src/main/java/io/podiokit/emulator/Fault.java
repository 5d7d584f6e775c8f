package io.podiokit.emulator;

import java.time.Duration;
import java.util.Objects;

/**
 * A misbehaviour the emulator can be told to show instead of (or before) its normal answer, through
 * {@link PodioEmulator#tokenEndpointFaults()} or {@link PodioEmulator#apiFaults()}. Immutable.
 */
public final class Fault {

  enum Kind { STATUS, HTML, MALFORMED, EMPTY, DELAY, LATE, DROP }

  private final Kind kind;
  private final int status;
  private final Duration delay;

  private Fault(Kind kind, int status, Duration delay) {
    this.kind = kind;
    this.status = status;
    this.delay = delay;
  }

  /**
   * Answers {@code status} (400 to 599, typically 500, 502 or 503) with a Podio JSON error body.
   *
   * @param status the HTTP status
   * @return the fault
   */
  public static Fault status(int status) {
    return new Fault(Kind.STATUS, checkStatus(status, 400), Duration.ZERO);
  }

  /**
   * Answers {@code status} (400 to 599) with an HTML error page, as a proxy in front of Podio would.
   *
   * @param status the HTTP status
   * @return the fault
   */
  public static Fault html(int status) {
    return new Fault(Kind.HTML, checkStatus(status, 400), Duration.ZERO);
  }

  /**
   * Answers 200 with a body that claims to be JSON but is cut off.
   *
   * @return the fault
   */
  public static Fault malformed() {
    return new Fault(Kind.MALFORMED, 200, Duration.ZERO);
  }

  /**
   * Answers {@code status} (200 to 599) with an empty body.
   *
   * @param status the HTTP status
   * @return the fault
   */
  public static Fault empty(int status) {
    return new Fault(Kind.EMPTY, checkStatus(status, 200), Duration.ZERO);
  }

  /**
   * Waits {@code delay} (at most a minute), then answers normally.
   *
   * @param delay how long to wait
   * @return the fault
   */
  public static Fault delay(Duration delay) {
    return new Fault(Kind.DELAY, 0, checkDelay(delay));
  }

  /**
   * Does the work at once, then holds the answer back for {@code delay} (at most a minute): on the token endpoint, a
   * refresh token is already rotated while its answer is still in flight, as when a network or a GC pause holds up
   * Podio's reply. On API calls it acts as {@link #delay(Duration)}.
   *
   * @param delay how long the answer is held back, 0 to 1 minute
   * @return the fault
   */
  public static Fault late(Duration delay) {
    return new Fault(Kind.LATE, 0, checkDelay(delay));
  }

  /**
   * Closes the connection without answering.
   *
   * @return the fault
   */
  public static Fault drop() {
    return new Fault(Kind.DROP, 0, Duration.ZERO);
  }

  /**
   * The fault a text names, as the command line and the admin endpoint take it: {@code status:500},
   * {@code html:502}, {@code malformed}, {@code empty:200}, {@code delay:2s} (or {@code delay:250ms}),
   * {@code late:2s} (or {@code late:250ms}), {@code drop}.
   *
   * @param spec the fault's name and, where it takes one, its argument
   * @return the fault
   * @throws IllegalArgumentException naming the accepted forms, if {@code spec} is none of them
   */
  public static Fault parse(String spec) {
    Objects.requireNonNull(spec, "spec == null");
    String text = spec.trim();
    int colon = text.indexOf(':');
    String name = colon < 0 ? text : text.substring(0, colon);
    String arg = colon < 0 ? "" : text.substring(colon + 1).trim();
    try {
      return switch (name) {
        case "status" -> status(Integer.parseInt(arg));
        case "html" -> html(Integer.parseInt(arg));
        case "empty" -> empty(Integer.parseInt(arg));
        case "malformed" -> malformed();
        case "drop" -> drop();
        case "delay" -> delay(duration(arg));
        case "late" -> late(duration(arg));
        default -> throw new IllegalArgumentException("unknown fault");
      };
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + spec + "' is not a fault (" + e.getMessage() + "); use status:CODE, "
          + "html:CODE, empty:CODE, malformed, delay:SECONDSs, delay:MILLISms, late:SECONDSs, late:MILLISms or drop", e);
    }
  }

  /** The faults of a comma-separated list of {@link #parse(String)} forms. */
  static Fault[] parseList(String specs) {
    return java.util.Arrays.stream(specs.split(",")).filter(s -> !s.isBlank()).map(Fault::parse)
        .toArray(Fault[]::new);
  }

  private static Duration duration(String arg) {
    return arg.endsWith("ms") ? Duration.ofMillis(Long.parseLong(arg.substring(0, arg.length() - 2)))
        : Duration.ofSeconds(Long.parseLong(arg.endsWith("s") ? arg.substring(0, arg.length() - 1) : arg));
  }

  private static Duration checkDelay(Duration delay) {
    Objects.requireNonNull(delay, "delay == null");
    if (delay.isNegative() || delay.compareTo(Duration.ofMinutes(1)) > 0) {
      throw new IllegalArgumentException("delay must be between 0 and 1 minute, was " + delay);
    }
    return delay;
  }

  private static int checkStatus(int status, int min) {
    if (status < min || status > 599) {
      throw new IllegalArgumentException("status must be between " + min + " and 599, was " + status);
    }
    return status;
  }

  Kind kind() {
    return kind;
  }

  int statusCode() {
    return status;
  }

  Duration delayDuration() {
    return delay;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fault f && f.kind == kind && f.status == status && f.delay.equals(delay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, status, delay);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case STATUS -> "Fault.status(" + status + ")";
      case HTML -> "Fault.html(" + status + ")";
      case MALFORMED -> "Fault.malformed()";
      case EMPTY -> "Fault.empty(" + status + ")";
      case DELAY -> "Fault.delay(" + delay + ")";
      case LATE -> "Fault.late(" + delay + ")";
      case DROP -> "Fault.drop()";
    };
  }
}
