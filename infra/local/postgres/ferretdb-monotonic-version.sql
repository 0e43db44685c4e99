-- Compare-and-set for FerretDB 1.x on PostgreSQL (ADR 0008). FerretDB evaluates an update's
-- filter in Go after a SELECT and then runs `UPDATE … WHERE _id = $1` in a transaction of its
-- own, so two sessions that both read `_v = 3` both "match" and the later UPDATE silently
-- overwrites the earlier one. Liaison's conditional writes all raise `_v` (a projection's
-- applied version, a derived row's source version, a lease's fencing term), so "a stored `_v`
-- only ever increases" is exactly the guard they need: this BEFORE UPDATE row trigger refuses an
-- UPDATE whose new document does not carry a larger numeric `_v` than the stored one. Under
-- READ COMMITTED a blocked UPDATE re-reads the row that won before the trigger runs, so the
-- loser of a race is refused even when both read the same old row. FerretDB reports the refusal
-- as InternalError (code 1) whose message contains `liaison_stale_version`; callers treat it as
-- a lost race (packages/platform/src/mongo/compare-and-set.ts). Documents without a numeric `_v`
-- (event commits, outbox marks, directory records) are untouched. Inserts are untouched: the
-- unique `_id` index already makes them atomic.
--
-- An event trigger installs the row trigger on every table FerretDB creates (one per
-- collection); tables that exist already get it now. Idempotent: run after every start.
-- On MongoDB none of this is needed: a conditional update is atomic there.
CREATE OR REPLACE FUNCTION liaison_refuse_stale_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF jsonb_typeof(OLD._jsonb -> '_v') = 'number' AND jsonb_typeof(NEW._jsonb -> '_v') = 'number'
     AND (NEW._jsonb ->> '_v')::numeric <= (OLD._jsonb ->> '_v')::numeric THEN
    RAISE EXCEPTION 'liaison_stale_version: _v % is not above the stored _v %', NEW._jsonb ->> '_v', OLD._jsonb ->> '_v'
      USING ERRCODE = 'P0409';
  END IF;
  RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION liaison_guard_table(tbl regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = tbl AND attname = '_jsonb' AND NOT attisdropped)
     AND (SELECT relname FROM pg_class WHERE oid = tbl) <> '_ferretdb_database_metadata'
     AND NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = tbl AND tgname = 'liaison_monotonic_v') THEN
    EXECUTE format(
      'CREATE TRIGGER liaison_monotonic_v BEFORE UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION liaison_refuse_stale_version()',
      tbl
    );
  END IF;
END
$$;

CREATE OR REPLACE FUNCTION liaison_guard_new_ferretdb_tables() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE
  command record;
BEGIN
  FOR command IN SELECT objid FROM pg_event_trigger_ddl_commands() WHERE command_tag = 'CREATE TABLE' AND object_type = 'table' LOOP
    PERFORM liaison_guard_table(command.objid::regclass);
  END LOOP;
END
$$;

DROP EVENT TRIGGER IF EXISTS liaison_guard_new_ferretdb_tables;
CREATE EVENT TRIGGER liaison_guard_new_ferretdb_tables ON ddl_command_end
  WHEN TAG IN ('CREATE TABLE')
  EXECUTE FUNCTION liaison_guard_new_ferretdb_tables();

-- Tables created before the event trigger existed (an older data directory) get theirs now.
DO $$
DECLARE
  tbl regclass;
BEGIN
  FOR tbl IN
    SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  LOOP
    PERFORM liaison_guard_table(tbl);
  END LOOP;
END
$$;
