-- Tells the embedded database's one process which customers' tickets changed, at commit, so the
-- API can keep their ticket lists in memory until then (ADR 017). Only a session that asked
-- for it (`set helpline.notify_tickets = 'on'`, which the PGlite client does) sends anything:
-- on a PostgreSQL server NOTIFY takes a global lock at commit, and nobody there listens.
CREATE FUNCTION "helpline_tickets_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('helpline.notify_tickets', true) = 'on' THEN
    IF TG_OP <> 'INSERT' THEN
      PERFORM pg_notify('helpline_tickets', OLD.customer_id::text);
    END IF;
    IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.customer_id IS DISTINCT FROM OLD.customer_id) THEN
      PERFORM pg_notify('helpline_tickets', NEW.customer_id::text);
    END IF;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "tickets_changed_notify" AFTER INSERT OR UPDATE OR DELETE ON "tickets"
  FOR EACH ROW EXECUTE FUNCTION "helpline_tickets_changed"();
