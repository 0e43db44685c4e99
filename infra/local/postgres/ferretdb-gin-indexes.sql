-- FerretDB 1.x (PostgreSQL handler) turns an equality filter on a top-level field into
-- `(_jsonb -> 'field') @> 'value'`, which its own btree indexes on `(_jsonb -> 'field')` cannot
-- serve, so every such query is a sequential scan. For each btree index FerretDB creates, this
-- event trigger adds a GIN index on the same field expressions, which `@>` can use. The
-- MongoDB-level indexes stay as FerretDB defines them; this only makes them effective here.
--
-- A field whose name ends in `Keys` holds an array of lookup keys (the history archive's
-- `lookupKeys`, ADR 0029): a btree over the whole array would refuse any document whose array
-- is larger than a btree row (8 kB), so its btree is replaced by a GIN index of the same name
-- (FerretDB keeps the name in its metadata, so dropIndexes still finds it).
-- Idempotent: run after every start.
CREATE OR REPLACE FUNCTION liaison_gin_for_ferretdb_indexes() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE
  command record;
  definition text;
  tbl regclass;
  field text;
  index_name text;
BEGIN
  FOR command IN SELECT objid FROM pg_event_trigger_ddl_commands() WHERE command_tag = 'CREATE INDEX' LOOP
    definition := pg_get_indexdef(command.objid);
    CONTINUE WHEN definition NOT LIKE '% USING btree %';
    SELECT indrelid::regclass INTO tbl FROM pg_index WHERE indexrelid = command.objid;
    field := substring(definition FROM 'USING btree \(+_jsonb -> ''([A-Za-z]+Keys)''::text\)+$');
    IF field IS NOT NULL THEN
      SELECT c.relname INTO index_name FROM pg_class c WHERE c.oid = command.objid;
      EXECUTE format('DROP INDEX %s', command.objid::regclass);
      EXECUTE format('CREATE INDEX %I ON %s USING gin ((_jsonb -> %L) jsonb_path_ops)', index_name, tbl, field);
      CONTINUE;
    END IF;
    FOR field IN SELECT (regexp_matches(definition, '_jsonb -> ''([^'']+)''::text', 'g'))[1] LOOP
      EXECUTE format(
        'CREATE INDEX IF NOT EXISTS %I ON %s USING gin ((_jsonb -> %L) jsonb_path_ops)',
        'lgin_' || md5(tbl::text || '/' || field), tbl, field
      );
    END LOOP;
  END LOOP;
END
$$;

DROP EVENT TRIGGER IF EXISTS liaison_gin_for_ferretdb_indexes;
CREATE EVENT TRIGGER liaison_gin_for_ferretdb_indexes ON ddl_command_end
  WHEN TAG IN ('CREATE INDEX')
  EXECUTE FUNCTION liaison_gin_for_ferretdb_indexes();

-- Tables created before the trigger existed (an older data directory) get theirs now.
DO $$
DECLARE
  idx record;
  field text;
BEGIN
  FOR idx IN
    SELECT i.indrelid::regclass AS tbl, pg_get_indexdef(i.indexrelid) AS definition
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
    WHERE am.amname = 'btree' AND pg_get_indexdef(i.indexrelid) LIKE '%_jsonb -> %'
  LOOP
    FOR field IN SELECT (regexp_matches(idx.definition, '_jsonb -> ''([^'']+)''::text', 'g'))[1] LOOP
      EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %s USING gin ((_jsonb -> %L) jsonb_path_ops)', 'lgin_' || md5(idx.tbl::text || '/' || field), idx.tbl, field);
    END LOOP;
  END LOOP;
END
$$;
