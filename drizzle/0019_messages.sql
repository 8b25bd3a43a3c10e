CREATE TABLE `message_threads` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text,
	`booking_id` text,
	`participant` text NOT NULL,
	`user_id` text,
	`unread` integer DEFAULT 0 NOT NULL,
	`last_message_at` integer NOT NULL,
	`last_read_at` integer,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "message_threads_one_thread" CHECK(("message_threads"."deal_id" is null) <> ("message_threads"."booking_id" is null)),
	CONSTRAINT "message_threads_unread_check" CHECK("message_threads"."unread" >= 0),
	CONSTRAINT "message_threads_participant_check" CHECK(("message_threads"."deal_id" is not null and "message_threads"."participant" in ('creator','brand'))
        or ("message_threads"."booking_id" is not null and "message_threads"."participant" in ('creator','client'))),
	CONSTRAINT "message_threads_client_no_user" CHECK(("message_threads"."participant" = 'client') = ("message_threads"."user_id" is null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `message_threads_deal_unique` ON `message_threads` (`deal_id`,`participant`) WHERE "message_threads"."deal_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `message_threads_booking_unique` ON `message_threads` (`booking_id`,`participant`) WHERE "message_threads"."booking_id" is not null;--> statement-breakpoint
CREATE INDEX `message_threads_user_idx` ON `message_threads` (`user_id`,`last_message_at`);--> statement-breakpoint
CREATE TABLE `messages` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text,
	`booking_id` text,
	`sender` text NOT NULL,
	`sender_user_id` text,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sender_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "messages_one_thread" CHECK(("messages"."deal_id" is null) <> ("messages"."booking_id" is null)),
	CONSTRAINT "messages_sender_check" CHECK(("messages"."deal_id" is not null and "messages"."sender" in ('creator','brand'))
        or ("messages"."booking_id" is not null and "messages"."sender" in ('creator','client'))),
	CONSTRAINT "messages_client_no_user" CHECK(("messages"."sender" = 'client') = ("messages"."sender_user_id" is null)),
	CONSTRAINT "messages_body_len" CHECK(length(trim("messages"."body")) between 1 and 5000)
);
--> statement-breakpoint
CREATE INDEX `messages_deal_idx` ON `messages` (`deal_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `messages_booking_idx` ON `messages` (`booking_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `messages_sender_user_idx` ON `messages` (`sender_user_id`);