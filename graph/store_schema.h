#pragma once
// The SQLite schema of kg stores, version 4 (documented in README.md):
// kSchemaV1, then kSchemaV2Step, kSchemaV3Step and kSchemaV4Step.

namespace kg {

/// PRAGMA application_id of kg stores: "kg" + 0x0001.
inline constexpr int kApplicationId = 0x6b670001;

inline constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE articles(
  id           INTEGER PRIMARY KEY,
  ext_id       TEXT NOT NULL UNIQUE,
  title        TEXT NOT NULL DEFAULT '',
  url          TEXT NOT NULL DEFAULT '',
  source       TEXT NOT NULL DEFAULT '',
  published    TEXT NOT NULL DEFAULT '',
  content_hash TEXT NOT NULL,
  ingested_at  TEXT NOT NULL,
  text         TEXT NOT NULL DEFAULT ''
);
CREATE TABLE entities(
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  type       TEXT NOT NULL,
  key        TEXT NOT NULL,
  attributes TEXT NOT NULL DEFAULT '{}',
  first_seen TEXT NOT NULL DEFAULT '',
  last_seen  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX entities_type ON entities(type);
CREATE TABLE aliases(
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  alias     TEXT NOT NULL,
  key       TEXT NOT NULL,
  generic   INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX aliases_key ON aliases(key, entity_id);
CREATE TABLE mentions(
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  surface    TEXT NOT NULL,
  start      INTEGER,
  end        INTEGER
);
CREATE INDEX mentions_entity ON mentions(entity_id, article_id);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE TABLE relations(
  id         INTEGER PRIMARY KEY,
  subject_id INTEGER NOT NULL REFERENCES entities(id),
  relation   TEXT NOT NULL,
  object_id  INTEGER NOT NULL REFERENCES entities(id),
  date       TEXT NOT NULL DEFAULT '',
  amount     TEXT NOT NULL DEFAULT '',
  unit       TEXT NOT NULL DEFAULT '',
  percent    TEXT NOT NULL DEFAULT '',
  status     TEXT NOT NULL DEFAULT '',
  UNIQUE(subject_id, relation, object_id)
);
-- subject_id makes it covering: kg path and neighbourhoods walk incoming
-- relations from the index alone (bench/README.md: 2-3x on paths).
CREATE INDEX relations_object ON relations(object_id, relation, subject_id);
CREATE INDEX relations_relation ON relations(relation);
CREATE TABLE evidence(
  id          INTEGER PRIMARY KEY,
  relation_id INTEGER NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence    TEXT NOT NULL DEFAULT '',
  start       INTEGER,
  end         INTEGER,
  date        TEXT NOT NULL DEFAULT '',
  amount      TEXT NOT NULL DEFAULT '',
  unit        TEXT NOT NULL DEFAULT '',
  percent     TEXT NOT NULL DEFAULT '',
  status      TEXT NOT NULL DEFAULT '',
  rule        TEXT NOT NULL DEFAULT '',
  attributes  TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX evidence_relation ON evidence(relation_id, article_id);
CREATE INDEX evidence_article ON evidence(article_id);

-- Full-text search (kg search), kept in sync by triggers so that every
-- writer (ingest, retract, merge) updates it. entity_fts: one row per
-- entity, rowid = entities.id, its name and all its aliases joined by " | ".
-- evidence_fts: the sentences of evidence (external content, rowid =
-- evidence.id). Query with MATCH, rank with bm25(), show with snippet().
CREATE VIRTUAL TABLE entity_fts USING fts5(
  name, aliases, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE evidence_fts USING fts5(
  sentence, content = 'evidence', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER entities_fts_insert AFTER INSERT ON entities BEGIN
  INSERT INTO entity_fts(rowid, name, aliases) VALUES(new.id, new.name, '');
END;
CREATE TRIGGER entities_fts_rename AFTER UPDATE OF name ON entities BEGIN
  UPDATE entity_fts SET name = new.name WHERE rowid = new.id;
END;
CREATE TRIGGER entities_fts_delete AFTER DELETE ON entities BEGIN
  DELETE FROM entity_fts WHERE rowid = old.id;
END;
CREATE TRIGGER aliases_fts_insert AFTER INSERT ON aliases BEGIN
  UPDATE entity_fts SET aliases = (SELECT group_concat(alias, ' | ')
    FROM aliases WHERE entity_id = new.entity_id) WHERE rowid = new.entity_id;
END;
CREATE TRIGGER aliases_fts_update AFTER UPDATE ON aliases BEGIN
  UPDATE entity_fts SET aliases = (SELECT group_concat(alias, ' | ')
    FROM aliases WHERE entity_id = old.entity_id) WHERE rowid = old.entity_id;
  UPDATE entity_fts SET aliases = (SELECT group_concat(alias, ' | ')
    FROM aliases WHERE entity_id = new.entity_id) WHERE rowid = new.entity_id;
END;
CREATE TRIGGER aliases_fts_delete AFTER DELETE ON aliases BEGIN
  UPDATE entity_fts SET aliases = (SELECT group_concat(alias, ' | ')
    FROM aliases WHERE entity_id = old.entity_id) WHERE rowid = old.entity_id;
END;
CREATE TRIGGER evidence_fts_insert AFTER INSERT ON evidence BEGIN
  INSERT INTO evidence_fts(rowid, sentence) VALUES(new.id, new.sentence);
END;
CREATE TRIGGER evidence_fts_delete AFTER DELETE ON evidence BEGIN
  INSERT INTO evidence_fts(evidence_fts, rowid, sentence)
    VALUES('delete', old.id, old.sentence);
END;
CREATE TRIGGER evidence_fts_update AFTER UPDATE OF sentence ON evidence BEGIN
  INSERT INTO evidence_fts(evidence_fts, rowid, sentence)
    VALUES('delete', old.id, old.sentence);
  INSERT INTO evidence_fts(rowid, sentence) VALUES(new.id, new.sentence);
END;
CREATE TABLE decisions(
  id        INTEGER PRIMARY KEY,
  kind      TEXT NOT NULL,  -- merge, alias or split (kg merge/alias/split)
  name      TEXT NOT NULL,  -- the entity kept, named, or split from
  name_key  TEXT NOT NULL,
  other     TEXT NOT NULL,  -- the name merged in, the alias, the name split off
  other_key TEXT NOT NULL,  -- one decision per other_key: the newest
  made_at   TEXT NOT NULL
);
)sql";

/// Schema v1 → v2, also run after kSchemaV1 on a new store: the meta table
/// with the store's generation, which every change to entities or relations
/// (or an entity's name) bumps (by trigger, whoever writes), and a random
/// store_id. The CSR
/// snapshot (graph/snapshot.h) records both and is used only while they
/// match. Additive, so a v1 store migrates in one short transaction.
inline constexpr const char* kSchemaV2Step = R"sql(
CREATE TABLE meta(
  key   TEXT PRIMARY KEY,
  value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO meta(key, value) VALUES('generation', 1), ('store_id', abs(random()));
CREATE TRIGGER entities_generation_insert AFTER INSERT ON entities BEGIN
  UPDATE meta SET value = value + 1 WHERE key = 'generation';
END;
CREATE TRIGGER entities_generation_delete AFTER DELETE ON entities BEGIN
  UPDATE meta SET value = value + 1 WHERE key = 'generation';
END;
CREATE TRIGGER entities_generation_rename AFTER UPDATE OF name ON entities BEGIN
  UPDATE meta SET value = value + 1 WHERE key = 'generation';
END;
CREATE TRIGGER relations_generation_insert AFTER INSERT ON relations BEGIN
  UPDATE meta SET value = value + 1 WHERE key = 'generation';
END;
CREATE TRIGGER relations_generation_delete AFTER DELETE ON relations BEGIN
  UPDATE meta SET value = value + 1 WHERE key = 'generation';
END;
CREATE TRIGGER relations_generation_update
  AFTER UPDATE OF subject_id, relation, object_id ON relations BEGIN
  UPDATE meta SET value = value + 1 WHERE key = 'generation';
END;
)sql";

/// Schema v2 → v3: a fact imported from tables (`kg import`, evidence rule
/// 'import') has its file record as evidence ("r.csv line 7: x,y,OWNS"),
/// not a sentence of prose, so it stays out of the sentence index: kg
/// search finds imported entities by name, and a bulk import of a million
/// facts no longer spends most of its time indexing CSV lines. The
/// triggers that keep evidence_fts in step skip those rows, and the rows a
/// v2 store indexed are taken out of it.
inline constexpr const char* kSchemaV3Step = R"sql(
DROP TRIGGER IF EXISTS evidence_fts_insert;
DROP TRIGGER IF EXISTS evidence_fts_delete;
DROP TRIGGER IF EXISTS evidence_fts_update;
DROP TRIGGER IF EXISTS evidence_fts_update_old;
DROP TRIGGER IF EXISTS evidence_fts_update_new;
INSERT INTO evidence_fts(evidence_fts, rowid, sentence)
  SELECT 'delete', id, sentence FROM evidence WHERE rule = 'import';
CREATE TRIGGER evidence_fts_insert AFTER INSERT ON evidence
  WHEN new.rule <> 'import' BEGIN
  INSERT INTO evidence_fts(rowid, sentence) VALUES(new.id, new.sentence);
END;
CREATE TRIGGER evidence_fts_delete AFTER DELETE ON evidence
  WHEN old.rule <> 'import' BEGIN
  INSERT INTO evidence_fts(evidence_fts, rowid, sentence)
    VALUES('delete', old.id, old.sentence);
END;
CREATE TRIGGER evidence_fts_update_old AFTER UPDATE OF sentence, rule ON evidence
  WHEN old.rule <> 'import' BEGIN
  INSERT INTO evidence_fts(evidence_fts, rowid, sentence)
    VALUES('delete', old.id, old.sentence);
END;
CREATE TRIGGER evidence_fts_update_new AFTER UPDATE OF sentence, rule ON evidence
  WHEN new.rule <> 'import' BEGIN
  INSERT INTO evidence_fts(rowid, sentence) VALUES(new.id, new.sentence);
END;
)sql";

/// Schema v3 → v4: a second counter in meta, 'reshaped', bumped (by
/// trigger, whoever writes) by every change to entities or relations other
/// than an appended row: a delete, a rename, a relation re-pointed or
/// renamed, a row whose id changes, and an insert whose id is below the
/// table's largest (only an explicit id does that). While it holds still,
/// the store only grew, so a CSR snapshot with the same count is still
/// right for every entity and relation up to its largest ids, and
/// graph/snapshot.h reads the rows past them from the tables (its overlay)
/// instead of rebuilding. It starts at a random value, so a copy of a store
/// migrated later from the same backup does not match a snapshot of the
/// original by chance. Additive, like v1 → v2.
inline constexpr const char* kSchemaV4Step = R"sql(
INSERT INTO meta(key, value) VALUES('reshaped', abs(random() % 1000000000000));
CREATE TRIGGER entities_reshaped_insert AFTER INSERT ON entities
  WHEN new.id < (SELECT max(id) FROM entities) BEGIN
  UPDATE meta SET value = value + 1 WHERE key = 'reshaped';
END;
CREATE TRIGGER entities_reshaped_delete AFTER DELETE ON entities BEGIN
  UPDATE meta SET value = value + 1 WHERE key = 'reshaped';
END;
CREATE TRIGGER entities_reshaped_update AFTER UPDATE OF id, name ON entities BEGIN
  UPDATE meta SET value = value + 1 WHERE key = 'reshaped';
END;
CREATE TRIGGER relations_reshaped_insert AFTER INSERT ON relations
  WHEN new.id < (SELECT max(id) FROM relations) BEGIN
  UPDATE meta SET value = value + 1 WHERE key = 'reshaped';
END;
CREATE TRIGGER relations_reshaped_delete AFTER DELETE ON relations BEGIN
  UPDATE meta SET value = value + 1 WHERE key = 'reshaped';
END;
CREATE TRIGGER relations_reshaped_update
  AFTER UPDATE OF id, subject_id, relation, object_id ON relations BEGIN
  UPDATE meta SET value = value + 1 WHERE key = 'reshaped';
END;
)sql";

}  // namespace kg
