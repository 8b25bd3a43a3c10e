ALTER TABLE `creator_profiles` ADD `page_version` integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
-- Every change to what a creator's public page shows moves its page_version (the page cache's check).
CREATE TRIGGER IF NOT EXISTS creator_profiles_page_version_au AFTER UPDATE ON creator_profiles
WHEN NEW.page_version = OLD.page_version BEGIN
  UPDATE creator_profiles SET page_version = page_version + 1 WHERE user_id = NEW.user_id;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS creator_categories_page_version_ai AFTER INSERT ON creator_categories BEGIN
  UPDATE creator_profiles SET page_version = page_version + 1 WHERE user_id = NEW.creator_id;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS creator_categories_page_version_au AFTER UPDATE ON creator_categories BEGIN
  UPDATE creator_profiles SET page_version = page_version + 1 WHERE user_id IN (OLD.creator_id, NEW.creator_id);
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS creator_categories_page_version_ad AFTER DELETE ON creator_categories BEGIN
  UPDATE creator_profiles SET page_version = page_version + 1 WHERE user_id = OLD.creator_id;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS creator_skills_page_version_ai AFTER INSERT ON creator_skills BEGIN
  UPDATE creator_profiles SET page_version = page_version + 1 WHERE user_id = NEW.creator_id;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS creator_skills_page_version_au AFTER UPDATE ON creator_skills BEGIN
  UPDATE creator_profiles SET page_version = page_version + 1 WHERE user_id IN (OLD.creator_id, NEW.creator_id);
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS creator_skills_page_version_ad AFTER DELETE ON creator_skills BEGIN
  UPDATE creator_profiles SET page_version = page_version + 1 WHERE user_id = OLD.creator_id;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS social_accounts_page_version_ai AFTER INSERT ON social_accounts BEGIN
  UPDATE creator_profiles SET page_version = page_version + 1 WHERE user_id = NEW.creator_id;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS social_accounts_page_version_au AFTER UPDATE ON social_accounts BEGIN
  UPDATE creator_profiles SET page_version = page_version + 1 WHERE user_id IN (OLD.creator_id, NEW.creator_id);
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS social_accounts_page_version_ad AFTER DELETE ON social_accounts BEGIN
  UPDATE creator_profiles SET page_version = page_version + 1 WHERE user_id = OLD.creator_id;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS portfolio_items_page_version_ai AFTER INSERT ON portfolio_items BEGIN
  UPDATE creator_profiles SET page_version = page_version + 1 WHERE user_id = NEW.creator_id;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS portfolio_items_page_version_au AFTER UPDATE ON portfolio_items BEGIN
  UPDATE creator_profiles SET page_version = page_version + 1 WHERE user_id IN (OLD.creator_id, NEW.creator_id);
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS portfolio_items_page_version_ad AFTER DELETE ON portfolio_items BEGIN
  UPDATE creator_profiles SET page_version = page_version + 1 WHERE user_id = OLD.creator_id;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS packages_page_version_ai AFTER INSERT ON packages BEGIN
  UPDATE creator_profiles SET page_version = page_version + 1 WHERE user_id = NEW.creator_id;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS packages_page_version_au AFTER UPDATE ON packages BEGIN
  UPDATE creator_profiles SET page_version = page_version + 1 WHERE user_id IN (OLD.creator_id, NEW.creator_id);
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS packages_page_version_ad AFTER DELETE ON packages BEGIN
  UPDATE creator_profiles SET page_version = page_version + 1 WHERE user_id = OLD.creator_id;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS reviews_page_version_ai AFTER INSERT ON reviews BEGIN
  UPDATE creator_profiles SET page_version = page_version + 1 WHERE user_id = NEW.creator_id;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS reviews_page_version_au AFTER UPDATE ON reviews BEGIN
  UPDATE creator_profiles SET page_version = page_version + 1 WHERE user_id IN (OLD.creator_id, NEW.creator_id);
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS reviews_page_version_ad AFTER DELETE ON reviews BEGIN
  UPDATE creator_profiles SET page_version = page_version + 1 WHERE user_id = OLD.creator_id;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS categories_page_version_au AFTER UPDATE ON categories BEGIN
  UPDATE creator_profiles SET page_version = page_version + 1
   WHERE user_id IN (SELECT creator_id FROM creator_categories WHERE category_id = NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS skills_page_version_au AFTER UPDATE ON skills BEGIN
  UPDATE creator_profiles SET page_version = page_version + 1
   WHERE user_id IN (SELECT creator_id FROM creator_skills WHERE skill_id = NEW.id);
END;
