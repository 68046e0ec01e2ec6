CREATE TABLE `import_customers` (
	`import_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`team_id` text NOT NULL,
	PRIMARY KEY(`import_id`, `customer_id`)
);
--> statement-breakpoint
CREATE TABLE `import_parts` (
	`import_id` text NOT NULL,
	`idx` integer NOT NULL,
	`team_id` text NOT NULL,
	`first_row` integer NOT NULL,
	`body` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`import_id`, `idx`)
);
--> statement-breakpoint
CREATE TABLE `imports` (
	`id` text PRIMARY KEY NOT NULL,
	`team_id` text NOT NULL,
	`member_id` text NOT NULL,
	`state` text NOT NULL,
	`parts` integer DEFAULT 0 NOT NULL,
	`rows` integer DEFAULT 0 NOT NULL,
	`summary` text,
	`job_id` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`committed_at` text,
	`expires_at` text,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `imports_team` ON `imports` (`team_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `rescore_jobs` ADD `scope` text DEFAULT 'team' NOT NULL;--> statement-breakpoint
ALTER TABLE `rescore_jobs` ADD `import_id` text;--> statement-breakpoint
ALTER TABLE `rescore_jobs` ADD `phase` text DEFAULT 'score' NOT NULL;--> statement-breakpoint
ALTER TABLE `rescore_jobs` ADD `relabel` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `rescore_jobs` ADD `lease_owner` text;--> statement-breakpoint
ALTER TABLE `rescore_jobs` ADD `lease_until` text;--> statement-breakpoint
ALTER TABLE `rescore_jobs` ADD `failures` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `rescore_jobs` ADD `updated_at` text;--> statement-breakpoint
CREATE UNIQUE INDEX `rescore_jobs_one_running` ON `rescore_jobs` (`team_id`) WHERE state = 'running';--> statement-breakpoint
CREATE INDEX `customers_team_id` ON `customers` (`team_id`,`id`);