-- Batch preconditions (see write_guards in worker/db/schema.ts): any insert aborts the batch with
-- the inserted reason as the error message, so the whole D1 batch rolls back.
CREATE TRIGGER `write_guards_abort` BEFORE INSERT ON `write_guards`
BEGIN
	SELECT RAISE(ABORT, NEW.reason);
END;
