-- Quarterdeck schema, version 2 (V1 had already been handed to other branches, so it stays as it was).
--
-- One row of bookkeeping, updated each time the store is opened (see Store.open: on H2 this first commit of a
-- session is what makes the user's first commit after it durable).
CREATE TABLE store_state (
    id             INTEGER                  NOT NULL,
    last_opened_at TIMESTAMP WITH TIME ZONE NOT NULL,
    open_count     BIGINT                   NOT NULL,
    CONSTRAINT store_state_pk PRIMARY KEY (id),
    CONSTRAINT store_state_single_row CHECK (id = 1)
);
INSERT INTO store_state (id, last_opened_at, open_count) VALUES (1, CURRENT_TIMESTAMP, 0);
