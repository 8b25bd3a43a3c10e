DROP INDEX `reviews_creator_visible_idx`;--> statement-breakpoint
CREATE INDEX `reviews_creator_visible_idx` ON `reviews` (`creator_id`,`hidden`,`created_at`,`id`);--> statement-breakpoint
ALTER TABLE `creator_profiles` ADD `rating_1_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `creator_profiles` ADD `rating_2_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `creator_profiles` ADD `rating_3_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `creator_profiles` ADD `rating_4_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `creator_profiles` ADD `rating_5_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE `creator_profiles` SET
  `rating_1_count` = r.c1, `rating_2_count` = r.c2, `rating_3_count` = r.c3,
  `rating_4_count` = r.c4, `rating_5_count` = r.c5
FROM (
  SELECT `creator_id`, sum(`rating` = 1) AS c1, sum(`rating` = 2) AS c2, sum(`rating` = 3) AS c3,
         sum(`rating` = 4) AS c4, sum(`rating` = 5) AS c5
    FROM `reviews` WHERE `hidden` = 0 GROUP BY `creator_id`
) AS r
WHERE r.`creator_id` = `creator_profiles`.`user_id`;
