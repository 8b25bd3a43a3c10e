-- Inquiries get conversations (decision 036). `messages` and `message_threads` are rebuilt for their
-- new `inquiry_id` and the CHECKs that now name it; every row is copied (the old tables have no
-- inquiry_id, so it is left out of the copy and starts null) and every index is made again.
-- runMigrations turns foreign keys off around the migrations, so dropping the old tables cascades
-- nowhere, and checks every foreign key before the app starts.
CREATE TABLE `inquiry_links` (
	`id` text PRIMARY KEY NOT NULL,
	`inquiry_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`inquiry_id`) REFERENCES `inquiries`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inquiry_links_token_unique` ON `inquiry_links` (`token_hash`);--> statement-breakpoint
CREATE INDEX `inquiry_links_inquiry_idx` ON `inquiry_links` (`inquiry_id`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_message_threads` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text,
	`booking_id` text,
	`inquiry_id` text,
	`participant` text NOT NULL,
	`user_id` text,
	`unread` integer DEFAULT 0 NOT NULL,
	`last_message_at` integer NOT NULL,
	`last_read_at` integer,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`inquiry_id`) REFERENCES `inquiries`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "message_threads_one_thread" CHECK((("__new_message_threads"."deal_id" is not null) + ("__new_message_threads"."booking_id" is not null) + ("__new_message_threads"."inquiry_id" is not null)) = 1),
	CONSTRAINT "message_threads_unread_check" CHECK("__new_message_threads"."unread" >= 0),
	CONSTRAINT "message_threads_participant_check" CHECK(("__new_message_threads"."deal_id" is not null and "__new_message_threads"."participant" in ('creator','brand'))
        or ("__new_message_threads"."booking_id" is not null and "__new_message_threads"."participant" in ('creator','client'))
        or ("__new_message_threads"."inquiry_id" is not null and "__new_message_threads"."participant" in ('creator','client'))),
	CONSTRAINT "message_threads_client_no_user" CHECK(("__new_message_threads"."participant" = 'client') = ("__new_message_threads"."user_id" is null))
);
--> statement-breakpoint
INSERT INTO `__new_message_threads`("id", "deal_id", "booking_id", "participant", "user_id", "unread", "last_message_at", "last_read_at") SELECT "id", "deal_id", "booking_id", "participant", "user_id", "unread", "last_message_at", "last_read_at" FROM `message_threads`;--> statement-breakpoint
DROP TABLE `message_threads`;--> statement-breakpoint
ALTER TABLE `__new_message_threads` RENAME TO `message_threads`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `message_threads_deal_unique` ON `message_threads` (`deal_id`,`participant`) WHERE "message_threads"."deal_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `message_threads_booking_unique` ON `message_threads` (`booking_id`,`participant`) WHERE "message_threads"."booking_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `message_threads_inquiry_unique` ON `message_threads` (`inquiry_id`,`participant`) WHERE "message_threads"."inquiry_id" is not null;--> statement-breakpoint
CREATE INDEX `message_threads_user_idx` ON `message_threads` (`user_id`,`last_message_at`);--> statement-breakpoint
CREATE TABLE `__new_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text,
	`booking_id` text,
	`inquiry_id` text,
	`sender` text NOT NULL,
	`sender_user_id` text,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`inquiry_id`) REFERENCES `inquiries`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sender_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "messages_one_thread" CHECK((("__new_messages"."deal_id" is not null) + ("__new_messages"."booking_id" is not null) + ("__new_messages"."inquiry_id" is not null)) = 1),
	CONSTRAINT "messages_sender_check" CHECK(("__new_messages"."deal_id" is not null and "__new_messages"."sender" in ('creator','brand'))
        or ("__new_messages"."booking_id" is not null and "__new_messages"."sender" in ('creator','client'))
        or ("__new_messages"."inquiry_id" is not null and "__new_messages"."sender" in ('creator','client'))),
	CONSTRAINT "messages_client_no_user" CHECK(("__new_messages"."sender" = 'client') = ("__new_messages"."sender_user_id" is null)),
	CONSTRAINT "messages_body_len" CHECK(length(trim("__new_messages"."body")) between 1 and 5000)
);
--> statement-breakpoint
INSERT INTO `__new_messages`("id", "deal_id", "booking_id", "sender", "sender_user_id", "body", "created_at") SELECT "id", "deal_id", "booking_id", "sender", "sender_user_id", "body", "created_at" FROM `messages`;--> statement-breakpoint
DROP TABLE `messages`;--> statement-breakpoint
ALTER TABLE `__new_messages` RENAME TO `messages`;--> statement-breakpoint
CREATE INDEX `messages_deal_idx` ON `messages` (`deal_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `messages_booking_idx` ON `messages` (`booking_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `messages_inquiry_idx` ON `messages` (`inquiry_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `messages_sender_user_idx` ON `messages` (`sender_user_id`);