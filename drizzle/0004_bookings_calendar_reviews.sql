CREATE TABLE `availability_settings` (
	`creator_id` text PRIMARY KEY NOT NULL,
	`time_zone` text DEFAULT 'UTC' NOT NULL,
	`working_days` integer DEFAULT 31 NOT NULL,
	`min_notice_days` integer DEFAULT 1 NOT NULL,
	`max_bookings_per_day` integer DEFAULT 1 NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`creator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "availability_working_days_check" CHECK("availability_settings"."working_days" between 0 and 127),
	CONSTRAINT "availability_notice_check" CHECK("availability_settings"."min_notice_days" between 0 and 365),
	CONSTRAINT "availability_max_check" CHECK("availability_settings"."max_bookings_per_day" between 1 and 50),
	CONSTRAINT "availability_tz_len" CHECK(length("availability_settings"."time_zone") between 1 and 64)
);
--> statement-breakpoint
CREATE TABLE `booking_status_history` (
	`id` text PRIMARY KEY NOT NULL,
	`booking_id` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`actor_kind` text NOT NULL,
	`actor_user_id` text,
	`note` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "booking_status_history_actor_check" CHECK("booking_status_history"."actor_kind" in ('creator','client','system'))
);
--> statement-breakpoint
CREATE INDEX `booking_status_history_booking_idx` ON `booking_status_history` (`booking_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `bookings` (
	`id` text PRIMARY KEY NOT NULL,
	`creator_id` text NOT NULL,
	`date` text NOT NULL,
	`start_time` text,
	`duration_minutes` integer,
	`package_id` text,
	`package_name` text,
	`custom_request` text,
	`client_name` text NOT NULL,
	`client_email` text NOT NULL,
	`client_phone` text,
	`message` text NOT NULL,
	`budget_cents` integer,
	`currency` text DEFAULT 'USD' NOT NULL,
	`status` text DEFAULT 'requested' NOT NULL,
	`proposed_date` text,
	`decline_reason` text,
	`manage_token_hash` text NOT NULL,
	`manage_token_expires_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`creator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "bookings_status_check" CHECK("bookings"."status" in ('requested','confirmed','declined','cancelled','completed')),
	CONSTRAINT "bookings_date_check" CHECK("bookings"."date" glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' and date("bookings"."date") = "bookings"."date"),
	CONSTRAINT "bookings_proposed_date_check" CHECK("bookings"."proposed_date" is null or ("bookings"."proposed_date" glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' and date("bookings"."proposed_date") = "bookings"."proposed_date")),
	CONSTRAINT "bookings_start_time_check" CHECK("bookings"."start_time" is null or ("bookings"."start_time" glob '[0-2][0-9]:[0-5][0-9]' and "bookings"."start_time" < '24:00')),
	CONSTRAINT "bookings_duration_check" CHECK("bookings"."duration_minutes" is null or "bookings"."duration_minutes" between 15 and 1440),
	CONSTRAINT "bookings_budget_check" CHECK("bookings"."budget_cents" is null or "bookings"."budget_cents" >= 0),
	CONSTRAINT "bookings_currency_check" CHECK(length("bookings"."currency") = 3 and "bookings"."currency" = upper("bookings"."currency")),
	CONSTRAINT "bookings_client_name_len" CHECK(length("bookings"."client_name") between 1 and 100),
	CONSTRAINT "bookings_client_email_check" CHECK(instr("bookings"."client_email", '@') > 1 and length("bookings"."client_email") <= 254),
	CONSTRAINT "bookings_message_len" CHECK(length("bookings"."message") between 10 and 5000),
	CONSTRAINT "bookings_decline_reason_check" CHECK("bookings"."status" <> 'declined' or length(coalesce("bookings"."decline_reason", '')) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bookings_manage_token_unique` ON `bookings` (`manage_token_hash`);--> statement-breakpoint
CREATE INDEX `bookings_creator_date_idx` ON `bookings` (`creator_id`,`date`,`status`);--> statement-breakpoint
CREATE INDEX `bookings_creator_status_idx` ON `bookings` (`creator_id`,`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `blocked_dates` (
	`id` text PRIMARY KEY NOT NULL,
	`creator_id` text NOT NULL,
	`date` text NOT NULL,
	`reason` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`creator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "blocked_dates_date_check" CHECK("blocked_dates"."date" glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' and date("blocked_dates"."date") = "blocked_dates"."date"),
	CONSTRAINT "blocked_dates_reason_len" CHECK("blocked_dates"."reason" is null or length("blocked_dates"."reason") <= 200)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `blocked_dates_creator_date_unique` ON `blocked_dates` (`creator_id`,`date`);--> statement-breakpoint
CREATE TABLE `calendar_feeds` (
	`id` text PRIMARY KEY NOT NULL,
	`creator_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`creator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_feeds_token_unique` ON `calendar_feeds` (`token_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_feeds_live_unique` ON `calendar_feeds` (`creator_id`) WHERE "calendar_feeds"."revoked_at" is null;--> statement-breakpoint
CREATE TABLE `shoots` (
	`id` text PRIMARY KEY NOT NULL,
	`creator_id` text NOT NULL,
	`title` text NOT NULL,
	`date` text NOT NULL,
	`start_time` text,
	`location` text,
	`brand` text,
	`campaign` text,
	`notes` text,
	`amount_cents` integer,
	`currency` text DEFAULT 'USD' NOT NULL,
	`booking_id` text,
	`status` text DEFAULT 'planned' NOT NULL,
	`completed_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`creator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "shoots_date_check" CHECK("shoots"."date" glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' and date("shoots"."date") = "shoots"."date"),
	CONSTRAINT "shoots_time_check" CHECK("shoots"."start_time" is null or ("shoots"."start_time" glob '[0-2][0-9]:[0-5][0-9]' and "shoots"."start_time" < '24:00')),
	CONSTRAINT "shoots_status_check" CHECK("shoots"."status" in ('planned','completed')),
	CONSTRAINT "shoots_completed_check" CHECK(("shoots"."status" = 'completed') = ("shoots"."completed_at" is not null)),
	CONSTRAINT "shoots_amount_check" CHECK("shoots"."amount_cents" is null or "shoots"."amount_cents" >= 0),
	CONSTRAINT "shoots_currency_check" CHECK(length("shoots"."currency") = 3 and "shoots"."currency" = upper("shoots"."currency")),
	CONSTRAINT "shoots_title_len" CHECK(length("shoots"."title") between 1 and 120)
);
--> statement-breakpoint
CREATE INDEX `shoots_creator_date_idx` ON `shoots` (`creator_id`,`date`);--> statement-breakpoint
CREATE UNIQUE INDEX `shoots_booking_unique` ON `shoots` (`booking_id`) WHERE "shoots"."booking_id" is not null;--> statement-breakpoint
CREATE TABLE `uploads` (
	`id` text PRIMARY KEY NOT NULL,
	`creator_id` text NOT NULL,
	`title` text NOT NULL,
	`date` text NOT NULL,
	`start_time` text,
	`platform` text NOT NULL,
	`content_type` text NOT NULL,
	`brand` text,
	`campaign` text,
	`notes` text,
	`status` text DEFAULT 'planned' NOT NULL,
	`completed_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`creator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "uploads_date_check" CHECK("uploads"."date" glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' and date("uploads"."date") = "uploads"."date"),
	CONSTRAINT "uploads_time_check" CHECK("uploads"."start_time" is null or ("uploads"."start_time" glob '[0-2][0-9]:[0-5][0-9]' and "uploads"."start_time" < '24:00')),
	CONSTRAINT "uploads_status_check" CHECK("uploads"."status" in ('planned','completed')),
	CONSTRAINT "uploads_completed_check" CHECK(("uploads"."status" = 'completed') = ("uploads"."completed_at" is not null)),
	CONSTRAINT "uploads_title_len" CHECK(length("uploads"."title") between 1 and 120),
	CONSTRAINT "uploads_platform_len" CHECK(length("uploads"."platform") between 1 and 40),
	CONSTRAINT "uploads_content_type_len" CHECK(length("uploads"."content_type") between 1 and 40)
);
--> statement-breakpoint
CREATE INDEX `uploads_creator_date_idx` ON `uploads` (`creator_id`,`date`);--> statement-breakpoint
CREATE TABLE `review_links` (
	`id` text PRIMARY KEY NOT NULL,
	`creator_id` text NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` text NOT NULL,
	`subject_label` text NOT NULL,
	`client_email` text,
	`token_hash` text NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`revoked_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`creator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "review_links_subject_check" CHECK("review_links"."subject_type" in ('booking','shoot','deal'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_links_token_unique` ON `review_links` (`token_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `review_links_live_unique` ON `review_links` (`subject_type`,`subject_id`) WHERE "review_links"."used_at" is null and "review_links"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX `review_links_creator_idx` ON `review_links` (`creator_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`creator_id` text NOT NULL,
	`source_type` text DEFAULT 'none' NOT NULL,
	`source_id` text,
	`review_link_id` text,
	`verified` integer DEFAULT false NOT NULL,
	`rating` integer NOT NULL,
	`body` text NOT NULL,
	`client_name` text NOT NULL,
	`client_email` text NOT NULL,
	`client_phone` text,
	`consent` integer NOT NULL,
	`reply` text,
	`reply_at` integer,
	`hidden` integer DEFAULT false NOT NULL,
	`hidden_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`creator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`review_link_id`) REFERENCES `review_links`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "reviews_rating_check" CHECK("reviews"."rating" between 1 and 5),
	CONSTRAINT "reviews_body_len" CHECK(length("reviews"."body") between 20 and 5000),
	CONSTRAINT "reviews_source_check" CHECK("reviews"."source_type" in ('booking','shoot','deal','none')),
	CONSTRAINT "reviews_source_id_check" CHECK(("reviews"."source_type" = 'none') = ("reviews"."source_id" is null)),
	CONSTRAINT "reviews_consent_check" CHECK("reviews"."consent" = 1),
	CONSTRAINT "reviews_name_len" CHECK(length("reviews"."client_name") between 1 and 100),
	CONSTRAINT "reviews_reply_check" CHECK(("reviews"."reply" is null) = ("reviews"."reply_at" is null) and ("reviews"."reply" is null or length("reviews"."reply") between 1 and 2000)),
	CONSTRAINT "reviews_hidden_check" CHECK("reviews"."hidden" in (0,1) and ("reviews"."hidden" = 0 or "reviews"."hidden_at" is not null)),
	CONSTRAINT "reviews_verified_check" CHECK("reviews"."verified" in (0,1) and ("reviews"."verified" = 0 or "reviews"."source_type" <> 'none'))
);
--> statement-breakpoint
CREATE INDEX `reviews_creator_visible_idx` ON `reviews` (`creator_id`,`hidden`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `reviews_link_unique` ON `reviews` (`review_link_id`) WHERE "reviews"."review_link_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `reviews_source_unique` ON `reviews` (`source_type`,`source_id`) WHERE "reviews"."source_id" is not null;