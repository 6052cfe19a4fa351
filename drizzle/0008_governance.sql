CREATE TABLE "agenda_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"document_id" uuid
);
--> statement-breakpoint
CREATE TABLE "general_meeting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"place" text,
	"online_url" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"invited_at" timestamp with time zone,
	"invited_late" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"notice_days" smallint NOT NULL,
	"max_proxies" smallint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_attendance" (
	"meeting_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_attendance_meeting_id_person_id_pk" PRIMARY KEY("meeting_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "proposal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"agenda_item_id" uuid,
	"title" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"options" text[] DEFAULT '{}'::text[] NOT NULL,
	"ballot" text DEFAULT 'open' NOT NULL,
	"majority" text DEFAULT 'simple' NOT NULL,
	"quorum_percent" smallint,
	"status" text DEFAULT 'draft' NOT NULL,
	"opens_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"eligible" integer,
	"result" jsonb,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proxy" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"grantor_id" uuid NOT NULL,
	"holder_id" uuid NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vote_ballot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"choice" text NOT NULL,
	"voter_id" uuid
);
--> statement-breakpoint
CREATE TABLE "vote_cast" (
	"proposal_id" uuid NOT NULL,
	"voter_id" uuid NOT NULL,
	"cast_by" uuid,
	"channel" text NOT NULL,
	"cast_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vote_cast_proposal_id_voter_id_pk" PRIMARY KEY("proposal_id","voter_id")
);
--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_meeting_id_general_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."general_meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_document_id_knowledge_item_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."knowledge_item"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "general_meeting" ADD CONSTRAINT "general_meeting_org_id_organisation_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "general_meeting" ADD CONSTRAINT "general_meeting_created_by_person_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_settings" ADD CONSTRAINT "governance_settings_org_id_organisation_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_id_general_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."general_meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_recorded_by_person_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_meeting_id_general_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."general_meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal" ADD CONSTRAINT "proposal_agenda_item_id_agenda_item_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_item"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxy" ADD CONSTRAINT "proxy_meeting_id_general_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."general_meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxy" ADD CONSTRAINT "proxy_grantor_id_person_id_fk" FOREIGN KEY ("grantor_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxy" ADD CONSTRAINT "proxy_holder_id_person_id_fk" FOREIGN KEY ("holder_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxy" ADD CONSTRAINT "proxy_recorded_by_person_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vote_ballot" ADD CONSTRAINT "vote_ballot_proposal_id_proposal_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vote_ballot" ADD CONSTRAINT "vote_ballot_voter_id_person_id_fk" FOREIGN KEY ("voter_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vote_cast" ADD CONSTRAINT "vote_cast_proposal_id_proposal_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vote_cast" ADD CONSTRAINT "vote_cast_voter_id_person_id_fk" FOREIGN KEY ("voter_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vote_cast" ADD CONSTRAINT "vote_cast_cast_by_person_id_fk" FOREIGN KEY ("cast_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_item_meeting_idx" ON "agenda_item" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "general_meeting_org_idx" ON "general_meeting" USING btree ("org_id","starts_at");--> statement-breakpoint
CREATE INDEX "proposal_meeting_idx" ON "proposal" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "proxy_meeting_grantor_uq" ON "proxy" USING btree ("meeting_id","grantor_id");--> statement-breakpoint
CREATE INDEX "proxy_meeting_holder_idx" ON "proxy" USING btree ("meeting_id","holder_id");--> statement-breakpoint
CREATE INDEX "vote_ballot_proposal_idx" ON "vote_ballot" USING btree ("proposal_id");