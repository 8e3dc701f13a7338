-- Quarterdeck schema, version 3: one index-sorted focus-lane query, and undo by transaction.
--
-- A lane holds the open tasks of one horizon (status TODO, DOING or WAITING). With status in the index the lane is
-- three index ranges that have to be merged; open_horizon (the horizon of an open task, NULL for a closed one) makes
-- it one range: WHERE open_horizon = ? ORDER BY open_horizon, score DESC reads the index in order and stops after
-- LIMIT (H2 sorts by an index only when ORDER BY starts with its leading columns). The store writes it with every
-- task insert and update.
ALTER TABLE tasks ADD COLUMN open_horizon VARCHAR(20);
UPDATE tasks SET open_horizon = horizon WHERE status IN ('TODO', 'DOING', 'WAITING');
CREATE INDEX tasks_open_focus ON tasks (open_horizon, score DESC);
DROP INDEX tasks_focus;

-- The audit events written by one Store.write share a change id, so undo can revert a whole change (a task deleted
-- with its links) at once. Events written before version 3 have none and are undone one by one.
ALTER TABLE audit_events ADD COLUMN change_id UUID;
CREATE INDEX audit_events_actor ON audit_events (actor_kind, sequence DESC);
CREATE INDEX audit_events_change ON audit_events (change_id, sequence);
