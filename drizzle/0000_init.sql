CREATE TABLE `email_outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`to_address` text NOT NULL,
	`subject` text NOT NULL,
	`text_body` text NOT NULL,
	`html_body` text,
	`kind` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`created_at` integer NOT NULL,
	`sent_at` integer,
	CONSTRAINT "email_outbox_status_check" CHECK("email_outbox"."status" in ('pending','sent','failed'))
);
--> statement-breakpoint
CREATE INDEX `email_outbox_status_idx` ON `email_outbox` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `password_reset_tokens` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `password_reset_token_hash_unique` ON `password_reset_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `password_reset_user_idx` ON `password_reset_tokens` (`user_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`expires_at` integer NOT NULL,
	`user_agent` text,
	`ip_address` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE INDEX `sessions_expires_idx` ON `sessions` (`expires_at`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`password_hash` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`email_verified_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "users_role_check" CHECK("users"."role" in ('creator','brand','agent','admin')),
	CONSTRAINT "users_status_check" CHECK("users"."status" in ('active','suspended')),
	CONSTRAINT "users_email_lower" CHECK("users"."email" = lower("users"."email") and instr("users"."email", '@') > 1),
	CONSTRAINT "users_display_name_len" CHECK(length("users"."display_name") between 1 and 80)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `categories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `categories_slug_unique` ON `categories` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `categories_name_unique` ON `categories` (`name`);--> statement-breakpoint
CREATE TABLE `creator_categories` (
	`creator_id` text NOT NULL,
	`category_id` integer NOT NULL,
	PRIMARY KEY(`creator_id`, `category_id`),
	FOREIGN KEY (`creator_id`) REFERENCES `creator_profiles`(`user_id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`category_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `creator_categories_category_idx` ON `creator_categories` (`category_id`,`creator_id`);--> statement-breakpoint
CREATE TABLE `creator_profiles` (
	`user_id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`display_name` text NOT NULL,
	`headline` text DEFAULT '' NOT NULL,
	`bio` text DEFAULT '' NOT NULL,
	`visibility` text DEFAULT 'public' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "creator_profiles_slug_format" CHECK(length("creator_profiles"."slug") between 3 and 30 and "creator_profiles"."slug" not glob '*[^a-z0-9-]*' and "creator_profiles"."slug" not glob '-*' and "creator_profiles"."slug" not glob '*-'),
	CONSTRAINT "creator_profiles_visibility_check" CHECK("creator_profiles"."visibility" in ('public','unlisted','private')),
	CONSTRAINT "creator_profiles_display_name_len" CHECK(length("creator_profiles"."display_name") between 1 and 80),
	CONSTRAINT "creator_profiles_headline_len" CHECK(length("creator_profiles"."headline") <= 140),
	CONSTRAINT "creator_profiles_bio_len" CHECK(length("creator_profiles"."bio") <= 5000)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `creator_profiles_slug_unique` ON `creator_profiles` (`slug`);--> statement-breakpoint
CREATE INDEX `creator_profiles_visibility_idx` ON `creator_profiles` (`visibility`,`created_at`);--> statement-breakpoint
CREATE TABLE `inquiries` (
	`id` text PRIMARY KEY NOT NULL,
	`creator_id` text NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`message` text NOT NULL,
	`budget_cents` integer,
	`currency` text DEFAULT 'USD' NOT NULL,
	`status` text DEFAULT 'new' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`creator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "inquiries_status_check" CHECK("inquiries"."status" in ('new','read','archived')),
	CONSTRAINT "inquiries_budget_check" CHECK("inquiries"."budget_cents" is null or "inquiries"."budget_cents" >= 0),
	CONSTRAINT "inquiries_currency_check" CHECK(length("inquiries"."currency") = 3 and "inquiries"."currency" = upper("inquiries"."currency")),
	CONSTRAINT "inquiries_name_len" CHECK(length("inquiries"."name") between 1 and 100),
	CONSTRAINT "inquiries_message_len" CHECK(length("inquiries"."message") between 10 and 5000)
);
--> statement-breakpoint
CREATE INDEX `inquiries_creator_status_idx` ON `inquiries` (`creator_id`,`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `inquiry_status_history` (
	`id` text PRIMARY KEY NOT NULL,
	`inquiry_id` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`actor_user_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`inquiry_id`) REFERENCES `inquiries`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `inquiry_status_history_inquiry_idx` ON `inquiry_status_history` (`inquiry_id`,`created_at`);