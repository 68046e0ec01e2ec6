CREATE TABLE `tier_history` (
	`team_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`day` text NOT NULL,
	`tier` text NOT NULL,
	PRIMARY KEY(`team_id`, `customer_id`, `day`)
);
--> statement-breakpoint
-- Every customer starts with its tier of today (the day it was last scored, or created).
INSERT INTO `tier_history` (`team_id`, `customer_id`, `day`, `tier`)
SELECT `team_id`, `id`, substr(coalesce(`scored_at`, `created_at`), 1, 10), `tier` FROM `customers`;
--> statement-breakpoint
-- A new customer: its first tier, today.
CREATE TRIGGER `tier_history_on_insert` AFTER INSERT ON `customers`
BEGIN
	INSERT OR REPLACE INTO `tier_history` (`team_id`, `customer_id`, `day`, `tier`)
	VALUES (NEW.`team_id`, NEW.`id`, strftime('%Y-%m-%d', 'now'), NEW.`tier`);
END;
--> statement-breakpoint
-- A tier that changes: today's row holds the day's last tier; one that returns to the tier held
-- before today leaves no row for today (nothing changed, as the team sees it).
CREATE TRIGGER `tier_history_on_change` AFTER UPDATE OF `tier` ON `customers`
WHEN NEW.`tier` IS NOT OLD.`tier`
BEGIN
	INSERT OR REPLACE INTO `tier_history` (`team_id`, `customer_id`, `day`, `tier`)
	VALUES (NEW.`team_id`, NEW.`id`, strftime('%Y-%m-%d', 'now'), NEW.`tier`);
	DELETE FROM `tier_history`
	WHERE `team_id` = NEW.`team_id` AND `customer_id` = NEW.`id` AND `day` = strftime('%Y-%m-%d', 'now')
		AND `tier` IS (
			SELECT h.`tier` FROM `tier_history` h
			WHERE h.`team_id` = NEW.`team_id` AND h.`customer_id` = NEW.`id` AND h.`day` < strftime('%Y-%m-%d', 'now')
			ORDER BY h.`day` DESC LIMIT 1
		);
END;
--> statement-breakpoint
-- A customer row removed (an import rolled back): its history goes with it.
CREATE TRIGGER `tier_history_on_delete` AFTER DELETE ON `customers`
BEGIN
	DELETE FROM `tier_history` WHERE `team_id` = OLD.`team_id` AND `customer_id` = OLD.`id`;
END;
