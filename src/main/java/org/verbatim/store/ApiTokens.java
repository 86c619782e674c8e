package org.verbatim.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.verbatim.internal.Hashes;

/**
 * The bearer tokens of the write API, in the store of record: a name, a scope, and the SHA-256 of
 * a 256-bit random secret. The secret itself is returned once, by {@link #create}, and never
 * stored. {@link #find} hashes what a request presents and compares the hashes in constant time.
 *
 * <pre>{@code
 * ApiTokens.Created made = store.tokens().create("ci-upload", ApiTokens.Scope.INGEST);
 * System.out.println(made.secret()); // vbt_… shown once
 * store.tokens().find(made.secret()); // the token, while it is not revoked
 * }</pre>
 *
 * <p>Thread-safe. Another process may create and revoke tokens while a server reads them: each
 * call is one short transaction, and the server asks the store on every request, so a revoked
 * token is refused at once.
 */
public final class ApiTokens {

  /** What a token may do. */
  public enum Scope {
    /** Upload pages and WARC files, start a crawl, follow the jobs. */
    INGEST,
    /** Everything {@link #INGEST} may, and start a reparse, a check or a reindex. */
    ADMIN;

    /** The scope's name in the store, on the command line and in the API: {@code ingest}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a token of this scope may do what {@code needed} allows. */
    public boolean allows(Scope needed) {
      return this == ADMIN || this == needed;
    }

    /** The scope named {@code code}; an unknown name is refused, naming the scopes. */
    public static Scope ofCode(String code) {
      for (Scope scope : values()) {
        if (scope.code().equals(code)) {
          return scope;
        }
      }
      throw new IllegalArgumentException("Unknown token scope '" + code
          + "': the scopes are ingest and admin");
    }
  }

  /**
   * A token as listed: never its secret.
   *
   * @param lastUsed null until first used
   */
  public record Token(String name, Scope scope, Instant created, Instant lastUsed) {}

  /** A token just created, with its secret: the only time the secret is known. */
  public record Created(Token token, String secret) {}

  /** The prefix of every secret, so that one found in a log or a file is recognisable. */
  public static final String PREFIX = "vbt_";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String COLUMNS = "name, scope, created_at, last_used_at";

  private final Connections db;

  ApiTokens(Connections db) {
    this.db = db;
  }

  /**
   * Creates a token named {@code name} (letters, digits, {@code . _ -}, at most 64) with a new
   * random secret.
   *
   * @throws IllegalArgumentException when the name is not valid or taken already
   */
  public Created create(String name, Scope scope) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("A token name is 1 to 64 letters, digits, '.', '_' or"
          + " '-', starting with a letter or digit: '" + name + "'");
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Instant now = Times.now();
    boolean added = db.write("create the token " + name, c -> {
      if (one(c, "SELECT " + COLUMNS + " FROM api_token WHERE name = ?", name).isPresent()) {
        return false;
      }
      try (PreparedStatement s = c.prepareStatement("INSERT INTO api_token (name, scope,"
          + " secret_sha256, created_at) VALUES (?, ?, ?, ?)")) {
        s.setString(1, name);
        s.setString(2, scope.code());
        s.setString(3, hash(secret));
        s.setString(4, Times.text(now));
        s.executeUpdate();
      }
      return true;
    });
    if (!added) {
      throw new IllegalArgumentException("A token named '" + name + "' exists already; revoke"
          + " it first, or choose another name");
    }
    return new Created(new Token(name, scope, now, null), secret);
  }

  /** Every token, by name. */
  public List<Token> list() {
    return db.read("list the tokens", c -> {
      List<Token> out = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
          + " FROM api_token ORDER BY name");
           ResultSet row = s.executeQuery()) {
        while (row.next()) {
          out.add(token(row));
        }
      }
      return out;
    });
  }

  /** Deletes the token named {@code name}; false when there is none. */
  public boolean revoke(String name) {
    return db.write("revoke the token " + name, c -> {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM api_token WHERE name = ?")) {
        s.setString(1, name);
        return s.executeUpdate() > 0;
      }
    });
  }

  /** The token whose secret is {@code secret}, when there is one (not revoked). */
  public Optional<Token> find(String secret) {
    String presented = hash(secret);
    return db.read("look up a token", c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
          + ", secret_sha256 FROM api_token WHERE secret_sha256 = ?")) {
        s.setString(1, presented);
        try (ResultSet row = s.executeQuery()) {
          // The lookup found the row by its hash; the comparison that decides is constant-time.
          if (row.next() && MessageDigest.isEqual(bytes(row.getString(5)), bytes(presented))) {
            return Optional.of(token(row));
          }
          return Optional.empty();
        }
      }
    });
  }

  /** Records that the token named {@code name} was used at {@code at}. */
  public void used(String name, Instant at) {
    db.write("record the use of the token " + name, c -> {
      try (PreparedStatement s = c.prepareStatement(
          "UPDATE api_token SET last_used_at = ? WHERE name = ?")) {
        s.setString(1, Times.text(at));
        s.setString(2, name);
        return s.executeUpdate();
      }
    });
  }

  /** The hex SHA-256 of a secret: what the store keeps. */
  static String hash(String secret) {
    return Hashes.sha256Hex(secret.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] bytes(String hex) {
    return HexFormat.of().parseHex(hex);
  }

  private static Optional<Token> one(java.sql.Connection c, String sql, String name)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, name);
      try (ResultSet row = s.executeQuery()) {
        return row.next() ? Optional.of(token(row)) : Optional.empty();
      }
    }
  }

  private static Token token(ResultSet row) throws SQLException {
    String lastUsed = row.getString(4);
    return new Token(row.getString(1), Scope.ofCode(row.getString(2)),
        Times.instant(row.getString(3)), lastUsed == null ? null : Times.instant(lastUsed));
  }
}
