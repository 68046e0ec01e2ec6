/** Pull changes made by colleagues this often (minutes); a failed pull is retried as often. */
export const SYNC_PERIOD_MINUTES = 5;
