package org.fxtriage.service.security;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.fxtriage.service.db.Database;

/** Users ({@code app_user}) and API tokens ({@code api_token}) in the service database. */
@Singleton
public class AccountStore {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;

    public AccountStore(Database db) {
        this.db = db;
    }

    /** Who is authenticated and with which roles. */
    @Serdeable
    public record Account(String name, List<String> roles) {
    }

    /** A token as listed to an admin: never the token itself. */
    @Serdeable
    public record TokenInfo(String id, String owner, List<String> roles, long createdAt, Long revokedAt) {
    }

    public long userCount() {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM app_user")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Creates a user; a taken name or a short password is a typed error. */
    public Account createUser(String username, String password, List<String> roles) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1,128}")) {
            throw new IllegalArgumentException("username must be 1-128 of letters, digits, . _ @ -");
        }
        if (password == null || password.length() < 12) {
            throw new IllegalArgumentException("password must have at least 12 characters");
        }
        List<String> r = Roles.parse(roles);
        String hash = PasswordHash.hash(password);
        return db.write(c -> {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM app_user WHERE username = ?")) {
                exists.setString(1, username);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        throw new IllegalArgumentException("user '" + username + "' exists already");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO app_user (username, password_hash, roles, created_at) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, username);
                ps.setString(2, hash);
                ps.setString(3, String.join(",", r));
                ps.setLong(4, System.currentTimeMillis());
                ps.executeUpdate();
            }
            return new Account(username, r);
        });
    }

    /** The account when the password matches; empty for an unknown user or a wrong password alike. */
    public Optional<Account> verifyPassword(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<String[]> row = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT password_hash, roles FROM app_user WHERE username = ?")) {
                ps.setString(1, username);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new String[] {rs.getString(1), rs.getString(2)}) : Optional.empty();
                }
            }
        });
        if (row.isEmpty()) {
            // Same work as a wrong password, so response time does not tell which usernames exist.
            PasswordHash.matches(password, DUMMY_HASH);
            return Optional.empty();
        }
        if (!PasswordHash.matches(password, row.get()[0])) {
            return Optional.empty();
        }
        return Optional.of(new Account(username, Arrays.asList(row.get()[1].split(","))));
    }

    private static final String DUMMY_HASH = PasswordHash.hash("no such user, constant work");

    /** A new token for {@code owner}; the returned secret is shown once and never stored. */
    public String createToken(String owner, List<String> roles) {
        List<String> r = Roles.parse(roles);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "fxt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO api_token (token_hash, owner, roles, created_at) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, sha256(token));
                ps.setString(2, owner);
                ps.setString(3, String.join(",", r));
                ps.setLong(4, System.currentTimeMillis());
                return ps.executeUpdate();
            }
        });
        return token;
    }

    /** The token's account ({@code token:<owner>}) unless it is unknown or revoked. */
    public Optional<Account> verifyToken(String token) {
        String h = sha256(token);
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT owner, roles FROM api_token WHERE token_hash = ? AND revoked_at IS NULL")) {
                ps.setString(1, h);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Account(rs.getString(1), Arrays.asList(rs.getString(2).split(","))))
                            : Optional.empty();
                }
            }
        });
    }

    /** Tokens by id (the first 12 hex digits of the hash), newest first. */
    public List<TokenInfo> tokens() {
        return db.read(c -> {
            List<TokenInfo> out = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT token_hash, owner, roles, created_at, revoked_at FROM api_token ORDER BY created_at DESC")) {
                while (rs.next()) {
                    long revoked = rs.getLong(5);
                    out.add(new TokenInfo(rs.getString(1).substring(0, 12), rs.getString(2),
                            Arrays.asList(rs.getString(3).split(",")), rs.getLong(4), rs.wasNull() ? null : revoked));
                }
            }
            return out;
        });
    }

    /** Revokes by the token itself or by its listed id; false when nothing matched. */
    public boolean revokeToken(String tokenOrId) {
        String prefix = tokenOrId.startsWith("fxt_") ? sha256(tokenOrId) : tokenOrId;
        if (!prefix.matches("[0-9a-f]{12,64}")) {
            throw new IllegalArgumentException("a token id is 12 hex digits, as listed by GET /api/v1/admin/tokens");
        }
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE api_token SET revoked_at = ? WHERE token_hash LIKE ? AND revoked_at IS NULL")) {
                ps.setLong(1, System.currentTimeMillis());
                ps.setString(2, prefix + "%");
                return ps.executeUpdate() > 0;
            }
        });
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
