DROP INDEX `bookings_creator_status_idx`;--> statement-breakpoint
CREATE INDEX `bookings_creator_status_date_idx` ON `bookings` (`creator_id`,`status`,`date`,`created_at`);