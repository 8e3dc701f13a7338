-- Quarterdeck schema, version 4: lookups of the ingestion pipeline.
--
-- The pipeline finds stored items by ref alone (a reference or a mention may name an item of any source), and the
-- unique index on (kind, ref) cannot serve "ref IN (…)" on H2.
CREATE INDEX source_items_ref ON source_items (ref);
