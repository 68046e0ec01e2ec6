CREATE TABLE `team_playbooks` (
	`team_id` text PRIMARY KEY NOT NULL,
	`playbooks` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action
);
