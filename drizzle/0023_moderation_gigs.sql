-- Decision 038: admins remove gigs. The audit log's CHECKs name the new action and target, so the
-- table is rebuilt (it only grows by admin actions: small); every row is copied, both indexes made again.
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_moderation_log` (
	`id` text PRIMARY KEY NOT NULL,
	`actor_id` text NOT NULL,
	`action` text NOT NULL,
	`target_type` text NOT NULL,
	`target_id` text NOT NULL,
	`summary` text NOT NULL,
	`reason` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "moderation_log_action_check" CHECK("__new_moderation_log"."action" in ('user.suspend','user.reinstate','review.remove','review.restore','creator.feature','creator.unfeature','gig.remove')),
	CONSTRAINT "moderation_log_target_check" CHECK("__new_moderation_log"."target_type" in ('user','review','creator','gig')),
	CONSTRAINT "moderation_log_summary_len" CHECK(length("__new_moderation_log"."summary") between 1 and 200),
	CONSTRAINT "moderation_log_reason_check" CHECK("__new_moderation_log"."reason" is null or length("__new_moderation_log"."reason") between 3 and 500),
	CONSTRAINT "moderation_log_reason_required" CHECK("__new_moderation_log"."action" not in ('user.suspend','review.remove','gig.remove') or "__new_moderation_log"."reason" is not null)
);
--> statement-breakpoint
INSERT INTO `__new_moderation_log`("id", "actor_id", "action", "target_type", "target_id", "summary", "reason", "created_at") SELECT "id", "actor_id", "action", "target_type", "target_id", "summary", "reason", "created_at" FROM `moderation_log`;--> statement-breakpoint
DROP TABLE `moderation_log`;--> statement-breakpoint
ALTER TABLE `__new_moderation_log` RENAME TO `moderation_log`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `moderation_log_created_idx` ON `moderation_log` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `moderation_log_target_idx` ON `moderation_log` (`target_type`,`target_id`,`created_at`);