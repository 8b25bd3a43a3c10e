DROP INDEX `creator_profiles_visibility_idx`;--> statement-breakpoint
DROP INDEX `creator_profiles_followers_idx`;--> statement-breakpoint
DROP INDEX `creator_profiles_rating_idx`;--> statement-breakpoint
DROP INDEX `creator_profiles_price_idx`;--> statement-breakpoint
CREATE INDEX `creator_profiles_newest_idx` ON `creator_profiles` (`visibility`,`created_at`,`user_id`);--> statement-breakpoint
CREATE INDEX `creator_profiles_user_visibility_idx` ON `creator_profiles` (`user_id`,`visibility`);--> statement-breakpoint
CREATE INDEX `creator_profiles_followers_idx` ON `creator_profiles` (`visibility`,`total_followers`,`user_id`);--> statement-breakpoint
CREATE INDEX `creator_profiles_rating_idx` ON `creator_profiles` (`visibility`,`rating_avg`,`review_count`,`user_id`);--> statement-breakpoint
CREATE INDEX `creator_profiles_price_idx` ON `creator_profiles` (`visibility`,"min_package_cents" is null,`min_package_cents`,`user_id`);--> statement-breakpoint
DROP INDEX `gigs_status_deadline_idx`;--> statement-breakpoint
CREATE INDEX `gigs_listing_idx` ON `gigs` (`status`,`deadline`,`remote`,`budget_max_cents`,`budget_min_cents`,`published_at`,`id`);--> statement-breakpoint
DROP INDEX `reviews_creator_visible_idx`;--> statement-breakpoint
CREATE INDEX `reviews_creator_visible_idx` ON `reviews` (`creator_id`,`hidden`,`created_at`,`rating`);