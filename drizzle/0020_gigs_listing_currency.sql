-- The /gigs budget filter and sorts keep to one currency (decision 034): cover `currency` in the
-- listing index, after the deadline range, so every plan stays an index search. The new index holds
-- every column of the old one in the same leading order, so code from before this migration keeps
-- its covering plans while a deploy runs both.
DROP INDEX `gigs_listing_idx`;--> statement-breakpoint
CREATE INDEX `gigs_listing_idx` ON `gigs` (`status`,`deadline`,`remote`,`currency`,`budget_max_cents`,`budget_min_cents`,`published_at`,`id`);