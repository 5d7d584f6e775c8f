package io.podiokit;

/** The one placeholder that stands for a secret in every {@code toString()} and message. */
final class Redaction {
  static final String REDACTED = "<redacted>";

  private Redaction() {}

  /** The longest text from outside (a callback, an answer) that reaches a message or a log line. */
  static final int MAX_EXTERNAL_LENGTH = 200;

  static String ifPresent(@org.jspecify.annotations.Nullable String secret) {
    return secret == null ? "null" : REDACTED;
  }

  /**
   * {@code text} from outside made safe for a message or a log line: control, format (bidi overrides among them) and
   * line-separator characters become a space, and it is cut to {@value #MAX_EXTERNAL_LENGTH} characters.
   */
  static @org.jspecify.annotations.Nullable String external(@org.jspecify.annotations.Nullable String text) {
    if (text == null) {
      return null;
    }
    boolean cut = text.length() > MAX_EXTERNAL_LENGTH;
    String head = cut ? text.substring(0, MAX_EXTERNAL_LENGTH) : text;
    StringBuilder out = new StringBuilder(head.length() + 3);
    for (int i = 0; i < head.length(); i++) {
      char c = head.charAt(i);
      int type = Character.getType(c);
      boolean unsafe = type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE && !paired(head, i);
      out.append(unsafe ? ' ' : c);
    }
    return cut ? out.append("...").toString() : out.toString();
  }

  private static boolean paired(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
