-- podiokit JDBC session store: MySQL 8 and MariaDB (InnoDB).
-- Instants (expires_at, updated_at, retain_until, lease_until) are epoch milliseconds, UTC.
-- A row with version 0 holds only a refresh lease (no session yet); its session columns are NULL.
-- The key columns are VARBINARY holding UTF-8 (3 bytes per Java char at most), so that keys compare exactly:
-- MySQL's text collations would make 'alice', 'Alice' and 'alice ' the same key.
CREATE TABLE IF NOT EXISTS podio_session (
  namespace     VARBINARY(384) NOT NULL,
  kind          VARBINARY(96)  NOT NULL,
  identifier    VARBINARY(765) NOT NULL,
  version       BIGINT         NOT NULL,
  access_token  MEDIUMTEXT,
  refresh_token MEDIUMTEXT,
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
  PRIMARY KEY (namespace, kind, identifier),
  INDEX podio_session_retain_ix (retain_until)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
