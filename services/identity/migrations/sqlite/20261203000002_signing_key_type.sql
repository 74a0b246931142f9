-- Signing keys say what they are: Ed25519 (EdDSA) keys from now on; the RSA (RS256) keys stored
-- before keep verifying the tokens they signed until they are retired and expire.
ALTER TABLE signing_key ADD COLUMN key_type TEXT NOT NULL DEFAULT 'RSA';
