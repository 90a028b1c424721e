-- A case's first response is its first reply to the customer, not an empowered action taken before
-- it: cases worked that way before keep the time of their first reply, or none.
UPDATE "cases" AS c
SET "first_responded_at" = (
  SELECT min(e."at") FROM "case_events" AS e
  WHERE e."workspace_id" = c."workspace_id" AND e."case_id" = c."id" AND e."type" = 'reply'
)
WHERE c."first_responded_at" IS NOT NULL;
