-- Rows that would break the new foreign keys go first: samples pointing at deleted portfolio items
-- (nothing showed them), and booking links to bookings that are gone. runMigrations turns foreign
-- keys off around the migrations, so rebuilding `deals` cannot cascade into its deliverables,
-- payments and messages, and checks every foreign key before committing.
DELETE FROM `application_items` WHERE `portfolio_item_id` NOT IN (SELECT `id` FROM `portfolio_items`);--> statement-breakpoint
UPDATE `deals` SET `booking_id` = NULL WHERE `booking_id` IS NOT NULL AND `booking_id` NOT IN (SELECT `id` FROM `bookings`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_application_items` (
	`application_id` text NOT NULL,
	`portfolio_item_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`application_id`, `portfolio_item_id`),
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`portfolio_item_id`) REFERENCES `portfolio_items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_application_items`("application_id", "portfolio_item_id", "position") SELECT "application_id", "portfolio_item_id", "position" FROM `application_items`;--> statement-breakpoint
DROP TABLE `application_items`;--> statement-breakpoint
ALTER TABLE `__new_application_items` RENAME TO `application_items`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_deals` (
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
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`gig_id`) REFERENCES `gigs`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`brand_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`creator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`cancelled_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "deals_status_check" CHECK("__new_deals"."status" in ('active','completed','cancelled')),
	CONSTRAINT "deals_amount_check" CHECK("__new_deals"."amount_cents" >= 0),
	CONSTRAINT "deals_currency_check" CHECK(length("__new_deals"."currency") = 3 and "__new_deals"."currency" = upper("__new_deals"."currency")),
	CONSTRAINT "deals_parties_check" CHECK("__new_deals"."brand_id" <> "__new_deals"."creator_id"),
	CONSTRAINT "deals_cancel_check" CHECK("__new_deals"."status" <> 'cancelled' or ("__new_deals"."cancel_reason" is not null and length("__new_deals"."cancel_reason") between 1 and 2000)),
	CONSTRAINT "deals_completed_check" CHECK("__new_deals"."status" <> 'completed' or "__new_deals"."completed_at" is not null),
	CONSTRAINT "deals_title_len" CHECK(length("__new_deals"."title") between 1 and 200)
);
--> statement-breakpoint
INSERT INTO `__new_deals`("id", "application_id", "booking_id", "gig_id", "brand_id", "creator_id", "title", "amount_cents", "currency", "status", "cancel_reason", "cancelled_by", "completed_at", "cancelled_at", "created_at", "updated_at") SELECT "id", "application_id", "booking_id", "gig_id", "brand_id", "creator_id", "title", "amount_cents", "currency", "status", "cancel_reason", "cancelled_by", "completed_at", "cancelled_at", "created_at", "updated_at" FROM `deals`;--> statement-breakpoint
DROP TABLE `deals`;--> statement-breakpoint
ALTER TABLE `__new_deals` RENAME TO `deals`;--> statement-breakpoint
CREATE UNIQUE INDEX `deals_application_unique` ON `deals` (`application_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `deals_booking_unique` ON `deals` (`booking_id`);--> statement-breakpoint
CREATE INDEX `deals_brand_status_idx` ON `deals` (`brand_id`,`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `deals_creator_status_idx` ON `deals` (`creator_id`,`status`,`updated_at`);