PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_availability_settings` (
	`creator_id` text PRIMARY KEY NOT NULL,
	`time_zone` text DEFAULT 'UTC' NOT NULL,
	`working_days` integer DEFAULT 31 NOT NULL,
	`min_notice_days` integer DEFAULT 1 NOT NULL,
	`max_bookings_per_day` integer DEFAULT 1 NOT NULL,
	`cancel_notice_hours` integer DEFAULT 48 NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`creator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "availability_working_days_check" CHECK("__new_availability_settings"."working_days" between 0 and 127),
	CONSTRAINT "availability_notice_check" CHECK("__new_availability_settings"."min_notice_days" between 0 and 365),
	CONSTRAINT "availability_max_check" CHECK("__new_availability_settings"."max_bookings_per_day" between 1 and 50),
	CONSTRAINT "availability_cancel_notice_check" CHECK("__new_availability_settings"."cancel_notice_hours" between 0 and 720),
	CONSTRAINT "availability_tz_len" CHECK(length("__new_availability_settings"."time_zone") between 1 and 64)
);
--> statement-breakpoint
INSERT INTO `__new_availability_settings`("creator_id", "time_zone", "working_days", "min_notice_days", "max_bookings_per_day", "updated_at") SELECT "creator_id", "time_zone", "working_days", "min_notice_days", "max_bookings_per_day", "updated_at" FROM `availability_settings`;--> statement-breakpoint
DROP TABLE `availability_settings`;--> statement-breakpoint
ALTER TABLE `__new_availability_settings` RENAME TO `availability_settings`;--> statement-breakpoint
PRAGMA foreign_keys=ON;