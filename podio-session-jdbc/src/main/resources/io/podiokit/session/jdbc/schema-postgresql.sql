-- podiokit JDBC session store: PostgreSQL.
-- Instants (expires_at, updated_at, retain_until, lease_until) are epoch milliseconds, UTC.
-- A row with version 0 holds only a refresh lease (no session yet); its session columns are NULL.
CREATE TABLE IF NOT EXISTS podio_session (
  namespace     VARCHAR(128) NOT NULL,
  kind          VARCHAR(32)  NOT NULL,
  identifier    VARCHAR(255) NOT NULL,
  version       BIGINT       NOT NULL,
  access_token  TEXT,
  refresh_token TEXT,
  expires_at    BIGINT,
  scope         TEXT,
  ref_type      VARCHAR(255),
  ref_id        BIGINT,
  token_type    VARCHAR(255),
  origin        VARCHAR(32),
  updated_at    BIGINT,
  retain_until  BIGINT,
  lease_owner   VARCHAR(64),
  lease_until   BIGINT,
  PRIMARY KEY (namespace, kind, identifier)
);
CREATE INDEX IF NOT EXISTS podio_session_retain_ix ON podio_session (retain_until);
