CREATE TABLE `creator_skills` (
	`creator_id` text NOT NULL,
	`skill_id` integer NOT NULL,
	PRIMARY KEY(`creator_id`, `skill_id`),
	FOREIGN KEY (`creator_id`) REFERENCES `creator_profiles`(`user_id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`skill_id`) REFERENCES `skills`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `creator_skills_skill_idx` ON `creator_skills` (`skill_id`,`creator_id`);--> statement-breakpoint
CREATE TABLE `favourites` (
	`user_id` text NOT NULL,
	`creator_id` text NOT NULL,
	`list_name` text DEFAULT 'Saved' NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `list_name`, `creator_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`creator_id`) REFERENCES `creator_profiles`(`user_id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "favourites_list_name_len" CHECK(length("favourites"."list_name") between 1 and 60)
);
--> statement-breakpoint
CREATE INDEX `favourites_creator_idx` ON `favourites` (`creator_id`);--> statement-breakpoint
CREATE TABLE `images` (
	`id` text PRIMARY KEY NOT NULL,
	`upload_id` text NOT NULL,
	`owner_id` text NOT NULL,
	`sha256` text NOT NULL,
	`mime` text NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`variant` text NOT NULL,
	`bytes` blob NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "images_mime_check" CHECK("images"."mime" in ('image/jpeg','image/png','image/webp')),
	CONSTRAINT "images_variant_check" CHECK("images"."variant" in ('avatar-96','avatar-256','banner-1200','banner-600','item-800','item-400')),
	CONSTRAINT "images_size_check" CHECK("images"."width" > 0 and "images"."height" > 0 and length("images"."bytes") <= 5242880)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `images_upload_variant_unique` ON `images` (`upload_id`,`variant`);--> statement-breakpoint
CREATE INDEX `images_sha256_idx` ON `images` (`sha256`);--> statement-breakpoint
CREATE INDEX `images_owner_idx` ON `images` (`owner_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `packages` (
	`id` text PRIMARY KEY NOT NULL,
	`creator_id` text NOT NULL,
	`name` text NOT NULL,
	`price_cents` integer NOT NULL,
	`currency` text NOT NULL,
	`includes` text DEFAULT '' NOT NULL,
	`delivery_days` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`creator_id`) REFERENCES `creator_profiles`(`user_id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "packages_price_check" CHECK("packages"."price_cents" >= 0),
	CONSTRAINT "packages_currency_check" CHECK(length("packages"."currency") = 3 and "packages"."currency" not glob '*[^A-Z]*'),
	CONSTRAINT "packages_delivery_check" CHECK("packages"."delivery_days" between 1 and 365),
	CONSTRAINT "packages_name_len" CHECK(length("packages"."name") between 1 and 80)
);
--> statement-breakpoint
CREATE INDEX `packages_creator_idx` ON `packages` (`creator_id`,`position`);--> statement-breakpoint
CREATE TABLE `portfolio_items` (
	`id` text PRIMARY KEY NOT NULL,
	`creator_id` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`url` text,
	`image_id` text,
	`description` text DEFAULT '' NOT NULL,
	`brand` text DEFAULT '' NOT NULL,
	`item_date` text,
	`position` integer NOT NULL,
	`featured` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`creator_id`) REFERENCES `creator_profiles`(`user_id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "portfolio_items_kind_check" CHECK("portfolio_items"."kind" in ('image','video','audio','link')),
	CONSTRAINT "portfolio_items_title_len" CHECK(length("portfolio_items"."title") between 1 and 120),
	CONSTRAINT "portfolio_items_source" CHECK("portfolio_items"."url" is not null or "portfolio_items"."image_id" is not null),
	CONSTRAINT "portfolio_items_url_check" CHECK("portfolio_items"."url" is null or "portfolio_items"."url" like 'https://%' or "portfolio_items"."url" like 'http://%'),
	CONSTRAINT "portfolio_items_date_check" CHECK("portfolio_items"."item_date" is null or "portfolio_items"."item_date" glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "portfolio_items_description_len" CHECK(length("portfolio_items"."description") <= 1000)
);
--> statement-breakpoint
CREATE INDEX `portfolio_items_creator_idx` ON `portfolio_items` (`creator_id`,`position`);--> statement-breakpoint
CREATE TABLE `profile_views` (
	`creator_id` text NOT NULL,
	`day` text NOT NULL,
	`source` text NOT NULL,
	`referrer_host` text DEFAULT '' NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`creator_id`, `day`, `source`, `referrer_host`),
	FOREIGN KEY (`creator_id`) REFERENCES `creator_profiles`(`user_id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "profile_views_source_check" CHECK("profile_views"."source" in ('direct','search','referral')),
	CONSTRAINT "profile_views_day_check" CHECK("profile_views"."day" glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "profile_views_count_check" CHECK("profile_views"."count" >= 0)
);
--> statement-breakpoint
CREATE TABLE `skills` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `skills_slug_unique` ON `skills` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `skills_name_unique` ON `skills` (`name`);--> statement-breakpoint
CREATE TABLE `slug_redirects` (
	`old_slug` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `slug_redirects_user_idx` ON `slug_redirects` (`user_id`);--> statement-breakpoint
CREATE TABLE `social_accounts` (
	`id` text PRIMARY KEY NOT NULL,
	`creator_id` text NOT NULL,
	`platform` text NOT NULL,
	`handle` text NOT NULL,
	`url` text NOT NULL,
	`followers` integer DEFAULT 0 NOT NULL,
	`engagement_rate_bp` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`creator_id`) REFERENCES `creator_profiles`(`user_id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "social_accounts_platform_check" CHECK("social_accounts"."platform" in ('instagram','tiktok','youtube','x','facebook','twitch','linkedin','spotify','soundcloud','website')),
	CONSTRAINT "social_accounts_followers_check" CHECK("social_accounts"."followers" >= 0),
	CONSTRAINT "social_accounts_engagement_check" CHECK("social_accounts"."engagement_rate_bp" is null or "social_accounts"."engagement_rate_bp" between 0 and 10000),
	CONSTRAINT "social_accounts_handle_len" CHECK(length("social_accounts"."handle") between 1 and 100),
	CONSTRAINT "social_accounts_url_check" CHECK("social_accounts"."url" like 'https://%' or "social_accounts"."url" like 'http://%')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `social_accounts_creator_platform_handle_unique` ON `social_accounts` (`creator_id`,`platform`,`handle`);--> statement-breakpoint
CREATE INDEX `social_accounts_platform_idx` ON `social_accounts` (`platform`,`creator_id`);--> statement-breakpoint
ALTER TABLE `creator_profiles` ADD `location` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `creator_profiles` ADD `time_zone` text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE `creator_profiles` ADD `languages` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `creator_profiles` ADD `avatar_image_id` text;--> statement-breakpoint
ALTER TABLE `creator_profiles` ADD `banner_image_id` text;--> statement-breakpoint
ALTER TABLE `creator_profiles` ADD `budget_min_cents` integer;--> statement-breakpoint
ALTER TABLE `creator_profiles` ADD `budget_max_cents` integer;--> statement-breakpoint
ALTER TABLE `creator_profiles` ADD `currency` text DEFAULT 'USD' NOT NULL;--> statement-breakpoint
ALTER TABLE `creator_profiles` ADD `spaces_this_month` integer;--> statement-breakpoint
ALTER TABLE `creator_profiles` ADD `featured` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `creator_profiles` ADD `featured_at` integer;--> statement-breakpoint
ALTER TABLE `creator_profiles` ADD `rating_avg` real DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `creator_profiles` ADD `review_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `creator_profiles` ADD `total_followers` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `creator_profiles` ADD `min_package_cents` integer;--> statement-breakpoint
CREATE INDEX `creator_profiles_followers_idx` ON `creator_profiles` (`visibility`,`total_followers`);--> statement-breakpoint
CREATE INDEX `creator_profiles_rating_idx` ON `creator_profiles` (`visibility`,`rating_avg`,`review_count`);--> statement-breakpoint
CREATE INDEX `creator_profiles_price_idx` ON `creator_profiles` (`visibility`,`min_package_cents`);--> statement-breakpoint
CREATE INDEX `creator_profiles_featured_idx` ON `creator_profiles` (`featured`,`featured_at`);