// Versioned schema migrations of the SQLite store. PRAGMA user_version holds the number of migrations applied; a
// migration is appended, never edited, once released. Each runs in its own transaction.

/**
 * FTS5's default tokenizer (unicode61) splits Devanagari words at every vowel sign and virama, which are combining
 * marks, not letters: "छापा" would become "छ" "प". Declaring the Devanagari signs as token characters keeps whole
 * Hindi words as tokens: U+0900–0903 (candrabindu, anusvara, visarga), U+093A–094F (vowel signs, nukta, virama),
 * U+0951–0957 (stress signs, vowel length marks), U+0962–0963 (vocalic vowel signs).
 */
const DEVANAGARI_SIGNS = [
  [0x0900, 0x0903],
  [0x093a, 0x094f],
  [0x0951, 0x0957],
  [0x0962, 0x0963],
]
  .flatMap(([a, b]) => Array.from({ length: b! - a! + 1 }, (_, i) => String.fromCharCode(a! + i)))
  .join("");

export const FTS_TOKENIZER = `unicode61 remove_diacritics 2 tokenchars '${DEVANAGARI_SIGNS}'`;

export const MIGRATIONS: readonly string[] = [
  // 1: documents, extraction, incidents, members and their blocking keys, persons, places, reviews, full text
  `
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    url TEXT,
    outlet TEXT,
    title TEXT,
    published TEXT,
    lang TEXT,
    text TEXT NOT NULL,
    html TEXT,
    relevant INTEGER NOT NULL,
    extraction TEXT NOT NULL,
    extractor TEXT NOT NULL,
    seq INTEGER NOT NULL UNIQUE
  );
  CREATE TABLE document_keys (
    key TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id)
  );
  CREATE INDEX document_keys_doc ON document_keys(document_id);
  CREATE TABLE incidents (
    id TEXT PRIMARY KEY,
    record TEXT NOT NULL,
    state TEXT,
    district TEXT,
    event_date TEXT,
    first_published TEXT,
    exploitation TEXT,
    platforms TEXT NOT NULL DEFAULT '[]',
    documents TEXT NOT NULL
  );
  CREATE INDEX incidents_place ON incidents(state, district);
  CREATE INDEX incidents_date ON incidents(event_date);
  CREATE TABLE incident_members (
    document_id TEXT NOT NULL REFERENCES documents(id),
    idx INTEGER NOT NULL,
    incident_id TEXT NOT NULL REFERENCES incidents(id),
    record TEXT NOT NULL,
    PRIMARY KEY (document_id, idx)
  );
  CREATE INDEX incident_members_incident ON incident_members(incident_id);
  CREATE TABLE blocking_keys (
    key TEXT NOT NULL,
    document_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    PRIMARY KEY (key, document_id, idx)
  ) WITHOUT ROWID;
  CREATE TABLE persons (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL
  );
  CREATE TABLE person_incidents (
    person_id TEXT NOT NULL REFERENCES persons(id),
    incident_id TEXT NOT NULL REFERENCES incidents(id),
    name TEXT NOT NULL,
    role TEXT,
    rank TEXT,
    aliases TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (person_id, incident_id)
  );
  CREATE INDEX person_incidents_incident ON person_incidents(incident_id);
  CREATE TABLE places (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    state TEXT,
    district TEXT,
    country TEXT,
    lgd_state INTEGER,
    lgd_district INTEGER,
    lat REAL,
    lon REAL,
    precision TEXT
  );
  CREATE TABLE incident_places (
    incident_id TEXT NOT NULL REFERENCES incidents(id),
    place_id TEXT NOT NULL REFERENCES places(id),
    role TEXT NOT NULL,
    PRIMARY KEY (incident_id, place_id, role)
  );
  CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES incidents(id),
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    who TEXT NOT NULL,
    at TEXT NOT NULL,
    note TEXT
  );
  CREATE TABLE ingest_errors (
    id INTEGER PRIMARY KEY,
    origin TEXT NOT NULL,
    message TEXT NOT NULL,
    at TEXT NOT NULL,
    UNIQUE (origin, message)
  );
  CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='rowid', tokenize="${FTS_TOKENIZER}"
  );
  CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
  END;
  CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  END;
  `,
  // 2: what the HTTP API filters, sorts and counts on. The incident record is a few KB of JSON: every scan of the
  // incidents table reads it, so the list routes' columns live in a narrow table of their own (incident_facts), and
  // the counts the lists rank by are kept on persons and places. Platforms as rows, victims per origin place
  // (flows), reviews by incident. Existing rows are filled from their stored records.
  `
  CREATE TABLE incident_facts (
    id TEXT PRIMARY KEY REFERENCES incidents(id),
    sort_date TEXT,
    state TEXT,
    district TEXT,
    exploitation TEXT,
    rescued INTEGER,
    minors INTEGER,
    arrested INTEGER
  ) WITHOUT ROWID;
  INSERT INTO incident_facts(id, sort_date, state, district, exploitation, rescued, minors, arrested)
    SELECT id, coalesce(event_date, first_published), state, district, exploitation,
      json_extract(record, '$.victims.rescued'), json_extract(record, '$.victims.minors'),
      json_extract(record, '$.arrests.total')
    FROM incidents;
  CREATE INDEX incident_facts_sort ON incident_facts(sort_date);
  CREATE INDEX incident_facts_rescued ON incident_facts(rescued);
  CREATE INDEX incident_facts_state ON incident_facts(state COLLATE NOCASE);
  CREATE INDEX incident_facts_district ON incident_facts(district COLLATE NOCASE);
  CREATE INDEX incident_facts_exploitation ON incident_facts(exploitation COLLATE NOCASE);
  UPDATE incidents SET record = json_set(record, '$.reviewed', json('{}'))
    WHERE json_type(record, '$.reviewed') IS NULL;
  CREATE TABLE incident_platforms (
    incident_id TEXT NOT NULL REFERENCES incidents(id),
    platform TEXT NOT NULL,
    PRIMARY KEY (incident_id, platform)
  ) WITHOUT ROWID;
  CREATE INDEX incident_platforms_platform ON incident_platforms(platform COLLATE NOCASE);
  INSERT OR IGNORE INTO incident_platforms(incident_id, platform)
    SELECT i.id, p.value FROM incidents i, json_each(i.platforms) p;
  ALTER TABLE incident_places ADD COLUMN victims INTEGER;
  UPDATE incident_places SET victims = (
    SELECT coalesce(json_extract(o.value, '$.count'), CASE WHEN json_array_length(i.record, '$.victims.origins') = 1
      THEN json_extract(i.record, '$.victims.rescued') END)
    FROM incidents i, json_each(i.record, '$.victims.origins') o
    WHERE i.id = incident_places.incident_id AND json_extract(o.value, '$.geo.id') = incident_places.place_id
    LIMIT 1
  ) WHERE role = 'origin';
  CREATE INDEX incident_places_place ON incident_places(place_id, role);
  CREATE INDEX incident_places_role ON incident_places(role, incident_id, place_id, victims);
  ALTER TABLE persons ADD COLUMN incidents INTEGER NOT NULL DEFAULT 0;
  UPDATE persons SET incidents = (SELECT count(*) FROM person_incidents WHERE person_id = persons.id);
  CREATE INDEX persons_rank ON persons(incidents DESC, name, id);
  ALTER TABLE places ADD COLUMN incidents INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE places ADD COLUMN as_origin INTEGER NOT NULL DEFAULT 0;
  UPDATE places SET
    incidents = (SELECT count(*) FROM incident_places WHERE place_id = places.id AND role = 'location'),
    as_origin = (SELECT count(*) FROM incident_places WHERE place_id = places.id AND role = 'origin');
  CREATE INDEX places_rank ON places(incidents + as_origin DESC, name, id);
  CREATE INDEX reviews_incident ON reviews(incident_id, id);
  `,
];
