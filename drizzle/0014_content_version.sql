-- The content version (decision 023): one row, and on each table a cached read or a cached page may
-- show, one trigger per kind of write adding one to it. Left out: profile_views, sessions,
-- password_reset_tokens and email_outbox (tests/unit/content-version.test.ts checks the set).
CREATE TABLE `content_version` (
	`id` integer PRIMARY KEY NOT NULL,
	`epoch` text NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	CONSTRAINT "content_version_single_row" CHECK("content_version"."id" = 1),
	CONSTRAINT "content_version_not_negative" CHECK("content_version"."version" >= 0)
);
--> statement-breakpoint
-- The one row; its epoch is this database's own (decision 023).
INSERT INTO `content_version` (`id`, `epoch`, `version`) VALUES (1, lower(hex(randomblob(8))), 0);
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS application_items_content_version_ai AFTER INSERT ON application_items BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS application_items_content_version_au AFTER UPDATE ON application_items BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS application_items_content_version_ad AFTER DELETE ON application_items BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS application_status_history_content_version_ai AFTER INSERT ON application_status_history BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS application_status_history_content_version_au AFTER UPDATE ON application_status_history BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS application_status_history_content_version_ad AFTER DELETE ON application_status_history BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS applications_content_version_ai AFTER INSERT ON applications BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS applications_content_version_au AFTER UPDATE ON applications BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS applications_content_version_ad AFTER DELETE ON applications BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS availability_settings_content_version_ai AFTER INSERT ON availability_settings BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS availability_settings_content_version_au AFTER UPDATE ON availability_settings BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS availability_settings_content_version_ad AFTER DELETE ON availability_settings BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS blocked_dates_content_version_ai AFTER INSERT ON blocked_dates BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS blocked_dates_content_version_au AFTER UPDATE ON blocked_dates BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS blocked_dates_content_version_ad AFTER DELETE ON blocked_dates BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS booking_status_history_content_version_ai AFTER INSERT ON booking_status_history BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS booking_status_history_content_version_au AFTER UPDATE ON booking_status_history BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS booking_status_history_content_version_ad AFTER DELETE ON booking_status_history BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS bookings_content_version_ai AFTER INSERT ON bookings BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS bookings_content_version_au AFTER UPDATE ON bookings BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS bookings_content_version_ad AFTER DELETE ON bookings BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS brand_profiles_content_version_ai AFTER INSERT ON brand_profiles BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS brand_profiles_content_version_au AFTER UPDATE ON brand_profiles BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS brand_profiles_content_version_ad AFTER DELETE ON brand_profiles BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS brand_ratings_content_version_ai AFTER INSERT ON brand_ratings BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS brand_ratings_content_version_au AFTER UPDATE ON brand_ratings BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS brand_ratings_content_version_ad AFTER DELETE ON brand_ratings BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS calendar_feeds_content_version_ai AFTER INSERT ON calendar_feeds BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS calendar_feeds_content_version_au AFTER UPDATE ON calendar_feeds BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS calendar_feeds_content_version_ad AFTER DELETE ON calendar_feeds BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS categories_content_version_ai AFTER INSERT ON categories BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS categories_content_version_au AFTER UPDATE ON categories BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS categories_content_version_ad AFTER DELETE ON categories BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS creator_categories_content_version_ai AFTER INSERT ON creator_categories BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS creator_categories_content_version_au AFTER UPDATE ON creator_categories BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS creator_categories_content_version_ad AFTER DELETE ON creator_categories BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS creator_profiles_content_version_ai AFTER INSERT ON creator_profiles BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS creator_profiles_content_version_au AFTER UPDATE ON creator_profiles BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS creator_profiles_content_version_ad AFTER DELETE ON creator_profiles BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS creator_skills_content_version_ai AFTER INSERT ON creator_skills BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS creator_skills_content_version_au AFTER UPDATE ON creator_skills BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS creator_skills_content_version_ad AFTER DELETE ON creator_skills BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS deal_status_history_content_version_ai AFTER INSERT ON deal_status_history BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS deal_status_history_content_version_au AFTER UPDATE ON deal_status_history BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS deal_status_history_content_version_ad AFTER DELETE ON deal_status_history BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS deals_content_version_ai AFTER INSERT ON deals BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS deals_content_version_au AFTER UPDATE ON deals BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS deals_content_version_ad AFTER DELETE ON deals BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS deliverable_history_content_version_ai AFTER INSERT ON deliverable_history BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS deliverable_history_content_version_au AFTER UPDATE ON deliverable_history BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS deliverable_history_content_version_ad AFTER DELETE ON deliverable_history BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS deliverables_content_version_ai AFTER INSERT ON deliverables BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS deliverables_content_version_au AFTER UPDATE ON deliverables BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS deliverables_content_version_ad AFTER DELETE ON deliverables BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS favourites_content_version_ai AFTER INSERT ON favourites BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS favourites_content_version_au AFTER UPDATE ON favourites BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS favourites_content_version_ad AFTER DELETE ON favourites BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS gig_categories_content_version_ai AFTER INSERT ON gig_categories BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS gig_categories_content_version_au AFTER UPDATE ON gig_categories BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS gig_categories_content_version_ad AFTER DELETE ON gig_categories BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS gig_deliverables_content_version_ai AFTER INSERT ON gig_deliverables BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS gig_deliverables_content_version_au AFTER UPDATE ON gig_deliverables BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS gig_deliverables_content_version_ad AFTER DELETE ON gig_deliverables BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS gig_platforms_content_version_ai AFTER INSERT ON gig_platforms BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS gig_platforms_content_version_au AFTER UPDATE ON gig_platforms BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS gig_platforms_content_version_ad AFTER DELETE ON gig_platforms BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS gig_status_history_content_version_ai AFTER INSERT ON gig_status_history BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS gig_status_history_content_version_au AFTER UPDATE ON gig_status_history BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS gig_status_history_content_version_ad AFTER DELETE ON gig_status_history BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS gigs_content_version_ai AFTER INSERT ON gigs BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS gigs_content_version_au AFTER UPDATE ON gigs BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS gigs_content_version_ad AFTER DELETE ON gigs BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS images_content_version_ai AFTER INSERT ON images BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS images_content_version_au AFTER UPDATE ON images BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS images_content_version_ad AFTER DELETE ON images BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS inquiries_content_version_ai AFTER INSERT ON inquiries BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS inquiries_content_version_au AFTER UPDATE ON inquiries BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS inquiries_content_version_ad AFTER DELETE ON inquiries BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS inquiry_status_history_content_version_ai AFTER INSERT ON inquiry_status_history BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS inquiry_status_history_content_version_au AFTER UPDATE ON inquiry_status_history BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS inquiry_status_history_content_version_ad AFTER DELETE ON inquiry_status_history BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS offers_content_version_ai AFTER INSERT ON offers BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS offers_content_version_au AFTER UPDATE ON offers BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS offers_content_version_ad AFTER DELETE ON offers BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS packages_content_version_ai AFTER INSERT ON packages BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS packages_content_version_au AFTER UPDATE ON packages BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS packages_content_version_ad AFTER DELETE ON packages BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS portfolio_items_content_version_ai AFTER INSERT ON portfolio_items BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS portfolio_items_content_version_au AFTER UPDATE ON portfolio_items BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS portfolio_items_content_version_ad AFTER DELETE ON portfolio_items BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS review_links_content_version_ai AFTER INSERT ON review_links BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS review_links_content_version_au AFTER UPDATE ON review_links BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS review_links_content_version_ad AFTER DELETE ON review_links BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS reviews_content_version_ai AFTER INSERT ON reviews BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS reviews_content_version_au AFTER UPDATE ON reviews BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS reviews_content_version_ad AFTER DELETE ON reviews BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS saved_gigs_content_version_ai AFTER INSERT ON saved_gigs BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS saved_gigs_content_version_au AFTER UPDATE ON saved_gigs BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS saved_gigs_content_version_ad AFTER DELETE ON saved_gigs BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS shoots_content_version_ai AFTER INSERT ON shoots BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS shoots_content_version_au AFTER UPDATE ON shoots BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS shoots_content_version_ad AFTER DELETE ON shoots BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS skills_content_version_ai AFTER INSERT ON skills BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS skills_content_version_au AFTER UPDATE ON skills BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS skills_content_version_ad AFTER DELETE ON skills BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS slug_redirects_content_version_ai AFTER INSERT ON slug_redirects BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS slug_redirects_content_version_au AFTER UPDATE ON slug_redirects BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS slug_redirects_content_version_ad AFTER DELETE ON slug_redirects BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS social_accounts_content_version_ai AFTER INSERT ON social_accounts BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS social_accounts_content_version_au AFTER UPDATE ON social_accounts BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS social_accounts_content_version_ad AFTER DELETE ON social_accounts BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS uploads_content_version_ai AFTER INSERT ON uploads BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS uploads_content_version_au AFTER UPDATE ON uploads BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS uploads_content_version_ad AFTER DELETE ON uploads BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS users_content_version_ai AFTER INSERT ON users BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS users_content_version_au AFTER UPDATE ON users BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS users_content_version_ad AFTER DELETE ON users BEGIN
  UPDATE content_version SET version = version + 1 WHERE id = 1;
END;
