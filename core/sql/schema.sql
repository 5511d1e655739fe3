-- The schema at the current version (store::schema::VERSION). A fresh profile is created from this
-- file; older profiles reach the same shape through the upgrades in store/schema.rs, and the
-- migration test proves that both roads end at the same schema.
--
-- Sensitive values are stored only as sealed blobs (store/cipher.rs): no plain text, code or time
-- of the user's data appears in this file's tables.

-- Profile-wide values. `key_check` holds a sealed constant that tells a wrong key apart from a
-- damaged file before anything is written.
CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value BLOB NOT NULL
) STRICT;

-- The user's own details (name, BSN, insurer, GP), one sealed JSON document.
CREATE TABLE personal_details (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    sealed BLOB NOT NULL
) STRICT;

-- The insurance checklist: the user's answers and the items marked done, one sealed JSON
-- document (since version 2).
CREATE TABLE checklist_state (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    sealed BLOB NOT NULL
) STRICT;

-- Places the user imported from OpenStreetMap, one sealed JSON document: the area someone
-- imports tells where they live (since version 3).
CREATE TABLE place_imports (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    sealed BLOB NOT NULL
) STRICT;

-- The diary: one row per revision, in the order recorded; each row is one sealed JSON document
-- (entry, times, free text, the hash chain). `seq` is the position in the chain (since version 4).
-- `hash` is the revision's chain hash in plain (since version 5; NULL for older rows): the chain
-- continues after a row that does not open, and a hash tells nothing about the entry. Written
-- as `ALTER TABLE ... ADD COLUMN` leaves it, so both roads give the same schema.
CREATE TABLE diary (
    seq INTEGER PRIMARY KEY NOT NULL,
    sealed BLOB NOT NULL
, hash TEXT) STRICT;

-- The diary's time-stamp requests waiting for a TSA's answer, one sealed JSON document (since
-- version 6): when someone anchored tells when they used the app.
CREATE TABLE diary_anchor_requests (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    sealed BLOB NOT NULL
) STRICT;

-- The anchors kept: one sealed RFC 3161 token with the head it vouches for per row (since version
-- 6). `seq` is the diary row it anchors, in plain like the diary's own seq, so a row that does
-- not open is still reported where it belongs.
CREATE TABLE diary_anchors (
    id INTEGER PRIMARY KEY NOT NULL,
    seq INTEGER NOT NULL,
    sealed BLOB NOT NULL
) STRICT;
