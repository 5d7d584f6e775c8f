package io.podiokit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * A {@link SessionStore} decorator that seals the access and refresh tokens with AES-GCM before they reach the
 * delegate, so the database or Redis never holds a usable token. Each sealed value is
 * {@code pk1:<keyId>:<base64url(iv ‖ ciphertext ‖ tag)>}, bound to its session key and field (a value copied to
 * another session does not open). Keys rotate by id: new writes use the primary key, reads accept every configured
 * key. The delegate's {@link RefreshLock} is passed through.
 *
 * <pre>{@code
 * SessionStore store = EncryptingSessionStore.builder(SessionStores.open(url))
 *     .keys(System.getenv("PODIO_SESSION_KEYS"))   // "k2:BASE64KEY,k1:BASE64KEY": the first is primary
 *     .build();
 * }</pre>
 */
public final class EncryptingSessionStore implements SessionStore {

  private static final String PREFIX = "pk1:";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SessionStore delegate;
  private final String primaryKeyId;
  private final Map<String, SecretKey> keys;
  private final SecureRandom random = new SecureRandom();

  private EncryptingSessionStore(Builder b) {
    this.delegate = b.delegate;
    this.primaryKeyId = Objects.requireNonNull(b.primaryKeyId);
    this.keys = Map.copyOf(b.keys);
  }

  /**
   * {@return a builder wrapping {@code delegate}; at least one key is required}
   *
   * @param delegate the store that keeps the encrypted sessions
   */
  public static Builder builder(SessionStore delegate) {
    return new Builder(Objects.requireNonNull(delegate, "delegate == null"));
  }

  /** {@return a new random 256-bit key, base64-encoded, for {@link Builder#key(String, String)} or a key spec} */
  public static String generateKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  @Override
  public Optional<Session> load(SessionKey key) {
    return delegate.load(key).map(this::open);
  }

  @Override
  public Session save(Session session) {
    return open(delegate.save(seal(session)));
  }

  @Override
  public Optional<Session> replace(long expectedVersion, Session next) {
    return delegate.replace(expectedVersion, seal(next)).map(this::open);
  }

  @Override
  public void delete(SessionKey key) {
    delegate.delete(key);
  }

  @Override
  public Optional<RefreshLock> refreshLock() {
    return delegate.refreshLock();
  }

  @Override
  public void close() {
    delegate.close();
  }

  private Session seal(Session session) {
    Token t = session.token();
    Token sealed = new Token(seal(session.key(), "access_token", t.accessToken()),
        t.refreshToken() == null ? null : seal(session.key(), "refresh_token", t.refreshToken()),
        t.expiresAt(), t.scope(), t.ref(), t.tokenType());
    return new Session(session.key(), sealed, session.origin(), session.version(), session.updatedAt(),
        session.retainUntil());
  }

  private Session open(Session session) {
    Token t = session.token();
    Token opened = new Token(open(session.key(), "access_token", t.accessToken()),
        t.refreshToken() == null ? null : open(session.key(), "refresh_token", t.refreshToken()),
        t.expiresAt(), t.scope(), t.ref(), t.tokenType());
    return new Session(session.key(), opened, session.origin(), session.version(), session.updatedAt(),
        session.retainUntil());
  }

  private String seal(SessionKey key, String field, String plain) {
    try {
      byte[] iv = new byte[IV_BYTES];
      random.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, keys.get(primaryKeyId), new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(aad(key, field, primaryKeyId));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
      return PREFIX + primaryKeyId + ':' + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new SessionStoreException("Could not encrypt the " + field + " of " + key + " with key '"
          + primaryKeyId + "': " + e.getClass().getSimpleName(), null);
    }
  }

  private String open(SessionKey key, String field, String stored) {
    if (!stored.startsWith(PREFIX)) {
      throw new SessionStoreException("The stored " + field + " of " + key + " is not encrypted: the store holds "
          + "sessions written without EncryptingSessionStore. Delete them (sign the users out) or migrate them; "
          + "nothing was changed.", null);
    }
    int colon = stored.indexOf(':', PREFIX.length());
    String keyId = colon < 0 ? "" : stored.substring(PREFIX.length(), colon);
    SecretKey secretKey = keys.get(keyId);
    if (secretKey == null) {
      throw new SessionStoreException("The stored " + field + " of " + key + " was encrypted with key id '" + keyId
          + "', which is not configured (configured: " + keys.keySet() + "). Add that key to decrypt it; nothing "
          + "was changed.", null);
    }
    try {
      byte[] in = Base64.getUrlDecoder().decode(stored.substring(colon + 1));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, secretKey, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
      cipher.updateAAD(aad(key, field, keyId));
      return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new SessionStoreException("The stored " + field + " of " + key + " does not decrypt with key '" + keyId
          + "': the key is wrong (same id, other bytes) or the value was altered. Check the configured key; "
          + "nothing was changed.", null);
    }
  }

  private static byte[] aad(SessionKey key, String field, String keyId) {
    return (key.encoded() + '|' + field + '|' + keyId).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "EncryptingSessionStore[primaryKeyId=" + primaryKeyId + ", keyIds=" + keys.keySet() + ", delegate="
        + delegate + "]";
  }

  /** Builds an {@link EncryptingSessionStore}. */
  public static final class Builder {
    private final SessionStore delegate;
    private final Map<String, SecretKey> keys = new LinkedHashMap<>();
    private @Nullable String primaryKeyId;

    private Builder(SessionStore delegate) {
      this.delegate = delegate;
    }

    /**
     * Adds an AES key (16, 24 or 32 bytes, base64) under {@code keyId}. The first key added is the primary one,
     * which encrypts new writes, unless {@link #primaryKeyId(String)} says otherwise.
     *
     * @param keyId the key's id, written beside each value it encrypts
     * @param base64Key the key, base64-encoded
     * @return this builder
     */
    public Builder key(String keyId, String base64Key) {
      Objects.requireNonNull(keyId, "keyId == null");
      Objects.requireNonNull(base64Key, "base64Key == null");
      if (!keyId.matches("[A-Za-z0-9_.-]{1,32}")) {
        throw new IllegalArgumentException("key id must be 1 to 32 letters, digits, '_', '.' or '-', was '" + keyId + "'");
      }
      byte[] bytes;
      try {
        bytes = Base64.getDecoder().decode(base64Key.trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("key '" + keyId + "' is not valid base64");
      }
      if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
        throw new IllegalArgumentException("key '" + keyId + "' is " + bytes.length
            + " bytes; AES needs 16, 24 or 32 (generate one with EncryptingSessionStore.generateKey())");
      }
      if (keys.putIfAbsent(keyId, new SecretKeySpec(bytes, "AES")) != null) {
        throw new IllegalArgumentException("key id '" + keyId + "' is given twice");
      }
      if (primaryKeyId == null) {
        primaryKeyId = keyId;
      }
      return this;
    }

    /**
     * Adds every key of a spec {@code id:base64,id:base64}; the first is primary unless set otherwise.
     *
     * @param keySpec the keys, as {@code id:base64,id:base64}
     * @return this builder
     */
    public Builder keys(String keySpec) {
      Objects.requireNonNull(keySpec, "keySpec == null");
      for (String entry : keySpec.split(",")) {
        int colon = entry.indexOf(':');
        if (colon <= 0) {
          throw new IllegalArgumentException("key spec entries must look like 'keyId:base64Key'");
        }
        key(entry.substring(0, colon).trim(), entry.substring(colon + 1));
      }
      return this;
    }

    /**
     * Which configured key encrypts new writes.
     *
     * @param keyId which configured key encrypts new writes
     * @return this builder
     */
    public Builder primaryKeyId(String keyId) {
      this.primaryKeyId = Objects.requireNonNull(keyId, "keyId == null");
      return this;
    }

    /**
     * Builds the store.
     *
     * @return the store
     * @throws IllegalStateException if no key is configured or the primary key id is not one of them
     */
    public EncryptingSessionStore build() {
      if (keys.isEmpty()) {
        throw new IllegalStateException("EncryptingSessionStore needs at least one key: key(id, base64) or keys(spec)");
      }
      if (!keys.containsKey(primaryKeyId)) {
        throw new IllegalStateException("primary key id '" + primaryKeyId + "' is not among the configured keys "
            + keys.keySet());
      }
      return new EncryptingSessionStore(this);
    }
  }
}
