-- podiokit JDBC session store: H2 2.x.
-- Instants (expires_at, updated_at, retain_until, lease_until) are epoch milliseconds, UTC.
-- A row with version 0 holds only a refresh lease (no session yet); its session columns are NULL.
CREATE TABLE IF NOT EXISTS podio_session (
  namespace     CHARACTER VARYING(128) NOT NULL,
  kind          CHARACTER VARYING(32)  NOT NULL,
  identifier    CHARACTER VARYING(255) NOT NULL,
  version       BIGINT                 NOT NULL,
  access_token  CHARACTER LARGE OBJECT,
  refresh_token CHARACTER LARGE OBJECT,
  expires_at    BIGINT,
  scope         CHARACTER LARGE OBJECT,
  ref_type      CHARACTER VARYING(255),
  ref_id        BIGINT,
  token_type    CHARACTER VARYING(255),
  origin        CHARACTER VARYING(32),
  updated_at    BIGINT,
  retain_until  BIGINT,
  lease_owner   CHARACTER VARYING(64),
  lease_until   BIGINT,
  PRIMARY KEY (namespace, kind, identifier)
);
CREATE INDEX IF NOT EXISTS podio_session_retain_ix ON podio_session (retain_until);
