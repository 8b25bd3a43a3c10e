CREATE TABLE `brand_profiles` (
	`user_id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`company` text NOT NULL,
	`industry` text DEFAULT '' NOT NULL,
	`website` text,
	`logo_url` text,
	`description` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "brand_profiles_slug_format" CHECK(length("brand_profiles"."slug") between 3 and 40 and "brand_profiles"."slug" not glob '*[^a-z0-9-]*' and "brand_profiles"."slug" not glob '-*' and "brand_profiles"."slug" not glob '*-'),
	CONSTRAINT "brand_profiles_company_len" CHECK(length("brand_profiles"."company") between 1 and 100),
	CONSTRAINT "brand_profiles_industry_len" CHECK(length("brand_profiles"."industry") <= 60),
	CONSTRAINT "brand_profiles_website_format" CHECK("brand_profiles"."website" is null or ("brand_profiles"."website" glob 'http*://*' and length("brand_profiles"."website") <= 300)),
	CONSTRAINT "brand_profiles_logo_format" CHECK("brand_profiles"."logo_url" is null or ("brand_profiles"."logo_url" glob 'https://*' and length("brand_profiles"."logo_url") <= 500)),
	CONSTRAINT "brand_profiles_description_len" CHECK(length("brand_profiles"."description") <= 5000)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `brand_profiles_slug_unique` ON `brand_profiles` (`slug`);--> statement-breakpoint
CREATE INDEX `brand_profiles_company_idx` ON `brand_profiles` (`company`);--> statement-breakpoint
CREATE TABLE `application_items` (
	`application_id` text NOT NULL,
	`portfolio_item_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`application_id`, `portfolio_item_id`),
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `application_status_history` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`actor_user_id` text,
	`note` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `application_status_history_app_idx` ON `application_status_history` (`application_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `applications` (
	`id` text PRIMARY KEY NOT NULL,
	`gig_id` text NOT NULL,
	`creator_id` text NOT NULL,
	`message` text NOT NULL,
	`proposed_cents` integer NOT NULL,
	`currency` text DEFAULT 'USD' NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`rejection_message` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`gig_id`) REFERENCES `gigs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`creator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "applications_status_check" CHECK("applications"."status" in ('pending','shortlisted','rejected','accepted','withdrawn')),
	CONSTRAINT "applications_proposed_check" CHECK("applications"."proposed_cents" > 0),
	CONSTRAINT "applications_currency_check" CHECK(length("applications"."currency") = 3 and "applications"."currency" = upper("applications"."currency")),
	CONSTRAINT "applications_message_len" CHECK(length("applications"."message") between 20 and 5000),
	CONSTRAINT "applications_rejection_len" CHECK("applications"."rejection_message" is null or length("applications"."rejection_message") <= 2000)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `applications_gig_creator_unique` ON `applications` (`gig_id`,`creator_id`);--> statement-breakpoint
CREATE INDEX `applications_gig_status_idx` ON `applications` (`gig_id`,`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `applications_creator_status_idx` ON `applications` (`creator_id`,`status`,`updated_at`);--> statement-breakpoint
CREATE TABLE `gig_categories` (
	`gig_id` text NOT NULL,
	`category_id` integer NOT NULL,
	PRIMARY KEY(`gig_id`, `category_id`),
	FOREIGN KEY (`gig_id`) REFERENCES `gigs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`category_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `gig_categories_category_idx` ON `gig_categories` (`category_id`,`gig_id`);--> statement-breakpoint
CREATE TABLE `gig_deliverables` (
	`id` text PRIMARY KEY NOT NULL,
	`gig_id` text NOT NULL,
	`position` integer NOT NULL,
	`description` text NOT NULL,
	FOREIGN KEY (`gig_id`) REFERENCES `gigs`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "gig_deliverables_position_check" CHECK("gig_deliverables"."position" >= 0),
	CONSTRAINT "gig_deliverables_description_len" CHECK(length("gig_deliverables"."description") between 1 and 300)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `gig_deliverables_gig_position_unique` ON `gig_deliverables` (`gig_id`,`position`);--> statement-breakpoint
CREATE TABLE `gig_platforms` (
	`gig_id` text NOT NULL,
	`platform` text NOT NULL,
	PRIMARY KEY(`gig_id`, `platform`),
	FOREIGN KEY (`gig_id`) REFERENCES `gigs`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "gig_platforms_platform_check" CHECK("gig_platforms"."platform" in ('instagram','tiktok','youtube','x','facebook','twitch','linkedin','spotify','soundcloud','website'))
);
--> statement-breakpoint
CREATE INDEX `gig_platforms_platform_idx` ON `gig_platforms` (`platform`,`gig_id`);--> statement-breakpoint
CREATE TABLE `gig_status_history` (
	`id` text PRIMARY KEY NOT NULL,
	`gig_id` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`actor_user_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`gig_id`) REFERENCES `gigs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `gig_status_history_gig_idx` ON `gig_status_history` (`gig_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `gigs` (
	`id` text PRIMARY KEY NOT NULL,
	`brand_id` text NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`budget_min_cents` integer NOT NULL,
	`budget_max_cents` integer NOT NULL,
	`currency` text DEFAULT 'USD' NOT NULL,
	`location` text,
	`remote` integer DEFAULT false NOT NULL,
	`requirements` text DEFAULT '' NOT NULL,
	`deadline` text NOT NULL,
	`creators_wanted` integer DEFAULT 1 NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`published_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`brand_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "gigs_status_check" CHECK("gigs"."status" in ('draft','published','paused','closed','cancelled','in_progress','completed')),
	CONSTRAINT "gigs_budget_check" CHECK("gigs"."budget_min_cents" >= 0 and "gigs"."budget_min_cents" <= "gigs"."budget_max_cents"),
	CONSTRAINT "gigs_currency_check" CHECK(length("gigs"."currency") = 3 and "gigs"."currency" = upper("gigs"."currency")),
	CONSTRAINT "gigs_deadline_format" CHECK("gigs"."deadline" glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "gigs_creators_wanted_check" CHECK("gigs"."creators_wanted" between 1 and 100),
	CONSTRAINT "gigs_title_len" CHECK(length("gigs"."title") between 3 and 120),
	CONSTRAINT "gigs_description_len" CHECK(length("gigs"."description") between 20 and 10000),
	CONSTRAINT "gigs_requirements_len" CHECK(length("gigs"."requirements") <= 5000),
	CONSTRAINT "gigs_location_check" CHECK("gigs"."location" is null or length("gigs"."location") between 1 and 120),
	CONSTRAINT "gigs_where_check" CHECK("gigs"."remote" = 1 or "gigs"."location" is not null),
	CONSTRAINT "gigs_published_at_check" CHECK("gigs"."status" = 'draft' or "gigs"."published_at" is not null)
);
--> statement-breakpoint
CREATE INDEX `gigs_brand_status_idx` ON `gigs` (`brand_id`,`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `gigs_status_published_idx` ON `gigs` (`status`,`published_at`);--> statement-breakpoint
CREATE INDEX `gigs_status_deadline_idx` ON `gigs` (`status`,`deadline`);--> statement-breakpoint
CREATE INDEX `gigs_status_budget_idx` ON `gigs` (`status`,`budget_max_cents`);--> statement-breakpoint
CREATE TABLE `saved_gigs` (
	`id` text PRIMARY KEY NOT NULL,
	`creator_id` text NOT NULL,
	`gig_id` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`creator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`gig_id`) REFERENCES `gigs`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "saved_gigs_note_len" CHECK(length("saved_gigs"."note") <= 2000)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `saved_gigs_creator_gig_unique` ON `saved_gigs` (`creator_id`,`gig_id`);--> statement-breakpoint
CREATE INDEX `saved_gigs_gig_idx` ON `saved_gigs` (`gig_id`);--> statement-breakpoint
CREATE TABLE `brand_ratings` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`brand_id` text NOT NULL,
	`creator_id` text NOT NULL,
	`overall` integer NOT NULL,
	`payment_speed` integer NOT NULL,
	`communication` integer NOT NULL,
	`professionalism` integer NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`brand_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`creator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "brand_ratings_overall_check" CHECK("brand_ratings"."overall" between 1 and 5),
	CONSTRAINT "brand_ratings_payment_check" CHECK("brand_ratings"."payment_speed" between 1 and 5),
	CONSTRAINT "brand_ratings_communication_check" CHECK("brand_ratings"."communication" between 1 and 5),
	CONSTRAINT "brand_ratings_professionalism_check" CHECK("brand_ratings"."professionalism" between 1 and 5),
	CONSTRAINT "brand_ratings_comment_len" CHECK(length("brand_ratings"."comment") <= 2000)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `brand_ratings_deal_unique` ON `brand_ratings` (`deal_id`);--> statement-breakpoint
CREATE INDEX `brand_ratings_brand_idx` ON `brand_ratings` (`brand_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `deal_status_history` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`actor_user_id` text,
	`note` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `deal_status_history_deal_idx` ON `deal_status_history` (`deal_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `deals` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text,
	`booking_id` text,
	`gig_id` text,
	`brand_id` text NOT NULL,
	`creator_id` text NOT NULL,
	`title` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`currency` text DEFAULT 'USD' NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`cancel_reason` text,
	`cancelled_by` text,
	`completed_at` integer,
	`cancelled_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`gig_id`) REFERENCES `gigs`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`brand_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`creator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`cancelled_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "deals_status_check" CHECK("deals"."status" in ('active','completed','cancelled')),
	CONSTRAINT "deals_amount_check" CHECK("deals"."amount_cents" >= 0),
	CONSTRAINT "deals_currency_check" CHECK(length("deals"."currency") = 3 and "deals"."currency" = upper("deals"."currency")),
	CONSTRAINT "deals_parties_check" CHECK("deals"."brand_id" <> "deals"."creator_id"),
	CONSTRAINT "deals_cancel_check" CHECK("deals"."status" <> 'cancelled' or ("deals"."cancel_reason" is not null and length("deals"."cancel_reason") between 1 and 2000)),
	CONSTRAINT "deals_completed_check" CHECK("deals"."status" <> 'completed' or "deals"."completed_at" is not null),
	CONSTRAINT "deals_title_len" CHECK(length("deals"."title") between 1 and 200)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deals_application_unique` ON `deals` (`application_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `deals_booking_unique` ON `deals` (`booking_id`);--> statement-breakpoint
CREATE INDEX `deals_brand_status_idx` ON `deals` (`brand_id`,`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `deals_creator_status_idx` ON `deals` (`creator_id`,`status`,`updated_at`);--> statement-breakpoint
CREATE TABLE `deliverable_history` (
	`id` text PRIMARY KEY NOT NULL,
	`deliverable_id` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`actor_user_id` text,
	`note` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`deliverable_id`) REFERENCES `deliverables`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `deliverable_history_deliverable_idx` ON `deliverable_history` (`deliverable_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `deliverables` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`due_date` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`submission_url` text,
	`submission_note` text,
	`revision_count` integer DEFAULT 0 NOT NULL,
	`submitted_at` integer,
	`approved_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "deliverables_status_check" CHECK("deliverables"."status" in ('pending','submitted','revision_requested','approved')),
	CONSTRAINT "deliverables_due_format" CHECK("deliverables"."due_date" glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "deliverables_revision_check" CHECK("deliverables"."revision_count" >= 0),
	CONSTRAINT "deliverables_title_len" CHECK(length("deliverables"."title") between 1 and 300),
	CONSTRAINT "deliverables_submission_check" CHECK("deliverables"."status" = 'pending' or "deliverables"."submission_url" is not null),
	CONSTRAINT "deliverables_url_format" CHECK("deliverables"."submission_url" is null or ("deliverables"."submission_url" glob 'http*://*' and length("deliverables"."submission_url") <= 500))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deliverables_deal_position_unique` ON `deliverables` (`deal_id`,`position`);--> statement-breakpoint
CREATE INDEX `deliverables_status_due_idx` ON `deliverables` (`status`,`due_date`);--> statement-breakpoint
CREATE TABLE `offers` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`from_user_id` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`currency` text DEFAULT 'USD' NOT NULL,
	`deliverables` text NOT NULL,
	`timeline_days` integer NOT NULL,
	`message` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`expires_at` integer NOT NULL,
	`responded_at` integer,
	`responded_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`from_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`responded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "offers_status_check" CHECK("offers"."status" in ('pending','accepted','rejected','countered','expired','withdrawn')),
	CONSTRAINT "offers_amount_check" CHECK("offers"."amount_cents" > 0),
	CONSTRAINT "offers_currency_check" CHECK(length("offers"."currency") = 3 and "offers"."currency" = upper("offers"."currency")),
	CONSTRAINT "offers_timeline_check" CHECK("offers"."timeline_days" between 1 and 365),
	CONSTRAINT "offers_deliverables_len" CHECK(length("offers"."deliverables") between 1 and 3000),
	CONSTRAINT "offers_message_len" CHECK(length("offers"."message") <= 2000)
);
--> statement-breakpoint
CREATE INDEX `offers_application_idx` ON `offers` (`application_id`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `offers_one_pending_unique` ON `offers` (`application_id`) WHERE status = 'pending';