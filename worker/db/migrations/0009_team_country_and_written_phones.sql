ALTER TABLE `contacts` ADD `phone_as_written` text;--> statement-breakpoint
ALTER TABLE `teams` ADD `default_country` text;