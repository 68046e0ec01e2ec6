DROP INDEX `customers_team_name`;--> statement-breakpoint
ALTER TABLE `customers` ADD `source` text;--> statement-breakpoint
-- The source of customers created before it was recorded: an import's, else the capture's thread,
-- else the customer's first interaction; customers with none of these stay unknown (null).
UPDATE `customers` SET `source` = 'import' WHERE `id` IN (
	SELECT `entity_id` FROM `audit_log` WHERE `entity` = 'customer' AND `action` = 'customer.import_create'
);--> statement-breakpoint
UPDATE `customers` SET `source` = (
	SELECT i.`source` FROM `audit_log` a JOIN `interactions` i
		ON i.`team_id` = a.`team_id` AND i.`id` = json_extract(a.`after`, '$.interactionId')
	WHERE a.`team_id` = `customers`.`team_id` AND a.`entity` = 'customer' AND a.`entity_id` = `customers`.`id`
		AND a.`action` = 'customer.capture_create'
	LIMIT 1
) WHERE `source` IS NULL;--> statement-breakpoint
UPDATE `customers` SET `source` = (
	SELECT i.`source` FROM `interactions` i
	WHERE i.`team_id` = `customers`.`team_id` AND i.`customer_id` = `customers`.`id`
	ORDER BY i.`occurred_at`, i.`created_at` LIMIT 1
) WHERE `source` IS NULL;--> statement-breakpoint
CREATE INDEX `customers_team_name_id` ON `customers` (`team_id`,`name`,`id`);--> statement-breakpoint
CREATE INDEX `customers_team_revenue_id` ON `customers` (`team_id`,`revenue_12m_usd`,`id`);--> statement-breakpoint
CREATE INDEX `customers_team_contact_id` ON `customers` (`team_id`,coalesce(`last_interaction_at`, ''),`id`);--> statement-breakpoint
CREATE INDEX `customers_team_created_id` ON `customers` (`team_id`,`created_at`,`id`);
