CREATE TABLE `notification_preferences` (
	`user_id` text NOT NULL,
	`type` text NOT NULL,
	`in_app` integer NOT NULL,
	`email` integer NOT NULL,
	PRIMARY KEY(`user_id`, `type`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "notification_preferences_type_check" CHECK("notification_preferences"."type" in ('booking_request','booking_client_update','inquiry_new','review_new','application_new','application_update','deal_offer','deal_deliverable','deal_status','message_new')),
	CONSTRAINT "notification_preferences_in_app_check" CHECK("notification_preferences"."in_app" in (0, 1)),
	CONSTRAINT "notification_preferences_email_check" CHECK("notification_preferences"."email" in (0, 1))
);
--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`type` text NOT NULL,
	`title` text NOT NULL,
	`body` text,
	`path` text NOT NULL,
	`created_at` integer NOT NULL,
	`read_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "notifications_type_check" CHECK("notifications"."type" in ('booking_request','booking_client_update','inquiry_new','review_new','application_new','application_update','deal_offer','deal_deliverable','deal_status','message_new')),
	CONSTRAINT "notifications_title_len" CHECK(length("notifications"."title") between 1 and 200),
	CONSTRAINT "notifications_body_len" CHECK("notifications"."body" is null or length("notifications"."body") <= 500),
	CONSTRAINT "notifications_path_check" CHECK(substr("notifications"."path", 1, 1) = '/' and substr("notifications"."path", 2, 1) not in ('/', '\') and length("notifications"."path") <= 300)
);
--> statement-breakpoint
CREATE INDEX `notifications_user_idx` ON `notifications` (`user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `notifications_unread_idx` ON `notifications` (`user_id`) WHERE "notifications"."read_at" is null;