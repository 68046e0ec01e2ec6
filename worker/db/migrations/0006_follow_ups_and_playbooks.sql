CREATE TABLE `follow_ups` (
	`team_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`owner_id` text NOT NULL,
	`due_at` text NOT NULL,
	`due_day` text NOT NULL,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`team_id`, `customer_id`),
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `follow_ups_owner_due` ON `follow_ups` (`team_id`,`owner_id`,`due_day`);--> statement-breakpoint
CREATE TABLE `team_playbooks` (
	`team_id` text PRIMARY KEY NOT NULL,
	`playbooks` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action
);
