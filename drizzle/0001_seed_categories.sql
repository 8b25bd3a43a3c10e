-- Custom SQL migration file, put your code below! ---- Seed the category taxonomy (idempotent).
INSERT OR IGNORE INTO `categories` (`slug`, `name`, `created_at`) VALUES ('lifestyle', 'Lifestyle', 1795000000000);--> statement-breakpoint
INSERT OR IGNORE INTO `categories` (`slug`, `name`, `created_at`) VALUES ('fashion', 'Fashion', 1795000000000);--> statement-breakpoint
INSERT OR IGNORE INTO `categories` (`slug`, `name`, `created_at`) VALUES ('beauty', 'Beauty', 1795000000000);--> statement-breakpoint
INSERT OR IGNORE INTO `categories` (`slug`, `name`, `created_at`) VALUES ('fitness', 'Fitness', 1795000000000);--> statement-breakpoint
INSERT OR IGNORE INTO `categories` (`slug`, `name`, `created_at`) VALUES ('food', 'Food', 1795000000000);--> statement-breakpoint
INSERT OR IGNORE INTO `categories` (`slug`, `name`, `created_at`) VALUES ('travel', 'Travel', 1795000000000);--> statement-breakpoint
INSERT OR IGNORE INTO `categories` (`slug`, `name`, `created_at`) VALUES ('technology', 'Technology', 1795000000000);--> statement-breakpoint
INSERT OR IGNORE INTO `categories` (`slug`, `name`, `created_at`) VALUES ('gaming', 'Gaming', 1795000000000);--> statement-breakpoint
INSERT OR IGNORE INTO `categories` (`slug`, `name`, `created_at`) VALUES ('music', 'Music', 1795000000000);--> statement-breakpoint
INSERT OR IGNORE INTO `categories` (`slug`, `name`, `created_at`) VALUES ('sports', 'Sports', 1795000000000);--> statement-breakpoint
INSERT OR IGNORE INTO `categories` (`slug`, `name`, `created_at`) VALUES ('photography', 'Photography', 1795000000000);--> statement-breakpoint
INSERT OR IGNORE INTO `categories` (`slug`, `name`, `created_at`) VALUES ('education', 'Education', 1795000000000);--> statement-breakpoint
INSERT OR IGNORE INTO `categories` (`slug`, `name`, `created_at`) VALUES ('comedy', 'Comedy', 1795000000000);--> statement-breakpoint
INSERT OR IGNORE INTO `categories` (`slug`, `name`, `created_at`) VALUES ('parenting', 'Parenting', 1795000000000);--> statement-breakpoint
INSERT OR IGNORE INTO `categories` (`slug`, `name`, `created_at`) VALUES ('business', 'Business', 1795000000000);
