-- Fixture: a profile database as schema version 5 created it. Never edit: it stands for
-- databases already on phones. The migration test upgrades it and compares with schema.sql.
PRAGMA user_version = 5;

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
