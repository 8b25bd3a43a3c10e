-- Full-text search over gigs (title, description, requirements), kept in sync by triggers.
-- A standalone FTS5 table keyed by gig_id: gigs has a text primary key, so its rowid is not stable across VACUUM.
CREATE VIRTUAL TABLE IF NOT EXISTS `gigs_fts` USING fts5(gig_id UNINDEXED, title, description, requirements, tokenize = 'porter unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `gigs_fts` (gig_id, title, description, requirements) SELECT id, title, description, requirements FROM gigs WHERE id NOT IN (SELECT gig_id FROM gigs_fts);
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `gigs_fts_after_insert` AFTER INSERT ON `gigs` BEGIN
  INSERT INTO gigs_fts (gig_id, title, description, requirements) VALUES (new.id, new.title, new.description, new.requirements);
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `gigs_fts_after_update` AFTER UPDATE OF title, description, requirements ON `gigs` BEGIN
  DELETE FROM gigs_fts WHERE gig_id = old.id;
  INSERT INTO gigs_fts (gig_id, title, description, requirements) VALUES (new.id, new.title, new.description, new.requirements);
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `gigs_fts_after_delete` AFTER DELETE ON `gigs` BEGIN
  DELETE FROM gigs_fts WHERE gig_id = old.id;
END;
