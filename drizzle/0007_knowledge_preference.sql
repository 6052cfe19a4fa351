CREATE TABLE "knowledge_preference" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"deadline_digest" boolean DEFAULT false NOT NULL,
	"last_digest_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "knowledge_preference" ADD CONSTRAINT "knowledge_preference_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;