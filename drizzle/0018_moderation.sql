CREATE TABLE `moderation_log` (
	`id` text PRIMARY KEY NOT NULL,
	`actor_id` text NOT NULL,
	`action` text NOT NULL,
	`target_type` text NOT NULL,
	`target_id` text NOT NULL,
	`summary` text NOT NULL,
	`reason` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "moderation_log_action_check" CHECK("moderation_log"."action" in ('user.suspend','user.reinstate','review.remove','review.restore','creator.feature','creator.unfeature')),
	CONSTRAINT "moderation_log_target_check" CHECK("moderation_log"."target_type" in ('user','review','creator')),
	CONSTRAINT "moderation_log_summary_len" CHECK(length("moderation_log"."summary") between 1 and 200),
	CONSTRAINT "moderation_log_reason_check" CHECK("moderation_log"."reason" is null or length("moderation_log"."reason") between 3 and 500),
	CONSTRAINT "moderation_log_reason_required" CHECK("moderation_log"."action" not in ('user.suspend','review.remove') or "moderation_log"."reason" is not null)
);
--> statement-breakpoint
CREATE INDEX `moderation_log_created_idx` ON `moderation_log` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `moderation_log_target_idx` ON `moderation_log` (`target_type`,`target_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `reviews` ADD `removed_at` integer;--> statement-breakpoint
ALTER TABLE `reviews` ADD `removed_reason` text;--> statement-breakpoint
-- Decision 032: a review removed by an admin is hidden and says why. A CHECK on reviews would
-- rebuild the table (a million rows at scale), so these two triggers hold the rule instead.
CREATE TRIGGER IF NOT EXISTS reviews_removed_check_bi BEFORE INSERT ON reviews
WHEN NEW.removed_at IS NOT NULL AND (NEW.hidden = 0 OR NEW.removed_reason IS NULL OR length(NEW.removed_reason) NOT BETWEEN 3 AND 500)
  OR NEW.removed_at IS NULL AND NEW.removed_reason IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'reviews_removed_check');
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS reviews_removed_check_bu BEFORE UPDATE ON reviews
WHEN NEW.removed_at IS NOT NULL AND (NEW.hidden = 0 OR NEW.removed_reason IS NULL OR length(NEW.removed_reason) NOT BETWEEN 3 AND 500)
  OR NEW.removed_at IS NULL AND NEW.removed_reason IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'reviews_removed_check');
END;
