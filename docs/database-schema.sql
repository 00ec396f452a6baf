-- schema gateway

CREATE TABLE gateway.api_keys (
  id text NOT NULL,
  workspace_id text NOT NULL,
  name text NOT NULL,
  prefix text NOT NULL,
  key_hash text NOT NULL,
  scopes text[] NOT NULL,
  created_at timestamp with time zone NOT NULL,
  last_used_at timestamp with time zone,
  revoked_at timestamp with time zone,
  plan text NOT NULL DEFAULT 'personal'::text,
  CONSTRAINT api_keys_key_hash_key UNIQUE (key_hash),
  CONSTRAINT api_keys_pkey PRIMARY KEY (id),
  CONSTRAINT api_keys_plan_check CHECK ((plan = ANY (ARRAY['personal'::text, 'business'::text, 'business_plus'::text]))),
  CONSTRAINT api_keys_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES workspaces(id)
);

CREATE TABLE gateway.outbox (
  id text NOT NULL,
  type text NOT NULL,
  envelope jsonb NOT NULL,
  created_at timestamp with time zone NOT NULL DEFAULT now(),
  published_at timestamp with time zone,
  CONSTRAINT outbox_pkey PRIMARY KEY (id)
);

CREATE TABLE gateway.processed_events (
  consumer text NOT NULL,
  event_id text NOT NULL,
  processed_at timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT processed_events_pkey PRIMARY KEY (consumer, event_id)
);

CREATE TABLE gateway.rate_limit_tats (
  key_id text NOT NULL,
  bucket text NOT NULL,
  tat timestamp with time zone NOT NULL,
  CONSTRAINT rate_limit_tats_pkey PRIMARY KEY (key_id, bucket)
);

CREATE TABLE gateway.workspaces (
  id text NOT NULL,
  name text NOT NULL,
  created_at timestamp with time zone NOT NULL,
  rate_limit_per_minute integer,
  CONSTRAINT workspaces_name_check CHECK (((length(name) >= 1) AND (length(name) <= 100))),
  CONSTRAINT workspaces_name_key UNIQUE (name),
  CONSTRAINT workspaces_pkey PRIMARY KEY (id),
  CONSTRAINT workspaces_rate_limit_per_minute_check CHECK ((rate_limit_per_minute > 0))
);

CREATE INDEX api_keys_workspace_idx ON gateway.api_keys USING btree (workspace_id, created_at);

CREATE INDEX outbox_published_idx ON gateway.outbox USING btree (published_at) WHERE (published_at IS NOT NULL);

CREATE INDEX outbox_unpublished_idx ON gateway.outbox USING btree (created_at, id) WHERE (published_at IS NULL);

CREATE INDEX rate_limit_tats_tat_idx ON gateway.rate_limit_tats USING btree (tat);

-- schema ingestion

CREATE TABLE ingestion.calls (
  id text NOT NULL,
  workspace_id text NOT NULL,
  source text NOT NULL,
  source_call_id text,
  source_company_id text,
  title text,
  call_date timestamp with time zone,
  duration_seconds double precision,
  rep_name text,
  rep_email text,
  language text,
  metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
  audio_url text,
  webhook_url text,
  created_at timestamp with time zone NOT NULL,
  transcript text,
  direction text,
  from_number text,
  to_number text,
  algorithm_ids text[],
  audio_key text,
  title_source text,
  transcript_format text,
  transcript_redaction jsonb,
  webhook_auth_header_name text,
  webhook_auth_sealed text,
  time_zone text,
  CONSTRAINT calls_direction_check CHECK ((direction = ANY (ARRAY['inbound'::text, 'outbound'::text]))),
  CONSTRAINT calls_pkey PRIMARY KEY (id),
  CONSTRAINT calls_source_check CHECK ((source = ANY (ARRAY['transcript'::text, 'audio_url'::text, 'audio_file'::text])))
);

CREATE TABLE ingestion.event_failures (
  consumer text NOT NULL,
  event_id text NOT NULL,
  failures integer NOT NULL,
  last_error text,
  failed_at timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT event_failures_pkey PRIMARY KEY (consumer, event_id)
);

CREATE TABLE ingestion.idempotency_keys (
  workspace_id text NOT NULL,
  key text NOT NULL,
  request_hash text NOT NULL,
  response jsonb NOT NULL,
  created_at timestamp with time zone NOT NULL,
  CONSTRAINT idempotency_keys_pkey PRIMARY KEY (workspace_id, key)
);

CREATE TABLE ingestion.job_events (
  id text NOT NULL,
  job_id text NOT NULL,
  workspace_id text NOT NULL,
  at timestamp with time zone NOT NULL,
  event_type text NOT NULL,
  from_status text,
  to_status text,
  message text,
  source_event_id text,
  attempt integer NOT NULL DEFAULT 1,
  CONSTRAINT job_events_job_id_fkey FOREIGN KEY (job_id) REFERENCES jobs(id),
  CONSTRAINT job_events_pkey PRIMARY KEY (id)
);

CREATE TABLE ingestion.jobs (
  id text NOT NULL,
  workspace_id text NOT NULL,
  call_id text NOT NULL,
  status text NOT NULL,
  status_reason text,
  queued_at timestamp with time zone NOT NULL,
  transcribing_at timestamp with time zone,
  analyzing_at timestamp with time zone,
  delivering_at timestamp with time zone,
  completed_at timestamp with time zone,
  failed_at timestamp with time zone,
  created_at timestamp with time zone NOT NULL,
  updated_at timestamp with time zone NOT NULL,
  attempt integer NOT NULL DEFAULT 1,
  attempt_started_at timestamp with time zone NOT NULL,
  watchdog_redrives integer NOT NULL DEFAULT 0,
  config_version integer,
  missed boolean,
  audio_seconds double precision,
  CONSTRAINT jobs_call_id_fkey FOREIGN KEY (call_id) REFERENCES calls(id),
  CONSTRAINT jobs_pkey PRIMARY KEY (id),
  CONSTRAINT jobs_status_check CHECK ((status = ANY (ARRAY['queued'::text, 'transcribing'::text, 'analyzing'::text, 'delivering'::text, 'completed'::text, 'failed'::text, 'skipped'::text])))
);

CREATE TABLE ingestion.outbox (
  id text NOT NULL,
  type text NOT NULL,
  envelope jsonb NOT NULL,
  created_at timestamp with time zone NOT NULL DEFAULT now(),
  published_at timestamp with time zone,
  CONSTRAINT outbox_pkey PRIMARY KEY (id)
);

CREATE TABLE ingestion.processed_events (
  consumer text NOT NULL,
  event_id text NOT NULL,
  processed_at timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT processed_events_pkey PRIMARY KEY (consumer, event_id)
);

CREATE TABLE ingestion.workspace_config_versions (
  workspace_id text NOT NULL,
  version integer NOT NULL,
  settings jsonb NOT NULL,
  changed_sections text[] NOT NULL,
  created_at timestamp with time zone NOT NULL,
  CONSTRAINT workspace_config_versions_pkey PRIMARY KEY (workspace_id, version),
  CONSTRAINT workspace_config_versions_version_check CHECK ((version > 0))
);

CREATE INDEX calls_customer_number_idx ON ingestion.calls USING btree (workspace_id, regexp_replace(
CASE direction
    WHEN 'inbound'::text THEN from_number
    WHEN 'outbound'::text THEN to_number
    ELSE NULL::text
END, '[^0-9]'::text, ''::text, 'g'::text), created_at) WHERE (direction IS NOT NULL);

CREATE INDEX calls_source_call_idx ON ingestion.calls USING btree (workspace_id, source_call_id) WHERE (source_call_id IS NOT NULL);

CREATE INDEX calls_source_company_idx ON ingestion.calls USING btree (workspace_id, source_company_id) WHERE (source_company_id IS NOT NULL);

CREATE INDEX idempotency_keys_created_idx ON ingestion.idempotency_keys USING btree (created_at);

CREATE INDEX job_events_job_idx ON ingestion.job_events USING btree (job_id, at, id);

CREATE INDEX jobs_call_idx ON ingestion.jobs USING btree (call_id);

CREATE INDEX jobs_missed_idx ON ingestion.jobs USING btree (workspace_id, created_at) WHERE (missed IS TRUE);

CREATE INDEX jobs_pending_attempt_idx ON ingestion.jobs USING btree (attempt_started_at) WHERE (status = ANY (ARRAY['queued'::text, 'transcribing'::text, 'analyzing'::text, 'delivering'::text]));

CREATE INDEX jobs_workspace_created_idx ON ingestion.jobs USING btree (workspace_id, created_at DESC, id DESC);

CREATE INDEX jobs_workspace_status_created_idx ON ingestion.jobs USING btree (workspace_id, status, created_at DESC, id DESC);

CREATE INDEX outbox_published_idx ON ingestion.outbox USING btree (published_at) WHERE (published_at IS NOT NULL);

CREATE INDEX outbox_unpublished_idx ON ingestion.outbox USING btree (created_at, id) WHERE (published_at IS NULL);

-- schema transcription

CREATE TABLE transcription.event_failures (
  consumer text NOT NULL,
  event_id text NOT NULL,
  failures integer NOT NULL,
  last_error text,
  failed_at timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT event_failures_pkey PRIMARY KEY (consumer, event_id)
);

CREATE TABLE transcription.outbox (
  id text NOT NULL,
  type text NOT NULL,
  envelope jsonb NOT NULL,
  created_at timestamp with time zone NOT NULL DEFAULT now(),
  published_at timestamp with time zone,
  CONSTRAINT outbox_pkey PRIMARY KEY (id)
);

CREATE TABLE transcription.processed_events (
  consumer text NOT NULL,
  event_id text NOT NULL,
  processed_at timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT processed_events_pkey PRIMARY KEY (consumer, event_id)
);

CREATE TABLE transcription.transcripts (
  id text NOT NULL,
  workspace_id text NOT NULL,
  job_id text NOT NULL,
  call_id text NOT NULL,
  engine text NOT NULL,
  segments jsonb NOT NULL,
  text text NOT NULL,
  word_count integer NOT NULL,
  duration_seconds double precision,
  created_at timestamp with time zone NOT NULL,
  model text,
  format text,
  channels integer,
  language text,
  timings jsonb,
  job_attempt integer,
  redaction jsonb,
  recording_key text,
  recording_content_type text,
  CONSTRAINT transcripts_pkey PRIMARY KEY (id)
);

CREATE INDEX outbox_published_idx ON transcription.outbox USING btree (published_at) WHERE (published_at IS NOT NULL);

CREATE INDEX outbox_unpublished_idx ON transcription.outbox USING btree (created_at, id) WHERE (published_at IS NULL);

CREATE UNIQUE INDEX transcripts_job_attempt_idx ON transcription.transcripts USING btree (job_id, job_attempt);

CREATE INDEX transcripts_job_idx ON transcription.transcripts USING btree (job_id);

-- schema scoring

CREATE TABLE scoring.algorithm_runs (
  id text NOT NULL,
  workspace_id text NOT NULL,
  job_id text NOT NULL,
  transcript_id text NOT NULL,
  algorithm_id text NOT NULL,
  algorithm_version integer NOT NULL,
  status text NOT NULL,
  output jsonb,
  error text,
  duration_ms integer NOT NULL,
  created_at timestamp with time zone NOT NULL,
  trigger text NOT NULL DEFAULT 'pipeline'::text,
  job_attempt integer,
  variables jsonb NOT NULL DEFAULT '{}'::jsonb,
  metrics jsonb,
  CONSTRAINT algorithm_runs_pkey PRIMARY KEY (id),
  CONSTRAINT algorithm_runs_status_check CHECK ((status = ANY (ARRAY['succeeded'::text, 'failed'::text, 'skipped'::text]))),
  CONSTRAINT algorithm_runs_trigger_check CHECK ((trigger = ANY (ARRAY['pipeline'::text, 'on_demand'::text])))
);

CREATE TABLE scoring.algorithm_variable_versions (
  workspace_id text NOT NULL,
  algorithm_id text NOT NULL,
  version integer NOT NULL,
  variables jsonb NOT NULL,
  created_at timestamp with time zone NOT NULL,
  CONSTRAINT algorithm_variable_versions_pkey PRIMARY KEY (workspace_id, algorithm_id, version),
  CONSTRAINT algorithm_variable_versions_version_check CHECK ((version >= 1)),
  CONSTRAINT algorithm_variable_versions_workspace_id_algorithm_id_fkey FOREIGN KEY (workspace_id, algorithm_id) REFERENCES workspace_algorithms(workspace_id, algorithm_id) ON DELETE CASCADE
);

CREATE TABLE scoring.appointments (
  workspace_id text NOT NULL,
  job_id text NOT NULL,
  id text NOT NULL,
  call_id text,
  direction text,
  from_number text,
  to_number text,
  run_id text NOT NULL,
  status text NOT NULL,
  start_at timestamp with time zone,
  start_text text,
  day date,
  timezone text NOT NULL,
  spoken_time text,
  quote text,
  passes_at timestamp with time zone,
  created_at timestamp with time zone NOT NULL,
  updated_at timestamp with time zone NOT NULL,
  CONSTRAINT appointments_direction_check CHECK ((direction = ANY (ARRAY['inbound'::text, 'outbound'::text]))),
  CONSTRAINT appointments_id_key UNIQUE (id),
  CONSTRAINT appointments_pkey PRIMARY KEY (workspace_id, job_id),
  CONSTRAINT appointments_run_id_fkey FOREIGN KEY (run_id) REFERENCES algorithm_runs(id),
  CONSTRAINT appointments_status_check CHECK ((status = ANY (ARRAY['booked'::text, 'rescheduled'::text, 'cancelled'::text, 'discussed'::text, 'none'::text])))
);

CREATE TABLE scoring.event_failures (
  consumer text NOT NULL,
  event_id text NOT NULL,
  failures integer NOT NULL,
  last_error text,
  failed_at timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT event_failures_pkey PRIMARY KEY (consumer, event_id)
);

CREATE TABLE scoring.feedback (
  id text NOT NULL,
  workspace_id text NOT NULL,
  run_id text NOT NULL,
  job_id text NOT NULL,
  algorithm_id text NOT NULL,
  algorithm_version integer NOT NULL,
  verdict text NOT NULL,
  corrected_value jsonb,
  label text,
  comment text,
  created_at timestamp with time zone NOT NULL,
  CONSTRAINT feedback_pkey PRIMARY KEY (id),
  CONSTRAINT feedback_run_id_fkey FOREIGN KEY (run_id) REFERENCES algorithm_runs(id),
  CONSTRAINT feedback_verdict_check CHECK ((verdict = ANY (ARRAY['correct'::text, 'incorrect'::text])))
);

CREATE TABLE scoring.outbox (
  id text NOT NULL,
  type text NOT NULL,
  envelope jsonb NOT NULL,
  created_at timestamp with time zone NOT NULL DEFAULT now(),
  published_at timestamp with time zone,
  CONSTRAINT outbox_pkey PRIMARY KEY (id)
);

CREATE TABLE scoring.processed_events (
  consumer text NOT NULL,
  event_id text NOT NULL,
  processed_at timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT processed_events_pkey PRIMARY KEY (consumer, event_id)
);

CREATE TABLE scoring.workspace_algorithms (
  workspace_id text NOT NULL,
  algorithm_id text NOT NULL,
  base_algorithm_id text NOT NULL,
  copied_from text,
  name text,
  description text,
  version integer NOT NULL,
  variables jsonb NOT NULL,
  deprecated_at timestamp with time zone,
  created_at timestamp with time zone NOT NULL,
  updated_at timestamp with time zone NOT NULL,
  CONSTRAINT workspace_algorithms_pkey PRIMARY KEY (workspace_id, algorithm_id),
  CONSTRAINT workspace_algorithms_version_check CHECK ((version >= 0))
);

CREATE INDEX algorithm_runs_job_attempt_idx ON scoring.algorithm_runs USING btree (job_id, job_attempt) WHERE (trigger = 'pipeline'::text);

CREATE INDEX algorithm_runs_job_idx ON scoring.algorithm_runs USING btree (workspace_id, job_id, created_at);

CREATE INDEX appointments_day_idx ON scoring.appointments USING btree (workspace_id, day);

CREATE INDEX appointments_start_idx ON scoring.appointments USING btree (workspace_id, start_at, day);

CREATE INDEX feedback_algorithm_idx ON scoring.feedback USING btree (workspace_id, algorithm_id, created_at);

CREATE INDEX feedback_run_idx ON scoring.feedback USING btree (workspace_id, run_id, created_at);

CREATE INDEX feedback_workspace_idx ON scoring.feedback USING btree (workspace_id, created_at, id);

CREATE INDEX outbox_published_idx ON scoring.outbox USING btree (published_at) WHERE (published_at IS NOT NULL);

CREATE INDEX outbox_unpublished_idx ON scoring.outbox USING btree (created_at, id) WHERE (published_at IS NULL);

-- schema webhook

CREATE TABLE webhook.deliveries (
  id text NOT NULL,
  workspace_id text NOT NULL,
  job_id text NOT NULL,
  job jsonb,
  source_event_id text NOT NULL,
  payload_type text NOT NULL,
  url text NOT NULL,
  payload json NOT NULL,
  status text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamp with time zone,
  locked_until timestamp with time zone,
  last_response_status integer,
  last_error text,
  created_at timestamp with time zone NOT NULL,
  updated_at timestamp with time zone NOT NULL,
  lease_token text,
  deferrals integer NOT NULL DEFAULT 0,
  endpoint_id text,
  run_ids text[] NOT NULL DEFAULT '{}'::text[],
  trigger text NOT NULL DEFAULT 'scheduled'::text,
  CONSTRAINT deliveries_pkey PRIMARY KEY (id),
  CONSTRAINT deliveries_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'delivered'::text, 'failed'::text]))),
  CONSTRAINT deliveries_trigger_check CHECK ((trigger = ANY (ARRAY['scheduled'::text, 'manual'::text])))
);

CREATE TABLE webhook.delivery_attempts (
  id text NOT NULL,
  delivery_id text NOT NULL,
  attempt integer NOT NULL,
  started_at timestamp with time zone NOT NULL,
  duration_ms integer,
  response_status integer,
  response_excerpt text,
  error text,
  trigger text NOT NULL DEFAULT 'scheduled'::text,
  CONSTRAINT delivery_attempts_delivery_id_fkey FOREIGN KEY (delivery_id) REFERENCES deliveries(id),
  CONSTRAINT delivery_attempts_pkey PRIMARY KEY (id),
  CONSTRAINT delivery_attempts_trigger_check CHECK ((trigger = ANY (ARRAY['scheduled'::text, 'manual'::text])))
);

CREATE TABLE webhook.endpoints (
  id text NOT NULL,
  workspace_id text NOT NULL,
  url text NOT NULL,
  description text,
  format text NOT NULL,
  event_types text[] NOT NULL DEFAULT '{}'::text[],
  enabled boolean NOT NULL DEFAULT true,
  https_only boolean NOT NULL DEFAULT false,
  headers jsonb NOT NULL DEFAULT '{}'::jsonb,
  credentials_type text NOT NULL DEFAULT 'none'::text,
  credentials_header_name text,
  credentials_sealed text,
  secret_sealed text NOT NULL,
  previous_secret_sealed text,
  previous_secret_expires_at timestamp with time zone,
  created_at timestamp with time zone NOT NULL,
  updated_at timestamp with time zone NOT NULL,
  disabled_reason text,
  failing_since timestamp with time zone,
  rate_limit integer,
  rate_next_at timestamp with time zone,
  CONSTRAINT endpoints_pkey PRIMARY KEY (id),
  CONSTRAINT endpoints_rate_limit_check CHECK (((rate_limit >= 1) AND (rate_limit <= 1000)))
);

CREATE TABLE webhook.event_failures (
  consumer text NOT NULL,
  event_id text NOT NULL,
  failures integer NOT NULL,
  last_error text,
  failed_at timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT event_failures_pkey PRIMARY KEY (consumer, event_id)
);

CREATE TABLE webhook.outbox (
  id text NOT NULL,
  type text NOT NULL,
  envelope jsonb NOT NULL,
  created_at timestamp with time zone NOT NULL DEFAULT now(),
  published_at timestamp with time zone,
  CONSTRAINT outbox_pkey PRIMARY KEY (id)
);

CREATE TABLE webhook.processed_events (
  consumer text NOT NULL,
  event_id text NOT NULL,
  processed_at timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT processed_events_pkey PRIMARY KEY (consumer, event_id)
);

CREATE INDEX deliveries_due_idx ON webhook.deliveries USING btree (next_attempt_at) WHERE (status = 'pending'::text);

CREATE INDEX deliveries_endpoint_idx ON webhook.deliveries USING btree (endpoint_id) WHERE (endpoint_id IS NOT NULL);

CREATE UNIQUE INDEX deliveries_event_endpoint_type_key ON webhook.deliveries USING btree (source_event_id, COALESCE(endpoint_id, ''::text), payload_type);

CREATE INDEX deliveries_job_idx ON webhook.deliveries USING btree (workspace_id, job_id);

CREATE INDEX deliveries_run_ids_idx ON webhook.deliveries USING gin (run_ids);

CREATE INDEX delivery_attempts_delivery_idx ON webhook.delivery_attempts USING btree (delivery_id, attempt);

CREATE INDEX endpoints_workspace_idx ON webhook.endpoints USING btree (workspace_id, created_at);

CREATE INDEX outbox_published_idx ON webhook.outbox USING btree (published_at) WHERE (published_at IS NOT NULL);

CREATE INDEX outbox_unpublished_idx ON webhook.outbox USING btree (created_at, id) WHERE (published_at IS NULL);

-- schema stats

CREATE TABLE stats.event_failures (
  consumer text NOT NULL,
  event_id text NOT NULL,
  failures integer NOT NULL,
  last_error text,
  failed_at timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT event_failures_pkey PRIMARY KEY (consumer, event_id)
);

CREATE TABLE stats.job_facts (
  job_id text NOT NULL,
  workspace_id text NOT NULL,
  attempt integer NOT NULL,
  status text NOT NULL,
  created_at timestamp with time zone NOT NULL,
  zone text NOT NULL,
  organization_id text NOT NULL,
  direction text NOT NULL,
  duration_seconds double precision,
  audio_seconds double precision,
  stage_ms jsonb,
  analysis_attempt integer NOT NULL DEFAULT 0,
  outcome text NOT NULL DEFAULT ''::text,
  results text[] NOT NULL DEFAULT '{}'::text[],
  CONSTRAINT job_facts_pkey PRIMARY KEY (job_id),
  CONSTRAINT job_facts_status_check CHECK ((status = ANY (ARRAY['in_progress'::text, 'completed'::text, 'failed'::text, 'skipped'::text])))
);

CREATE TABLE stats.outbox (
  id text NOT NULL,
  type text NOT NULL,
  envelope jsonb NOT NULL,
  created_at timestamp with time zone NOT NULL DEFAULT now(),
  published_at timestamp with time zone,
  CONSTRAINT outbox_pkey PRIMARY KEY (id)
);

CREATE TABLE stats.processed_events (
  consumer text NOT NULL,
  event_id text NOT NULL,
  processed_at timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT processed_events_pkey PRIMARY KEY (consumer, event_id)
);

CREATE TABLE stats.rollups (
  workspace_id text NOT NULL,
  zone text NOT NULL,
  period text NOT NULL,
  start date NOT NULL,
  dimension text NOT NULL,
  value text NOT NULL,
  created bigint NOT NULL DEFAULT 0,
  completed bigint NOT NULL DEFAULT 0,
  failed bigint NOT NULL DEFAULT 0,
  skipped bigint NOT NULL DEFAULT 0,
  duration_count bigint NOT NULL DEFAULT 0,
  duration_ms_sum bigint NOT NULL DEFAULT 0,
  audio_ms_sum bigint NOT NULL DEFAULT 0,
  stage_ms_sum bigint[] NOT NULL DEFAULT '{}'::bigint[],
  stage_count bigint[] NOT NULL DEFAULT '{}'::bigint[],
  stage_hist bigint[] NOT NULL DEFAULT '{}'::bigint[],
  duration_hist bigint[] NOT NULL DEFAULT '{}'::bigint[],
  CONSTRAINT rollups_dimension_check CHECK ((dimension = ANY (ARRAY['all'::text, 'organization'::text, 'direction'::text, 'outcome'::text, 'algorithm'::text]))),
  CONSTRAINT rollups_period_check CHECK ((period = ANY (ARRAY['day'::text, 'month'::text]))),
  CONSTRAINT rollups_pkey PRIMARY KEY (workspace_id, zone, dimension, period, start, value)
);

CREATE TABLE stats.workspace_zones (
  workspace_id text NOT NULL,
  zone text NOT NULL,
  first_day date NOT NULL,
  last_day date NOT NULL,
  CONSTRAINT workspace_zones_pkey PRIMARY KEY (workspace_id, zone)
);

CREATE INDEX job_facts_workspace_created ON stats.job_facts USING btree (workspace_id, created_at) INCLUDE (status, organization_id, duration_seconds);

CREATE INDEX outbox_published_idx ON stats.outbox USING btree (published_at) WHERE (published_at IS NOT NULL);

CREATE INDEX outbox_unpublished_idx ON stats.outbox USING btree (created_at, id) WHERE (published_at IS NULL);
