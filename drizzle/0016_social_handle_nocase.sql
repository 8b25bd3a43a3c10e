-- One account per handle whatever its case: keep the first listed of any that differ only in case.
DELETE FROM `social_accounts` WHERE EXISTS (
  SELECT 1 FROM `social_accounts` AS `first`
   WHERE `first`.`creator_id` = `social_accounts`.`creator_id`
     AND `first`.`platform` = `social_accounts`.`platform`
     AND lower(`first`.`handle`) = lower(`social_accounts`.`handle`)
     AND (`first`.`created_at` < `social_accounts`.`created_at`
          OR (`first`.`created_at` = `social_accounts`.`created_at` AND `first`.`id` < `social_accounts`.`id`))
);--> statement-breakpoint
DROP INDEX `social_accounts_creator_platform_handle_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `social_accounts_creator_platform_handle_nocase_unique` ON `social_accounts` (`creator_id`,`platform`,lower("handle"));
