package io.podiokit.session.redis;

import io.podiokit.GrantKind;
import io.podiokit.Session;
import io.podiokit.SessionKey;
import io.podiokit.Token;
import io.podiokit.TokenRef;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Redis hash of one session. Instants are ISO-8601 in UTC ({@link Instant#toString()}), so they read back
 * exactly; {@code version} is a decimal integer; {@code refresh_token}, {@code ref_type} and {@code ref_id} are left
 * out when the token has none. Reading never quotes a field's value, since two of them are secrets.
 */
final class SessionHash {

  static final String ACCESS_TOKEN = "access_token";
  static final String REFRESH_TOKEN = "refresh_token";
  static final String EXPIRES_AT = "expires_at";
  static final String TOKEN_TYPE = "token_type";
  static final String SCOPE = "scope";
  static final String REF_TYPE = "ref_type";
  static final String REF_ID = "ref_id";
  static final String ORIGIN = "origin";
  static final String VERSION = "version";
  static final String UPDATED_AT = "updated_at";
  static final String RETAIN_UNTIL = "retain_until";

  /** The latest instant Redis can expire a key at (end of year 9999); later ones get no TTL. */
  private static final long MAX_EXPIRE_MILLIS = 253_402_300_799_999L;

  private SessionHash() {}

  /** Field names and values, alternating, of everything but {@code version} (the scripts write that). */
  static List<String> fields(Session session) {
    Token token = session.token();
    List<String> fields = new ArrayList<>(20);
    add(fields, ACCESS_TOKEN, token.accessToken());
    if (token.refreshToken() != null) {
      add(fields, REFRESH_TOKEN, token.refreshToken());
    }
    add(fields, EXPIRES_AT, token.expiresAt().toString());
    add(fields, TOKEN_TYPE, token.tokenType());
    add(fields, SCOPE, token.scope());
    TokenRef ref = token.ref();
    if (ref != null) {
      add(fields, REF_TYPE, ref.type());
      add(fields, REF_ID, Long.toString(ref.id()));
    }
    add(fields, ORIGIN, session.origin().wireName());
    add(fields, UPDATED_AT, session.updatedAt().toString());
    add(fields, RETAIN_UNTIL, session.retainUntil().toString());
    return fields;
  }

  /**
   * The {@code PEXPIREAT} argument for {@code retainUntil}: epoch milliseconds rounded up, so Redis never drops a
   * session early; empty when the instant is beyond what Redis can expire at (the key then has no TTL).
   */
  static String expireAtMillis(Instant retainUntil) {
    if (retainUntil.isAfter(Instant.ofEpochMilli(MAX_EXPIRE_MILLIS))) {
      return "";
    }
    long millis = retainUntil.toEpochMilli();
    return Long.toString(retainUntil.getNano() % 1_000_000 == 0 ? millis : millis + 1);
  }

  /**
   * Reads a hash written by {@link #fields(Session)} and the scripts.
   *
   * @throws Unreadable saying which field is missing or malformed, never its value
   */
  static Session read(SessionKey key, Map<String, String> hash) throws Unreadable {
    String refType = hash.get(REF_TYPE);
    String refId = hash.get(REF_ID);
    if ((refType == null) != (refId == null)) {
      throw new Unreadable("it has only one of the fields '" + REF_TYPE + "' and '" + REF_ID + "'");
    }
    TokenRef ref = refType == null ? null : new TokenRef(refType, number(REF_ID, refId));
    Token token;
    try {
      token = new Token(required(hash, ACCESS_TOKEN), hash.get(REFRESH_TOKEN), instant(hash, EXPIRES_AT),
          required(hash, SCOPE), ref, required(hash, TOKEN_TYPE));
    } catch (IllegalArgumentException e) {
      throw new Unreadable("its field '" + ACCESS_TOKEN + "' is empty");
    }
    GrantKind origin;
    try {
      origin = GrantKind.fromWireName(required(hash, ORIGIN));
    } catch (IllegalArgumentException e) {
      throw new Unreadable("its field '" + ORIGIN + "' is not a grant kind this version knows");
    }
    long version = number(VERSION, required(hash, VERSION));
    if (version < 1) {
      throw new Unreadable("its field '" + VERSION + "' is not a positive integer");
    }
    return new Session(key, token, origin, version, instant(hash, UPDATED_AT), instant(hash, RETAIN_UNTIL));
  }

  private static void add(List<String> fields, String name, String value) {
    fields.add(name);
    fields.add(value);
  }

  private static String required(Map<String, String> hash, String field) throws Unreadable {
    String value = hash.get(field);
    if (value == null) {
      throw new Unreadable("its field '" + field + "' is missing");
    }
    return value;
  }

  private static Instant instant(Map<String, String> hash, String field) throws Unreadable {
    try {
      return Instant.parse(required(hash, field));
    } catch (DateTimeParseException e) {
      throw new Unreadable("its field '" + field + "' is not an ISO-8601 instant");
    }
  }

  private static long number(String field, @Nullable String value) throws Unreadable {
    try {
      return Long.parseLong(String.valueOf(value));
    } catch (NumberFormatException e) {
      throw new Unreadable("its field '" + field + "' is not an integer");
    }
  }

  /** A stored hash that does not hold a readable session. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String reason) {
      super(reason, null, false, false);
    }
  }
}
