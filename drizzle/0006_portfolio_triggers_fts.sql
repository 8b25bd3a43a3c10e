-- Portfolio: CHECKs for the columns added to creator_profiles (as triggers, since SQLite cannot add
-- table constraints in place), denormalised totals, featured-items cap, slug redirects, skills, and
-- the creators_fts full-text index kept in sync with its source rows. Idempotent.
CREATE TRIGGER IF NOT EXISTS creator_profiles_extras_check_insert BEFORE INSERT ON creator_profiles
WHEN NEW.budget_min_cents < 0 OR NEW.budget_max_cents < 0 OR NEW.budget_min_cents > NEW.budget_max_cents
  OR NEW.spaces_this_month < 0 OR NEW.spaces_this_month > 1000 OR NEW.rating_avg < 0 OR NEW.rating_avg > 5
  OR NEW.review_count < 0 OR NEW.total_followers < 0 OR length(NEW.currency) <> 3 OR NEW.currency GLOB '*[^A-Z]*'
  OR length(NEW.location) > 100 OR length(NEW.time_zone) NOT BETWEEN 1 AND 64 OR length(NEW.languages) > 200
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: creator_profiles_extras'); END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS creator_profiles_extras_check_update BEFORE UPDATE ON creator_profiles
WHEN NEW.budget_min_cents < 0 OR NEW.budget_max_cents < 0 OR NEW.budget_min_cents > NEW.budget_max_cents
  OR NEW.spaces_this_month < 0 OR NEW.spaces_this_month > 1000 OR NEW.rating_avg < 0 OR NEW.rating_avg > 5
  OR NEW.review_count < 0 OR NEW.total_followers < 0 OR length(NEW.currency) <> 3 OR NEW.currency GLOB '*[^A-Z]*'
  OR length(NEW.location) > 100 OR length(NEW.time_zone) NOT BETWEEN 1 AND 64 OR length(NEW.languages) > 200
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: creator_profiles_extras'); END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS social_accounts_followers_ai AFTER INSERT ON social_accounts BEGIN
  UPDATE creator_profiles SET total_followers = (SELECT coalesce(sum(followers), 0) FROM social_accounts WHERE creator_id = NEW.creator_id) WHERE user_id = NEW.creator_id;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS social_accounts_followers_au AFTER UPDATE ON social_accounts BEGIN
  UPDATE creator_profiles SET total_followers = (SELECT coalesce(sum(followers), 0) FROM social_accounts WHERE creator_id = creator_profiles.user_id) WHERE user_id IN (OLD.creator_id, NEW.creator_id);
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS social_accounts_followers_ad AFTER DELETE ON social_accounts BEGIN
  UPDATE creator_profiles SET total_followers = (SELECT coalesce(sum(followers), 0) FROM social_accounts WHERE creator_id = OLD.creator_id) WHERE user_id = OLD.creator_id;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS packages_min_price_ai AFTER INSERT ON packages BEGIN
  UPDATE creator_profiles SET min_package_cents = (SELECT min(price_cents) FROM packages WHERE creator_id = NEW.creator_id) WHERE user_id = NEW.creator_id;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS packages_min_price_au AFTER UPDATE ON packages BEGIN
  UPDATE creator_profiles SET min_package_cents = (SELECT min(price_cents) FROM packages WHERE creator_id = creator_profiles.user_id) WHERE user_id IN (OLD.creator_id, NEW.creator_id);
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS packages_min_price_ad AFTER DELETE ON packages BEGIN
  UPDATE creator_profiles SET min_package_cents = (SELECT min(price_cents) FROM packages WHERE creator_id = OLD.creator_id) WHERE user_id = OLD.creator_id;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS portfolio_items_featured_max_insert BEFORE INSERT ON portfolio_items
WHEN NEW.featured = 1 AND (SELECT count(*) FROM portfolio_items WHERE creator_id = NEW.creator_id AND featured = 1) >= 3
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: portfolio_items_featured_max'); END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS portfolio_items_featured_max_update BEFORE UPDATE OF featured, creator_id ON portfolio_items
WHEN NEW.featured = 1 AND (SELECT count(*) FROM portfolio_items WHERE creator_id = NEW.creator_id AND featured = 1 AND id <> NEW.id) >= 3
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: portfolio_items_featured_max'); END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS creator_profiles_slug_redirect AFTER UPDATE OF slug ON creator_profiles
WHEN OLD.slug <> NEW.slug BEGIN
  DELETE FROM slug_redirects WHERE old_slug = NEW.slug;
  INSERT OR REPLACE INTO slug_redirects (old_slug, user_id, created_at) VALUES (OLD.slug, NEW.user_id, CAST(strftime('%s', 'now') AS INTEGER) * 1000);
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS creator_profiles_slug_claim AFTER INSERT ON creator_profiles BEGIN
  DELETE FROM slug_redirects WHERE old_slug = NEW.slug;
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE IF NOT EXISTS creators_fts USING fts5(user_id UNINDEXED, display_name, headline, bio, categories, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO creators_fts (user_id, display_name, headline, bio, categories)
SELECT p.user_id, p.display_name, p.headline, p.bio,
  coalesce((SELECT group_concat(c.name, ' ') FROM creator_categories cc JOIN categories c ON c.id = cc.category_id WHERE cc.creator_id = p.user_id), '')
FROM creator_profiles p WHERE NOT EXISTS (SELECT 1 FROM creators_fts f WHERE f.user_id = p.user_id);
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS creators_fts_ai AFTER INSERT ON creator_profiles BEGIN
  INSERT INTO creators_fts (user_id, display_name, headline, bio, categories) VALUES (NEW.user_id, NEW.display_name, NEW.headline, NEW.bio, '');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS creators_fts_au AFTER UPDATE OF display_name, headline, bio ON creator_profiles BEGIN
  UPDATE creators_fts SET display_name = NEW.display_name, headline = NEW.headline, bio = NEW.bio WHERE user_id = NEW.user_id;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS creators_fts_ad AFTER DELETE ON creator_profiles BEGIN
  DELETE FROM creators_fts WHERE user_id = OLD.user_id;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS creators_fts_categories_ai AFTER INSERT ON creator_categories BEGIN
  UPDATE creators_fts SET categories = coalesce((SELECT group_concat(c.name, ' ') FROM creator_categories cc JOIN categories c ON c.id = cc.category_id WHERE cc.creator_id = NEW.creator_id), '') WHERE user_id = NEW.creator_id;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS creators_fts_categories_ad AFTER DELETE ON creator_categories BEGIN
  UPDATE creators_fts SET categories = coalesce((SELECT group_concat(c.name, ' ') FROM creator_categories cc JOIN categories c ON c.id = cc.category_id WHERE cc.creator_id = OLD.creator_id), '') WHERE user_id = OLD.creator_id;
END;
--> statement-breakpoint
INSERT OR IGNORE INTO skills (slug, name, created_at) VALUES
  ('video-editing', 'Video editing', 1795000000000), ('photo-editing', 'Photo editing', 1795000000000),
  ('copywriting', 'Copywriting', 1795000000000), ('voice-over', 'Voice-over', 1795000000000),
  ('live-streaming', 'Live streaming', 1795000000000), ('product-photography', 'Product photography', 1795000000000),
  ('drone', 'Drone footage', 1795000000000), ('music-production', 'Music production', 1795000000000),
  ('recipe-development', 'Recipe development', 1795000000000), ('ugc', 'UGC ads', 1795000000000),
  ('styling', 'Styling', 1795000000000), ('public-speaking', 'Public speaking', 1795000000000);
