-- Accounts for the HTTP API and the web UI. Passwords: PBKDF2-HMAC-SHA256 (see PasswordHash); API tokens:
-- only their SHA-256 is stored (a token is 32 random bytes, so a fast hash is enough), shown once at creation.
CREATE TABLE app_user (
    username       VARCHAR(128)  PRIMARY KEY,
    password_hash  VARCHAR(256)  NOT NULL,
    roles          VARCHAR(256)  NOT NULL,
    created_at     BIGINT        NOT NULL
);

CREATE TABLE api_token (
    token_hash     VARCHAR(64)   PRIMARY KEY,
    owner          VARCHAR(128)  NOT NULL,
    roles          VARCHAR(256)  NOT NULL,
    created_at     BIGINT        NOT NULL,
    revoked_at     BIGINT
);
CREATE INDEX api_token_owner ON api_token (owner);
