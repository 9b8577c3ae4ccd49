-- Hand-added before the generated index: keep each person's latest vote per article.
DELETE FROM "kb_feedback" AS "older" USING "kb_feedback" AS "newer"
WHERE "older"."article_id" = "newer"."article_id" AND "older"."user_id" = "newer"."user_id"
  AND ("older"."created_at", "older"."id") < ("newer"."created_at", "newer"."id");--> statement-breakpoint
CREATE UNIQUE INDEX "kb_feedback_article_user_uq" ON "kb_feedback" USING btree ("article_id","user_id");
