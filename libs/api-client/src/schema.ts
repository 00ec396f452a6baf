// Generated from openapi.json by `npm run openapi` (openapi-typescript): do not edit.

export interface paths {
  '/api/v1/auth/whoami': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who the presented API key belongs to */
    get: operations['whoAmI'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calls/audio': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit the URL of a recording for transcription and analysis */
    post: operations['submitAudioUrl'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calls/audio-file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload a recording (multipart/form-data) for transcription and analysis
     * @description The file goes in the form field "file" (wav, mp3, m4a, ogg/opus, webm, flac, aac, amr, aiff; recognised by its content, not its name or type); the other fields as in the JSON routes, metadata and algorithm_ids as JSON text. At most CALLSIGHT_UPLOAD_MAX_BYTES (200 MB by default).
     */
    post: operations['uploadAudioFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calls/transcript': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit a transcript for analysis
     * @description Accepts the call and queues a job; results are delivered to the workspace webhook.
     */
    post: operations['submitTranscript'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/jobs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List jobs, newest first, with filters and cursor pagination */
    get: operations['listJobs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/jobs/lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The latest job for a source call id (and company id) */
    get: operations['lookupJob'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/jobs/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Retry the latest job for a source call id */
    post: operations['retryJobBySource'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/jobs/{job_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a job, its status and stage timestamps */
    get: operations['getJob'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/jobs/{job_id}/logs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every status change and stage event of a job, with times and reasons */
    get: operations['getJobLogs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/jobs/{job_id}/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The algorithm runs of a job and their results */
    get: operations['listJobRuns'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/jobs/{job_id}/transcript': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The job's transcript: speaker turns with times, the engine and model that made it, and its timings */
    get: operations['getJobTranscript'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/jobs/{job_id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The job's webhook deliveries, to each endpoint and event, with every attempt and what it got back */
    get: operations['listJobDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/jobs/{job_id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Retry a finished job: requeue (from the start), rerun (algorithms and delivery) or redeliver (the latest results) */
    post: operations['retryJob'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/jobs/{job_id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Requeue a skipped job by setting its status to queued
     * @description Any other change is refused with 409.
     */
    patch: operations['setJobStatus'];
    trace?: never;
  };
  '/api/v1/jobs/{job_id}/run-algorithms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run algorithms on the job's existing transcript now and return their results
     * @description The results are stored with the job's runs; no webhook is sent.
     */
    post: operations['runJobAlgorithms'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/algorithms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The built-in algorithms and the workspace's copies, with their variable and output schemas */
    get: operations['listAlgorithms'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/algorithms/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One algorithm as the workspace sees it */
    get: operations['getAlgorithm'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/algorithms/{id}/variables': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's variables of an algorithm, what a run uses, and every version */
    get: operations['getAlgorithmVariables'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change the workspace's variables of an algorithm
     * @description Merged into the current values (JSON merge patch) and checked against the algorithm's variables schema; each change is a new version. Runs record the values they used.
     */
    patch: operations['updateAlgorithmVariables'];
    trace?: never;
  };
  '/api/v1/algorithms/{id}/copy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Make a workspace-owned copy of an algorithm
     * @description The copy runs the same code under its own id, with its own variables (starting from the source's) and its own version history starting at 1. Its runs record the copy's id and version.
     */
    post: operations['copyAlgorithm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/algorithms/{id}/deprecate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Stop running an algorithm for new jobs
     * @description Its past runs stay readable, and it still runs where another algorithm needs its output.
     */
    post: operations['deprecateAlgorithm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/algorithms/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run a deprecated algorithm for new jobs again */
    post: operations['restoreAlgorithm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/algorithm-runs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One algorithm run: what ran, with what, and its output */
    get: operations['getAlgorithmRun'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/algorithm-runs/{id}/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Say whether a run was right, and what it should have said
     * @description A run may be judged more than once; the statistics count its latest verdict. Only succeeded runs can be judged (409 otherwise).
     */
    post: operations['submitRunFeedback'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/algorithm-runs/{id}/redeliver-webhook': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send the webhook messages that carried this run again
     * @description For a pipeline run, its job's results (job.completed and the call events, in each endpoint's format); for an on-demand run, its algorithm_run.completed. The newest message of each event to each endpoint is sent again under its own webhook-id, with one manual attempt (`trigger: manual` in the attempt log), to the endpoint as it is configured now; one still being tried on its schedule is left as it is. The job's state does not change (retry the job with mode `redeliver` for that). 409 when no endpoint took the run's results when it was made.
     */
    post: operations['redeliverRunWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Feedback given on runs, oldest first, with cursor pages */
    get: operations['listFeedback'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/feedback/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every feedback item matching the filters, streamed as CSV or NDJSON
     * @description CSV cells that start with = + - @, a tab or a carriage return are prefixed with ' so that spreadsheets do not evaluate them.
     */
    get: operations['exportFeedback'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/feedback/algorithms/{id}/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An algorithm's accuracy by day or week, and precision, recall and F1 per label for label outputs
     * @description Counts each run once, by its latest feedback, bucketed by when the run was made. A run's label is the value at the algorithm's label path (outcome's `outcome`, emergency's `is_emergency`, appointment's `booked`); the right label is the run's own when judged correct, else the feedback's label or corrected value.
     */
    get: operations['getAlgorithmFeedbackStats'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/config/workspaces/{workspace_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get what the workspace configured, with the version (secrets are never returned)
     * @description Each section holds only the fields the workspace set; `…/resolved` has every field with its default.
     */
    get: operations['getWorkspaceConfig'];
    /**
     * Replace the whole configuration
     * @description Sections and fields left out return to their defaults; write-only secrets left out are kept (null removes them). Validated against `GET /api/v1/config/schema`; a change makes a new configuration version. Answers what the workspace now has set, with a generated webhook secret shown once.
     */
    put: operations['replaceWorkspaceConfig'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/config/workspaces/{workspace_id}/resolved': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the resolved configuration: defaults merged with what the workspace set (secrets are never returned) */
    get: operations['getResolvedWorkspaceConfig'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/config/workspaces/{workspace_id}/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Set the webhook endpoint and signing secret (results are signed per Standard Webhooks; a secret is generated with the first endpoint and returned once)
     * @description Merged into what the workspace set as JSON Merge Patch (RFC 7396): a field replaces, null returns it to its default, objects merge, arrays replace. Validated against `GET /api/v1/config/schema/webhooks`; a change makes a new configuration version. Answers the resolved section.
     */
    patch: operations['updateWebhookConfig'];
    trace?: never;
  };
  '/api/v1/config/workspaces/{workspace_id}/ingestion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Set how submissions are handled (duplicate source call ids)
     * @description Merged into what the workspace set as JSON Merge Patch (RFC 7396): a field replaces, null returns it to its default, objects merge, arrays replace. Validated against `GET /api/v1/config/schema/ingestion`; a change makes a new configuration version. Answers the resolved section.
     */
    patch: operations['updateIngestionConfig'];
    trace?: never;
  };
  '/api/v1/config/workspaces/{workspace_id}/transcription': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Choose the speech-to-text engine, model, language, prompt and stereo speaker names
     * @description Merged into what the workspace set as JSON Merge Patch (RFC 7396): a field replaces, null returns it to its default, objects merge, arrays replace. Validated against `GET /api/v1/config/schema/transcription`; a change makes a new configuration version. Answers the resolved section.
     */
    patch: operations['updateTranscriptionConfig'];
    trace?: never;
  };
  '/api/v1/config/workspaces/{workspace_id}/algorithms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Choose the algorithms run for new jobs, and set trackers, scorecards and PII redaction
     * @description Merged into what the workspace set as JSON Merge Patch (RFC 7396): a field replaces, null returns it to its default, objects merge, arrays replace. Validated against `GET /api/v1/config/schema/algorithms`; a change makes a new configuration version. Answers the resolved section.
     */
    patch: operations['updateAlgorithmsConfig'];
    trace?: never;
  };
  '/api/v1/config/workspaces/{workspace_id}/llm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Set the OpenAI-compatible endpoint, model and key used by LLM algorithms
     * @description Merged into what the workspace set as JSON Merge Patch (RFC 7396): a field replaces, null returns it to its default, objects merge, arrays replace. Validated against `GET /api/v1/config/schema/llm`; a change makes a new configuration version. Answers the resolved section.
     */
    patch: operations['updateLlmConfig'];
    trace?: never;
  };
  '/api/v1/config/workspaces/{workspace_id}/processing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Set the thresholds for missed and short calls
     * @description Merged into what the workspace set as JSON Merge Patch (RFC 7396): a field replaces, null returns it to its default, objects merge, arrays replace. Validated against `GET /api/v1/config/schema/processing`; a change makes a new configuration version. Answers the resolved section.
     */
    patch: operations['updateProcessingConfig'];
    trace?: never;
  };
  '/api/v1/config/schema': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the JSON Schema of the whole workspace configuration */
    get: operations['getConfigSchema'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/config/schema/{section}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the JSON Schema of one configuration section */
    get: operations['getConfigSectionSchema'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Aggregate job statistics
     * @description Totals by status, success rate, processing time per stage (mean, median, p95), audio minutes, and jobs by direction, outcome and algorithm result. Jobs are counted on the day they were accepted, in `tz` (default: the zone the workspace counts in, UTC unless configured). Answers come from daily and monthly rollups when the jobs were counted in that zone, and from each job otherwise (exact, slower on long ranges).
     */
    get: operations['getStats'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/daily': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Daily job statistics
     * @description The same totals per day, every day of the range (at most 3,700). Jobs are counted on the day they were accepted, in `tz` (default: the zone the workspace counts in, UTC unless configured). Answers come from daily and monthly rollups when the jobs were counted in that zone, and from each job otherwise (exact, slower on long ranges).
     */
    get: operations['getDailyStats'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/duration-distribution': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Call duration distribution
     * @description How many calls fell in each duration bucket: the measured audio length, else the duration submitted. Jobs are counted on the day they were accepted, in `tz` (default: the zone the workspace counts in, UTC unless configured). Answers come from daily and monthly rollups when the jobs were counted in that zone, and from each job otherwise (exact, slower on long ranges).
     */
    get: operations['getDurationDistribution'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/by-organization': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Stats grouped by organization
     * @description The same totals as /stats per source_company_id, busiest first. Jobs are counted on the day they were accepted, in `tz` (default: the zone the workspace counts in, UTC unless configured). Answers come from daily and monthly rollups when the jobs were counted in that zone, and from each job otherwise (exact, slower on long ranges).
     */
    get: operations['getStatsByOrganization'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/trends': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Daily call/duration trends
     * @description Calls and call seconds per day with their 7- and 28-day moving averages; by default the 30 days up to today. Jobs are counted on the day they were accepted, in `tz` (default: the zone the workspace counts in, UTC unless configured). Answers come from daily and monthly rollups when the jobs were counted in that zone, and from each job otherwise (exact, slower on long ranges).
     */
    get: operations['getStatsTrends'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Detailed health: database, message bus and every service, with latencies */
    get: operations['getSystemHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/integrations/push-api/ingest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit a call (Kendo Push API)
     * @description Field for field the Kendo Push API: camelCase or snake_case, transcript or audioUrl (audio wins when both are sent), 5 MB body limit, 30 requests a minute per key. The key may also come as ?apiKey= or body apiKey.
     */
    post: operations['ingestKendoCall'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/calls': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List calls, newest first (KestrelVoice)
     * @description in-progress: not yet analysed; missed: the missed_call algorithm said missed; completed: every other finished call. from_date filters on created_at.
     */
    get: operations['listKestrelCalls'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/calls/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a call by its id (KestrelVoice) */
    get: operations['getKestrelCall'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/appointments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List appointments booked on calls, by start (KestrelVoice)
     * @description What the appointment algorithm found on each call (its latest analysis), ordered by start; those with only a day agreed follow the timed ones. scheduled: booked or rescheduled and not yet passed (or with no day said); completed: booked and its start (or its day) has passed; cancelled: cancelled on the call. from_date and to_date are inclusive: a date is compared with the appointment's day in its own timezone, a date-time with its start.
     */
    get: operations['listKestrelAppointments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/analytics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Call analytics over a period of days (KestrelVoice)
     * @description Total calls by day, ISO week (from Monday) and month; appointment booking rate; average call duration; emergency detection rate; missed call recovery. Calls count on the day Callsight accepted them in `timezone`, as GET /v1/calls lists them. Default period: the last 30 days up to today; at most 366 days. Rates count each call's latest analysis and are null when no call qualifies. A missed call is recovered when a later call with the same customer number (the caller of an inbound call, the number called on an outbound one) within 168 hours was not missed. Needs the stats:read scope.
     */
    get: operations['getKestrelAnalytics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calls': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the newest calls (Kridtech)
     * @description ongoing: not yet analysed; completed: analysed; failed: failed or skipped. total counts every call matching the filter.
     */
    get: operations['listKridtechCalls'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/endpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's webhook endpoints */
    get: operations['listWebhookEndpoints'];
    put?: never;
    /**
     * Add a webhook endpoint; its signing secret is in the answer, this once
     * @description Results go to every enabled endpoint whose format carries the event and whose `event_types` (empty: the format defaults) include it, besides the config section `webhooks` endpoint. A `user:password@` in the URL becomes basic credentials. The URL must reach an allowed destination (the egress guard checks it now and at every request).
     */
    post: operations['createWebhookEndpoint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/endpoints/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One webhook endpoint (secrets and credentials never shown) */
    get: operations['getWebhookEndpoint'];
    put?: never;
    post?: never;
    /** Remove a webhook endpoint; deliveries already made to it stay in the history */
    delete: operations['deleteWebhookEndpoint'];
    options?: never;
    head?: never;
    /**
     * Change a webhook endpoint
     * @description Fields left out keep their values; `credentials: null` removes the credentials, new ones replace them.
     */
    patch: operations['updateWebhookEndpoint'];
    trace?: never;
  };
  '/api/v1/webhooks/endpoints/{id}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Give the endpoint a new signing secret, shown once; for 24 hours both sign every request */
    post: operations['rotateWebhookEndpointSecret'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/endpoints/{id}/attempts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every attempt to deliver to this endpoint, newest first: when, the answer or the error, how long */
    get: operations['listWebhookEndpointAttempts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/endpoints/{id}/recover': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send again every message to this endpoint that failed in a window (after its outage)
     * @description Each failed message made at or after `since` (within the last 30 days) and before `until` (default now) is sent again under its own webhook-id, with one manual attempt (`trigger: manual` in the attempt log). Enable a disabled endpoint first: its messages are refused while it is disabled. Jobs keep their state.
     */
    post: operations['recoverWebhookEndpoint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/endpoints/{id}/secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The endpoint's current signing secret (admin keys only) */
    get: operations['getWebhookEndpointSecret'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/recordings/{job_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a call's recording, or a byte range of it
     * @description Needs no API key: the URL's signature (made by Callsight when it delivered the job's results, in the job.completed, Kestrel call.completed or Kridtech webhook) grants reading this job's recording until `expires`. Serves one byte range (`Range: bytes=first-last`) as 206; several ranges are answered with the whole recording.
     */
    get: operations['getRecording'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    /**
     * Get a call's recording's headers (its size, type and ETag) without its bytes
     * @description Needs no API key: the URL's signature (made by Callsight when it delivered the job's results, in the job.completed, Kestrel call.completed or Kridtech webhook) grants reading this job's recording until `expires`. Serves one byte range (`Range: bytes=first-last`) as 206; several ranges are answered with the whole recording.
     */
    head: operations['headRecording'];
    patch?: never;
    trace?: never;
  };
}
export interface webhooks {
  'job.completed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A job completed: its transcript and the results of its algorithms (sent again, with a new timestamp, on redeliver)
     * @description Sent as a POST to the workspace's webhook endpoint (PATCH /api/v1/config/workspaces/{workspace_id}/webhooks) or the call's own webhook_url, and to each of its endpoints (POST /api/v1/webhooks/endpoints) whose format carries the event and whose event_types include it, signed per Standard Webhooks with that endpoint's secret. Endpoints in the kestrel and kridtech formats get those vendors' bodies instead (docs/webhook-formats.md). Redirects are not followed; the endpoint has CALLSIGHT_WEBHOOK_TIMEOUT_MS (15 s by default; 10 s for kridtech) to answer. Any answer other than 2xx or 410 is retried on CALLSIGHT_WEBHOOK_RETRY_SCHEDULE (by default after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h, each spread by up to 10%), with the same webhook-id; a 429 or 503 with a longer Retry-After is waited out (up to a day).
     */
    post: operations['jobCompletedWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'job.failed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A job failed before its results could be delivered: the stage and the reason
     * @description Sent as a POST to the workspace's webhook endpoint (PATCH /api/v1/config/workspaces/{workspace_id}/webhooks) or the call's own webhook_url, and to each of its endpoints (POST /api/v1/webhooks/endpoints) whose format carries the event and whose event_types include it, signed per Standard Webhooks with that endpoint's secret. Endpoints in the kestrel and kridtech formats get those vendors' bodies instead (docs/webhook-formats.md). Redirects are not followed; the endpoint has CALLSIGHT_WEBHOOK_TIMEOUT_MS (15 s by default; 10 s for kridtech) to answer. Any answer other than 2xx or 410 is retried on CALLSIGHT_WEBHOOK_RETRY_SCHEDULE (by default after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h, each spread by up to 10%), with the same webhook-id; a 429 or 503 with a longer Retry-After is waited out (up to a day).
     */
    post: operations['jobFailedWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'algorithm_run.completed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * An algorithm run made on demand (POST /api/v1/jobs/{job_id}/run-algorithms) finished: its output, or why it failed
     * @description Sent as a POST to the workspace's webhook endpoint (PATCH /api/v1/config/workspaces/{workspace_id}/webhooks) or the call's own webhook_url, and to each of its endpoints (POST /api/v1/webhooks/endpoints) whose format carries the event and whose event_types include it, signed per Standard Webhooks with that endpoint's secret. Endpoints in the kestrel and kridtech formats get those vendors' bodies instead (docs/webhook-formats.md). Redirects are not followed; the endpoint has CALLSIGHT_WEBHOOK_TIMEOUT_MS (15 s by default; 10 s for kridtech) to answer. Any answer other than 2xx or 410 is retried on CALLSIGHT_WEBHOOK_RETRY_SCHEDULE (by default after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h, each spread by up to 10%), with the same webhook-id; a 429 or 503 with a longer Retry-After is waited out (up to a day).
     */
    post: operations['algorithmRunCompletedWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'call.completed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A call was analysed: its fields and outcome (native endpoints get it only when their event_types name it; job.completed has the full results)
     * @description Sent as a POST to the workspace's webhook endpoint (PATCH /api/v1/config/workspaces/{workspace_id}/webhooks) or the call's own webhook_url, and to each of its endpoints (POST /api/v1/webhooks/endpoints) whose format carries the event and whose event_types include it, signed per Standard Webhooks with that endpoint's secret. Endpoints in the kestrel and kridtech formats get those vendors' bodies instead (docs/webhook-formats.md). Redirects are not followed; the endpoint has CALLSIGHT_WEBHOOK_TIMEOUT_MS (15 s by default; 10 s for kridtech) to answer. Any answer other than 2xx or 410 is retried on CALLSIGHT_WEBHOOK_RETRY_SCHEDULE (by default after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h, each spread by up to 10%), with the same webhook-id; a 429 or 503 with a longer Retry-After is waited out (up to a day).
     */
    post: operations['callCompletedWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'appointment.booked': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The appointment detection found an appointment booked on the call (native endpoints that name this event)
     * @description Sent as a POST to the workspace's webhook endpoint (PATCH /api/v1/config/workspaces/{workspace_id}/webhooks) or the call's own webhook_url, and to each of its endpoints (POST /api/v1/webhooks/endpoints) whose format carries the event and whose event_types include it, signed per Standard Webhooks with that endpoint's secret. Endpoints in the kestrel and kridtech formats get those vendors' bodies instead (docs/webhook-formats.md). Redirects are not followed; the endpoint has CALLSIGHT_WEBHOOK_TIMEOUT_MS (15 s by default; 10 s for kridtech) to answer. Any answer other than 2xx or 410 is retried on CALLSIGHT_WEBHOOK_RETRY_SCHEDULE (by default after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h, each spread by up to 10%), with the same webhook-id; a 429 or 503 with a longer Retry-After is waited out (up to a day).
     */
    post: operations['appointmentBookedWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'emergency.detected': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The emergency detection found an emergency on the call (native endpoints that name this event)
     * @description Sent as a POST to the workspace's webhook endpoint (PATCH /api/v1/config/workspaces/{workspace_id}/webhooks) or the call's own webhook_url, and to each of its endpoints (POST /api/v1/webhooks/endpoints) whose format carries the event and whose event_types include it, signed per Standard Webhooks with that endpoint's secret. Endpoints in the kestrel and kridtech formats get those vendors' bodies instead (docs/webhook-formats.md). Redirects are not followed; the endpoint has CALLSIGHT_WEBHOOK_TIMEOUT_MS (15 s by default; 10 s for kridtech) to answer. Any answer other than 2xx or 410 is retried on CALLSIGHT_WEBHOOK_RETRY_SCHEDULE (by default after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h, each spread by up to 10%), with the same webhook-id; a 429 or 503 with a longer Retry-After is waited out (up to a day).
     */
    post: operations['emergencyDetectedWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'call.missed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The call was missed: nobody answered, or only a voicemail (native endpoints that name this event)
     * @description Sent as a POST to the workspace's webhook endpoint (PATCH /api/v1/config/workspaces/{workspace_id}/webhooks) or the call's own webhook_url, and to each of its endpoints (POST /api/v1/webhooks/endpoints) whose format carries the event and whose event_types include it, signed per Standard Webhooks with that endpoint's secret. Endpoints in the kestrel and kridtech formats get those vendors' bodies instead (docs/webhook-formats.md). Redirects are not followed; the endpoint has CALLSIGHT_WEBHOOK_TIMEOUT_MS (15 s by default; 10 s for kridtech) to answer. Any answer other than 2xx or 410 is retried on CALLSIGHT_WEBHOOK_RETRY_SCHEDULE (by default after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h, each spread by up to 10%), with the same webhook-id; a 429 or 503 with a longer Retry-After is waited out (up to a day).
     */
    post: operations['callMissedWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  kestrel: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * KestrelVoice format: one message per event that happened on the call (call.completed, appointment.booked, emergency.detected, call.missed), to endpoints with format kestrel
     * @description Sent as a POST to the workspace's webhook endpoint (PATCH /api/v1/config/workspaces/{workspace_id}/webhooks) or the call's own webhook_url, and to each of its endpoints (POST /api/v1/webhooks/endpoints) whose format carries the event and whose event_types include it, signed per Standard Webhooks with that endpoint's secret. Endpoints in the kestrel and kridtech formats get those vendors' bodies instead (docs/webhook-formats.md). Redirects are not followed; the endpoint has CALLSIGHT_WEBHOOK_TIMEOUT_MS (15 s by default; 10 s for kridtech) to answer. Any answer other than 2xx or 410 is retried on CALLSIGHT_WEBHOOK_RETRY_SCHEDULE (by default after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h, each spread by up to 10%), with the same webhook-id; a 429 or 503 with a longer Retry-After is waited out (up to a day).
     */
    post: operations['kestrelWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  kridtech: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Kridtech format: one message per analysed call, every field present (null when unknown), to endpoints with format kridtech; 10 s to answer
     * @description Sent as a POST to the workspace's webhook endpoint (PATCH /api/v1/config/workspaces/{workspace_id}/webhooks) or the call's own webhook_url, and to each of its endpoints (POST /api/v1/webhooks/endpoints) whose format carries the event and whose event_types include it, signed per Standard Webhooks with that endpoint's secret. Endpoints in the kestrel and kridtech formats get those vendors' bodies instead (docs/webhook-formats.md). Redirects are not followed; the endpoint has CALLSIGHT_WEBHOOK_TIMEOUT_MS (15 s by default; 10 s for kridtech) to answer. Any answer other than 2xx or 410 is retried on CALLSIGHT_WEBHOOK_RETRY_SCHEDULE (by default after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h, each spread by up to 10%), with the same webhook-id; a 429 or 503 with a longer Retry-After is waited out (up to a day).
     */
    post: operations['kridtechWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  'endpoint.disabled': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Callsight disabled one of the workspace's endpoints (it answered 410 Gone, or accepted nothing for five days); sent to its other endpoints that take this event
     * @description Sent as a POST to the workspace's webhook endpoint (PATCH /api/v1/config/workspaces/{workspace_id}/webhooks) or the call's own webhook_url, and to each of its endpoints (POST /api/v1/webhooks/endpoints) whose format carries the event and whose event_types include it, signed per Standard Webhooks with that endpoint's secret. Endpoints in the kestrel and kridtech formats get those vendors' bodies instead (docs/webhook-formats.md). Redirects are not followed; the endpoint has CALLSIGHT_WEBHOOK_TIMEOUT_MS (15 s by default; 10 s for kridtech) to answer. Any answer other than 2xx or 410 is retried on CALLSIGHT_WEBHOOK_RETRY_SCHEDULE (by default after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h, each spread by up to 10%), with the same webhook-id; a 429 or 503 with a longer Retry-After is waited out (up to a day).
     */
    post: operations['endpointDisabledWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface components {
  schemas: {
    FieldErrorView: {
      /** @example transcript */
      field: string;
      /** @example transcript must be a string */
      message: string;
    };
    ProblemView: {
      /** @example urn:callsight:problem:validation_failed */
      type: string;
      /** @example Validation failed */
      title: string;
      /** @example 400 */
      status: number;
      /** @example validation_failed */
      code: string;
      /** @example The request is not valid */
      detail: string;
      /** @example /api/v1/calls/transcript */
      instance?: string;
      /** @example req_01jd5f3k1q8m2x7c9v4b6n0p3r */
      request_id?: string;
      errors?: components['schemas']['FieldErrorView'][];
    };
    WhoAmI: {
      workspace_id: string;
      workspace_name: string;
      key_id: string;
      /** @example cs_live_4f9K */
      key_prefix: string;
      scopes: ('calls:write' | 'jobs:read' | 'jobs:write' | 'config:read' | 'config:write' | 'stats:read' | 'admin')[];
      /**
       * @description The KestrelVoice plan of this key, which decides its requests a minute on the KestrelVoice routes (/v1): personal 100, business 500, business_plus 1000
       * @example personal
       * @enum {string}
       */
      plan: 'personal' | 'business' | 'business_plus';
    };
    SubmissionUnavailableView: {
      /** @example urn:callsight:problem:validation_failed */
      type: string;
      /** @example Validation failed */
      title: string;
      /** @example 400 */
      status: number;
      /** @example validation_failed */
      code: string;
      /** @example The request is not valid */
      detail: string;
      /** @example /api/v1/calls/transcript */
      instance?: string;
      /** @example req_01jd5f3k1q8m2x7c9v4b6n0p3r */
      request_id?: string;
      errors?: components['schemas']['FieldErrorView'][];
      /**
       * @description The job this submission may still appear as: look it up before submitting again
       * @example job_01jd5f3k1q8m2x7c9v4b6n0p3r
       */
      job_id?: string;
      /** @example call_01jd5f3k1q8m2x7c9v4b6n0p3r */
      call_id?: string;
    };
    SubmitAudioUrlRequest: {
      /** @description The call id in the system the call comes from */
      source_call_id?: string;
      /** @description The company / organization id in the system the call comes from */
      source_company_id?: string;
      title?: string;
      /**
       * Format: date-time
       * @description When the call took place (ISO 8601)
       */
      call_date?: string;
      /** @description Call length in seconds */
      duration_seconds?: number;
      rep_name?: string;
      /** Format: email */
      rep_email?: string;
      /** @enum {string} */
      direction?: 'inbound' | 'outbound';
      /**
       * @description The calling number (E.164 recommended)
       * @example +15551234567
       */
      from_number?: string;
      /**
       * @description The called number (E.164 recommended)
       * @example +15557654321
       */
      to_number?: string;
      /**
       * @description Algorithms to run on this call instead of the workspace defaults
       * @example [
       *       "talk_ratio"
       *     ]
       */
      algorithm_ids?: string[];
      /**
       * @description BCP 47 language tag of the call
       * @example en-US
       */
      language?: string;
      /**
       * @description Flat key/value pairs (at most 50 keys; strings up to 1000 characters)
       * @example {
       *       "source": "hubspot",
       *       "recordId": "12345"
       *     }
       */
      metadata?: {
        [key: string]: string | number | boolean | null;
      };
      /**
       * Format: uri
       * @description Deliver this call's results here instead of the workspace endpoint
       */
      webhook_url?: string;
      /**
       * @description A header sent with every delivery to this call's webhook_url (and to no other endpoint), to authenticate Callsight to it; give webhook_auth_header_value with it. Not a header Callsight sets itself (Content-Type, User-Agent, webhook-*, …); Authorization is allowed
       * @example X-Webhook-Secret
       */
      webhook_auth_header_name?: string;
      /** @description The value of webhook_auth_header_name. Encrypted before it leaves the gateway, never shown (the job shows webhook_auth and the header name only) and never logged; needs CALLSIGHT_SECRETS_KEY on the gateway and the webhook service */
      webhook_auth_header_value?: string;
      /**
       * Format: uri
       * @description Where to download the recording (http or https)
       * @example https://recordings.example.com/call-42.mp3
       */
      audio_url: string;
    };
    SubmissionAccepted: {
      /** @example job_01jd5f3k1q8m2x7c9v4b6n0p3r */
      job_id: string;
      /** @example call_01jd5f3k1q8m2x7c9v4b6n0p3s */
      call_id: string;
      /** @enum {string} */
      status: 'queued' | 'skipped';
    };
    UploadAudioFields: {
      /** @description The call id in the system the call comes from */
      source_call_id?: string;
      /** @description The company / organization id in the system the call comes from */
      source_company_id?: string;
      title?: string;
      /**
       * Format: date-time
       * @description When the call took place (ISO 8601)
       */
      call_date?: string;
      /** @description Call length in seconds */
      duration_seconds?: number;
      rep_name?: string;
      /** Format: email */
      rep_email?: string;
      /** @enum {string} */
      direction?: 'inbound' | 'outbound';
      /**
       * @description The calling number (E.164 recommended)
       * @example +15551234567
       */
      from_number?: string;
      /**
       * @description The called number (E.164 recommended)
       * @example +15557654321
       */
      to_number?: string;
      /**
       * @description Algorithms to run on this call instead of the workspace defaults
       * @example [
       *       "talk_ratio"
       *     ]
       */
      algorithm_ids?: string[];
      /**
       * @description BCP 47 language tag of the call
       * @example en-US
       */
      language?: string;
      /**
       * @description Flat key/value pairs (at most 50 keys; strings up to 1000 characters)
       * @example {
       *       "source": "hubspot",
       *       "recordId": "12345"
       *     }
       */
      metadata?: {
        [key: string]: string | number | boolean | null;
      };
      /**
       * Format: uri
       * @description Deliver this call's results here instead of the workspace endpoint
       */
      webhook_url?: string;
      /**
       * @description A header sent with every delivery to this call's webhook_url (and to no other endpoint), to authenticate Callsight to it; give webhook_auth_header_value with it. Not a header Callsight sets itself (Content-Type, User-Agent, webhook-*, …); Authorization is allowed
       * @example X-Webhook-Secret
       */
      webhook_auth_header_name?: string;
      /** @description The value of webhook_auth_header_name. Encrypted before it leaves the gateway, never shown (the job shows webhook_auth and the header name only) and never logged; needs CALLSIGHT_SECRETS_KEY on the gateway and the webhook service */
      webhook_auth_header_value?: string;
    };
    SubmitTranscriptRequest: {
      /** @description The call id in the system the call comes from */
      source_call_id?: string;
      /** @description The company / organization id in the system the call comes from */
      source_company_id?: string;
      title?: string;
      /**
       * Format: date-time
       * @description When the call took place (ISO 8601)
       */
      call_date?: string;
      /** @description Call length in seconds */
      duration_seconds?: number;
      rep_name?: string;
      /** Format: email */
      rep_email?: string;
      /** @enum {string} */
      direction?: 'inbound' | 'outbound';
      /**
       * @description The calling number (E.164 recommended)
       * @example +15551234567
       */
      from_number?: string;
      /**
       * @description The called number (E.164 recommended)
       * @example +15557654321
       */
      to_number?: string;
      /**
       * @description Algorithms to run on this call instead of the workspace defaults
       * @example [
       *       "talk_ratio"
       *     ]
       */
      algorithm_ids?: string[];
      /**
       * @description BCP 47 language tag of the call
       * @example en-US
       */
      language?: string;
      /**
       * @description Flat key/value pairs (at most 50 keys; strings up to 1000 characters)
       * @example {
       *       "source": "hubspot",
       *       "recordId": "12345"
       *     }
       */
      metadata?: {
        [key: string]: string | number | boolean | null;
      };
      /**
       * Format: uri
       * @description Deliver this call's results here instead of the workspace endpoint
       */
      webhook_url?: string;
      /**
       * @description A header sent with every delivery to this call's webhook_url (and to no other endpoint), to authenticate Callsight to it; give webhook_auth_header_value with it. Not a header Callsight sets itself (Content-Type, User-Agent, webhook-*, …); Authorization is allowed
       * @example X-Webhook-Secret
       */
      webhook_auth_header_name?: string;
      /** @description The value of webhook_auth_header_name. Encrypted before it leaves the gateway, never shown (the job shows webhook_auth and the header name only) and never logged; needs CALLSIGHT_SECRETS_KEY on the gateway and the webhook service */
      webhook_auth_header_value?: string;
      /**
       * @description The call transcript, one speaker turn per line ("Speaker: text")
       * @example Rep: Thanks for joining.
       *     Customer: Happy to be here.
       */
      transcript: string;
    };
    JobStages: {
      /** Format: date-time */
      queued_at: string;
      /** Format: date-time */
      transcribing_at: string | null;
      /** Format: date-time */
      analyzing_at: string | null;
      /** Format: date-time */
      delivering_at: string | null;
      /** Format: date-time */
      completed_at: string | null;
      /** Format: date-time */
      failed_at: string | null;
    };
    JobView: {
      job_id: string;
      call_id: string;
      workspace_id: string;
      /** @enum {string} */
      status: 'queued' | 'transcribing' | 'analyzing' | 'delivering' | 'completed' | 'failed' | 'skipped';
      /** @description Why the job failed or was skipped */
      status_reason: string | null;
      /** @description 1 for the first run; grows with every retry */
      attempt: number;
      /** @enum {string} */
      source: 'transcript' | 'audio_url' | 'audio_file';
      source_call_id: string | null;
      source_company_id: string | null;
      title: string | null;
      /** Format: date-time */
      call_date: string | null;
      /** @description The duration sent with the call */
      duration_seconds: number | null;
      /**
       * @description The length of the recording in seconds as Callsight measured it (duration_seconds is what was sent with the call): the decoded audio, or the end of the last timed segment of a supplied transcript. Null until transcribed, and when nothing was measured (a supplied transcript without end times)
       * @example 187.42
       */
      audio_duration_seconds: number | null;
      /**
       * @description Which title to prefer: the one sent (provided) or a generated one; null for the default flow
       * @enum {string|null}
       */
      title_source: 'provided' | 'generated' | null;
      /** @enum {string|null} */
      direction: 'inbound' | 'outbound' | null;
      rep_name: string | null;
      rep_email: string | null;
      /** @description BCP 47 language tag sent with the call */
      language: string | null;
      from_number: string | null;
      to_number: string | null;
      /** @description The algorithms this call asked for; null for the workspace defaults */
      algorithm_ids: string[] | null;
      /** @description This call's webhook URL, overriding the workspace endpoint */
      webhook_url: string | null;
      /** @description Whether the call sent webhook_auth_header_name and its value (the value is never shown) */
      webhook_auth: boolean;
      /** @description The header sent with each delivery to webhook_url, if the call gave one */
      webhook_auth_header_name: string | null;
      /** @description The workspace configuration version the job was created with (0: the defaults); its runs use that version. Null for jobs from before configuration versions. */
      config_version: number | null;
      metadata: {
        [key: string]: unknown;
      };
      stages: components['schemas']['JobStages'];
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
    };
    JobPage: {
      data: components['schemas']['JobView'][];
      /** @description Pass as cursor for the next page; null on the last page */
      next_cursor: string | null;
    };
    RetryBySourceRequest: {
      /**
       * @description requeue: process the call again from the start; rerun: run the algorithms again on the existing transcript and deliver; redeliver: deliver the latest results again
       * @default requeue
       * @enum {string}
       */
      mode?: 'requeue' | 'redeliver' | 'rerun';
      source_call_id: string;
      source_company_id?: string;
    };
    JobLogEntry: {
      /** Format: date-time */
      at: string;
      /** @example transcription.completed */
      event: string;
      /** @enum {string|null} */
      from_status: 'queued' | 'transcribing' | 'analyzing' | 'delivering' | 'completed' | 'failed' | 'skipped' | null;
      /** @enum {string|null} */
      to_status: 'queued' | 'transcribing' | 'analyzing' | 'delivering' | 'completed' | 'failed' | 'skipped' | null;
      message: string | null;
      attempt: number;
    };
    JobLogs: {
      job_id: string;
      data: components['schemas']['JobLogEntry'][];
    };
    AlgorithmRunView: {
      run_id: string;
      job_id: string;
      /** @example talk_ratio */
      algorithm_id: string;
      algorithm_version: number;
      /**
       * @description skipped: the algorithm had nothing to run on or with (no LLM endpoint, a dependency that failed); see error
       * @enum {string}
       */
      status: 'succeeded' | 'failed' | 'skipped';
      output: {
        [key: string]: unknown;
      } | null;
      /** @description Why the run failed or was skipped */
      error: string | null;
      /** @description The variables the algorithm ran with, defaults filled in */
      variables: {
        [key: string]: unknown;
      };
      /**
       * @description For LLM runs: model, token usage and latency
       * @example {
       *       "model": "gpt-4o-mini",
       *       "usage": {
       *         "prompt_tokens": 812,
       *         "completion_tokens": 64,
       *         "total_tokens": 876
       *       },
       *       "latency_ms": 1430
       *     }
       */
      metrics: {
        [key: string]: unknown;
      } | null;
      duration_ms: number;
      /** @enum {string} */
      trigger: 'pipeline' | 'on_demand';
      /** Format: date-time */
      created_at: string;
    };
    AlgorithmRuns: {
      job_id: string;
      data: components['schemas']['AlgorithmRunView'][];
    };
    TranscriptSegment: {
      /** @example Rep */
      speaker: string;
      /** @example Thanks for joining. */
      text: string;
      /** @description Seconds from the start of the call */
      start: number | null;
      end: number | null;
      /** @description Mean word confidence from 0 to 1, when the engine gives one */
      confidence?: number | null;
      /** @description The recognised words with their times (seconds) and confidence, when the engine gives them */
      words?: {
        word: string;
        start: number;
        end: number;
        confidence: number | null;
      }[];
    };
    TranscriptView: {
      job_id: string;
      transcript_id: string;
      /**
       * @description supplied, pocketsphinx or openai_compatible
       * @example pocketsphinx
       */
      engine: string;
      model: string | null;
      /** @description The shape a supplied transcript came in */
      format: string | null;
      channels: number | null;
      duration_seconds: number | null;
      /** @description Milliseconds per step, and the real-time factor */
      timings: {
        [key: string]: number;
      } | null;
      text: string;
      segments: components['schemas']['TranscriptSegment'][];
      /**
       * @description Set when the workspace redacts personal data (config algorithms.redaction): the kinds it redacts and how many of each were replaced; the text, segments and words hold placeholders ([PHONE], [EMAIL], [CARD], [SSN]) instead
       * @example {
       *       "entities": [
       *         "phone",
       *         "email",
       *         "card",
       *         "ssn"
       *       ],
       *       "counts": {
       *         "phone": 1,
       *         "email": 1,
       *         "card": 0,
       *         "ssn": 0
       *       }
       *     }
       */
      redaction: {
        entities: ('phone' | 'email' | 'card' | 'ssn')[];
        counts: {
          phone: number;
          email: number;
          card: number;
          ssn: number;
        };
      } | null;
    };
    DeliveryAttemptView: {
      /** @example 1 */
      attempt: number;
      /** Format: date-time */
      started_at: string;
      /**
       * @description scheduled: the first try or a retry on the schedule; manual: asked for again (redeliver-webhook, an endpoint recover)
       * @enum {string}
       */
      trigger: 'scheduled' | 'manual';
      /** @description null while in flight, or when the worker stopped */
      duration_ms: number | null;
      /** @example 200 */
      response_status: number | null;
      /** @description The first KiB of what the endpoint answered */
      response_excerpt: string | null;
      /** @example endpoint answered 503 */
      error: string | null;
    };
    WebhookDeliveryView: {
      /**
       * @description The `webhook-id` the receiver sees
       * @example dlv_01jd5f3k1q8m2x7c9v4b6n0p3r
       */
      id: string;
      /** @example job_01jd5f3k1q8m2x7c9v4b6n0p3r */
      job_id: string;
      /** @enum {string} */
      event_type:
        | 'job.completed'
        | 'job.failed'
        | 'algorithm_run.completed'
        | 'call.completed'
        | 'appointment.booked'
        | 'emergency.detected'
        | 'call.missed'
        | 'endpoint.disabled';
      /** @description null: the config section's endpoint */
      endpoint_id: string | null;
      /** @example https://hooks.example.com/callsight */
      url: string;
      /** @enum {string} */
      status: 'pending' | 'delivered' | 'failed';
      /** @example 1 */
      attempts: number;
      /** Format: date-time */
      next_attempt_at: string | null;
      last_response_status: number | null;
      last_error: string | null;
      /** Format: date-time */
      created_at: string;
      attempt_log: components['schemas']['DeliveryAttemptView'][];
    };
    WebhookDeliveryList: {
      data: components['schemas']['WebhookDeliveryView'][];
    };
    RetryJobRequest: {
      /**
       * @description requeue: process the call again from the start; rerun: run the algorithms again on the existing transcript and deliver; redeliver: deliver the latest results again
       * @default requeue
       * @enum {string}
       */
      mode?: 'requeue' | 'redeliver' | 'rerun';
    };
    SetJobStatusRequest: {
      /**
       * @description The only status a client may set: queued, to requeue a skipped job
       * @enum {string}
       */
      status: 'queued';
    };
    RunAlgorithmsRequest: {
      /**
       * @description Algorithms to run (default: the workspace defaults)
       * @example [
       *       "talk_ratio"
       *     ]
       */
      algorithm_ids?: string[];
    };
    AlgorithmView: {
      /** @example talk_ratio */
      id: string;
      /**
       * @description A built-in's code version; a copy's own version, which each change of its variables raises
       * @example 2
       */
      version: number;
      /** @example Talk ratio */
      name: string;
      /** @example Share of talk time per speaker, agent and customer, and the longest monologue */
      description: string;
      /** @enum {string} */
      kind: 'rule' | 'llm' | 'aggregate';
      /** @description Runs on calls when the workspace has not chosen its own set */
      enabled_by_default: boolean;
      /** @example [] */
      depends_on: string[];
      /** @description Deprecated algorithms are not run for new jobs; their past runs stay readable */
      deprecated: boolean;
      /** @enum {string} */
      origin: 'builtin' | 'copy';
      /** @description For a copy: the algorithm it was copied from */
      copied_from: string | null;
      /**
       * @description The built-in whose code runs (itself for a built-in)
       * @example talk_ratio
       */
      base_algorithm_id: string;
      /**
       * @description The version of the workspace's variables (0: never changed)
       * @example 0
       */
      variables_version: number;
      /** @description JSON Schema (2020-12) of the variables */
      variables_schema: {
        [key: string]: unknown;
      };
      /** @description JSON Schema (2020-12) of every output */
      output_schema: {
        [key: string]: unknown;
      };
    };
    AlgorithmList: {
      data: components['schemas']['AlgorithmView'][];
    };
    AlgorithmVariablesVersion: {
      /** @example 2 */
      version: number;
      /**
       * @example {
       *       "threshold": 0.7
       *     }
       */
      variables: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      created_at: string;
    };
    AlgorithmVariablesView: {
      /** @example talk_ratio */
      algorithm_id: string;
      /**
       * @description The version of these values (0: the defaults, never changed)
       * @example 2
       */
      version: number;
      /**
       * @description The workspace's own values
       * @example {
       *       "threshold": 0.7
       *     }
       */
      variables: {
        [key: string]: unknown;
      };
      /**
       * @description What a run uses: the values over the schema defaults
       * @example {
       *       "threshold": 0.7
       *     }
       */
      effective: {
        [key: string]: unknown;
      };
      /** @description Every earlier and current version, newest first */
      history: components['schemas']['AlgorithmVariablesVersion'][];
    };
    PatchAlgorithmVariablesRequest: {
      /**
       * @description Merged into the current values as a JSON merge patch (RFC 7396): null removes a value, so its default applies
       * @example {
       *       "threshold": 0.7
       *     }
       */
      variables: {
        [key: string]: unknown;
      };
    };
    CopyAlgorithmRequest: {
      /**
       * @description The id of the copy, with a '.' or '-' so that no built-in can take it (default: `<id>.copy_<n>`)
       * @example talk_ratio.sales
       */
      id?: string;
      /** @example Talk ratio (sales team) */
      name?: string;
      description?: string;
    };
    FeedbackRequest: {
      /**
       * @example incorrect
       * @enum {string}
       */
      verdict: 'correct' | 'incorrect';
      /**
       * @description What the output should have been: any JSON value up to 4096 bytes
       * @example {
       *       "outcome": "follow_up_needed"
       *     }
       */
      corrected_value?: Record<string, never> | unknown[] | string | number | boolean | null;
      /**
       * @description For algorithms whose output is a label: the right label
       * @example follow_up_needed
       */
      label?: string;
      /** @example The customer asked to be called back next week. */
      comment?: string;
    };
    FeedbackView: {
      /** @example fb_01jd5f3k1q8m2x7c9v4b6n0p3r */
      feedback_id: string;
      /** @example run_01jd5f3k1q8m2x7c9v4b6n0p3r */
      run_id: string;
      /** @example job_01jd5f3k1q8m2x7c9v4b6n0p3r */
      job_id: string;
      /** @example outcome */
      algorithm_id: string;
      /** @example 1 */
      algorithm_version: number;
      /** @enum {string} */
      verdict: 'correct' | 'incorrect';
      /**
       * @description Any JSON value
       * @example {
       *       "outcome": "follow_up_needed"
       *     }
       */
      corrected_value: Record<string, never> | unknown[] | string | number | boolean | null;
      /** @example follow_up_needed */
      label: string | null;
      comment: string | null;
      /** Format: date-time */
      created_at: string;
    };
    WebhookRedelivery: {
      /** @description The deliveries that carried the run, sent again under their own webhook-id with one manual attempt each */
      redelivered: components['schemas']['WebhookDeliveryView'][];
      /** @description Deliveries that carried the run and are still being tried on their schedule: left as they are */
      already_pending: components['schemas']['WebhookDeliveryView'][];
    };
    FeedbackPage: {
      data: components['schemas']['FeedbackView'][];
      /** @description Pass as cursor for the next page; null on the last page */
      next_cursor: string | null;
    };
    AccuracyPoint: {
      /**
       * Format: date
       * @description The first day of the bucket (UTC)
       * @example 2026-11-23
       */
      period_start: string;
      /** @example 12 */
      total: number;
      /** @example 10 */
      correct: number;
      /** @example 0.833 */
      accuracy: number;
    };
    LabelStats: {
      /** @example appointment_booked */
      label: string;
      /**
       * @description Runs whose right label is this one
       * @example 8
       */
      support: number;
      /**
       * @description Runs that output this label
       * @example 7
       */
      predicted: number;
      /** @example 6 */
      true_positives: number;
      /**
       * @description null when nothing was predicted
       * @example 0.857
       */
      precision: number | null;
      /**
       * @description null when nothing had this label
       * @example 0.75
       */
      recall: number | null;
      /** @example 0.8 */
      f1: number | null;
    };
    FeedbackStats: {
      /** @example outcome */
      algorithm_id: string;
      /**
       * @description Where the label is in the output; null when the output is not a label
       * @example outcome
       */
      label_path: string | null;
      /**
       * @description Runs with feedback (the latest feedback of each run counts)
       * @example 20
       */
      total: number;
      /** @example 17 */
      correct: number;
      /** @example 3 */
      incorrect: number;
      /**
       * @description null without feedback
       * @example 0.85
       */
      accuracy: number | null;
      /** @enum {string} */
      interval: 'day' | 'week';
      over_time: components['schemas']['AccuracyPoint'][];
      /** @description Per label, for label outputs; empty otherwise */
      labels: components['schemas']['LabelStats'][];
    };
    JobCounts: {
      /** @example 1250 */
      total: number;
      /**
       * @description Accepted and not yet finished
       * @example 12
       */
      in_progress: number;
      /** @example 1180 */
      completed: number;
      /** @example 38 */
      failed: number;
      /** @example 20 */
      skipped: number;
    };
    StageTiming: {
      /**
       * @description Completed jobs whose attempt went through this stage
       * @example 1180
       */
      count: number;
      /** @example 41.2 */
      mean_seconds: number | null;
      /**
       * @description From a histogram whose buckets are 10% wide: within 5% of the exact median
       * @example 35.9
       */
      median_seconds: number | null;
      /**
       * @description Within 5%, as the median
       * @example 96.4
       */
      p95_seconds: number | null;
    };
    ProcessingTimes: {
      /** @description From the attempt starting to transcription starting */
      queued: components['schemas']['StageTiming'];
      transcription: components['schemas']['StageTiming'];
      /** @description Running the algorithms */
      analysis: components['schemas']['StageTiming'];
      /** @description From results being ready to the webhooks answering */
      delivery: components['schemas']['StageTiming'];
      /** @description From the finishing attempt starting to the job completing */
      total: components['schemas']['StageTiming'];
    };
    CountByValue: {
      /** @example appointment_booked */
      value: string | null;
      /** @example 310 */
      jobs: number;
    };
    AlgorithmResultCount: {
      /** @example emergency */
      algorithm_id: string;
      /**
       * @description What the algorithm found, as one label (emergency: detected or none; appointment: booked or none)
       * @example detected
       */
      result: string;
      /** @example 12 */
      jobs: number;
    };
    StatsSummary: {
      /** @example 2026-01-01 */
      from: string | null;
      /** @example 2026-12-31 */
      to: string | null;
      /**
       * @description The time zone the days were counted in
       * @example America/New_York
       */
      tz: string;
      jobs: components['schemas']['JobCounts'];
      /**
       * @description completed / (completed + failed); skipped jobs are neither; null before any finished
       * @example 0.9688
       */
      success_rate: number | null;
      /**
       * @description Mean seconds from submission to completion
       * @example 52.3
       */
      avg_processing_seconds: number | null;
      processing: components['schemas']['ProcessingTimes'];
      /**
       * @description Sum of the calls’ durations in seconds: the measured audio, else the duration submitted
       * @example 214380
       */
      total_call_seconds: number;
      /**
       * @description Minutes of audio measured by transcription
       * @example 3512.6
       */
      audio_minutes: number;
      /** @description Jobs by call direction; null: not given */
      by_direction: components['schemas']['CountByValue'][];
      /** @description Jobs by the outcome algorithm’s verdict; null: not analysed */
      by_outcome: components['schemas']['CountByValue'][];
      /** @description What the detecting algorithms found, per job */
      algorithm_results: components['schemas']['AlgorithmResultCount'][];
    };
    DailyStats: {
      /**
       * Format: date
       * @example 2026-03-09
       */
      date: string;
      jobs: components['schemas']['JobCounts'];
      /** @example 0.97 */
      success_rate: number | null;
      /** @example 48.1 */
      avg_processing_seconds: number | null;
      /** @example 5230 */
      total_call_seconds: number;
      /** @example 80.5 */
      audio_minutes: number;
    };
    StatsDaily: {
      /** @example 2026-03-01 */
      from: string | null;
      /** @example 2026-03-31 */
      to: string | null;
      /** @example UTC */
      tz: string;
      /** @description Every day of the range, oldest first, days without calls included; without from/to, the days from the first call to the last */
      data: components['schemas']['DailyStats'][];
    };
    DurationBucket: {
      /** @example 60 */
      min_seconds: number;
      /**
       * @description Exclusive; null for the last bucket
       * @example 120
       */
      max_seconds: number | null;
      /** @example 412 */
      calls: number;
      /**
       * @description Share of the calls with a known duration
       * @example 0.3296
       */
      share: number;
    };
    StatsDurationDistribution: {
      /** @example 2026-01-01 */
      from: string | null;
      /** @example 2026-12-31 */
      to: string | null;
      /** @example UTC */
      tz: string;
      /**
       * @description Calls with a known duration (measured, else submitted)
       * @example 1250
       */
      calls: number;
      /**
       * @description Calls counted without any duration
       * @example 3
       */
      unknown_duration: number;
      buckets: components['schemas']['DurationBucket'][];
    };
    OrganizationStats: {
      /**
       * @description The source_company_id the calls were sent with; null for calls sent without one
       * @example acme-plumbing
       */
      organization_id: string | null;
      jobs: components['schemas']['JobCounts'];
      /** @example 0.96 */
      success_rate: number | null;
      /**
       * @description Mean seconds from submission to completion
       * @example 50.2
       */
      avg_processing_seconds: number | null;
      /**
       * @description Sum of the calls’ durations, in seconds
       * @example 35200
       */
      total_call_seconds: number;
      /** @example 580.2 */
      audio_minutes: number;
    };
    StatsByOrganization: {
      from: string | null;
      to: string | null;
      /** @example UTC */
      tz: string;
      data: components['schemas']['OrganizationStats'][];
    };
    TrendPoint: {
      /**
       * Format: date
       * @example 2026-03-09
       */
      date: string;
      /**
       * @description Calls accepted that day
       * @example 42
       */
      calls: number;
      /**
       * @description Their durations, in seconds
       * @example 7560
       */
      call_seconds: number;
      /**
       * @description Mean of calls over this day and the 6 before
       * @example 39.7
       */
      calls_7d: number;
      /**
       * @description Mean of calls over this day and the 27 before
       * @example 37.1
       */
      calls_28d: number;
      /** @example 7012.4 */
      call_seconds_7d: number;
      /** @example 6804.9 */
      call_seconds_28d: number;
    };
    StatsTrends: {
      /**
       * Format: date
       * @example 2026-02-07
       */
      from: string;
      /**
       * Format: date
       * @example 2026-03-09
       */
      to: string;
      /** @example UTC */
      tz: string;
      /** @description Every day of the range, oldest first; moving averages include the days before `from`. Default range: the 30 days up to today. */
      data: components['schemas']['TrendPoint'][];
    };
    DependencyHealth: {
      /** @enum {string} */
      status: 'ok' | 'down';
      latency_ms: number | null;
      error?: string;
    };
    ServiceHealth: {
      /**
       * @description degraded: the service answers, but one of its dependencies is down (see dependencies)
       * @enum {string}
       */
      status: 'ok' | 'degraded' | 'down';
      latency_ms: number | null;
      error?: string;
      database?: components['schemas']['DependencyHealth'];
      /** @description What the service needs besides its database, by name (transcription's speech_engine); a dependency that is down says what is missing and how to install it */
      dependencies?: {
        [key: string]: components['schemas']['DependencyHealth'];
      };
    };
    HealthReport: {
      /** @enum {string} */
      status: 'ok' | 'degraded' | 'down';
      /** Format: date-time */
      checked_at: string;
      database: components['schemas']['DependencyHealth'];
      messaging: components['schemas']['DependencyHealth'];
      /** @description Each service by name (ingestion, transcription, scoring, webhook, stats) */
      services: {
        [key: string]: components['schemas']['ServiceHealth'];
      };
    };
    KendoIngestRequest: {
      /** @description The call transcript ("Rep: …" lines). Required unless audioUrl is sent. */
      transcript?: string;
      /**
       * Format: uri
       * @description Where to download the recording. Takes priority over transcript.
       */
      audioUrl?: string;
      repName?: string;
      /** Format: email */
      repEmail?: string;
      callTitle?: string;
      /** @description When true, prefer callTitle over a generated title */
      disableAiTitleGeneration?: boolean;
      /** @description Inverse alias of disableAiTitleGeneration */
      useAiCallTitle?: boolean;
      /**
       * Format: date-time
       * @description ISO 8601 date or date-time
       */
      callDate?: string;
      /**
       * @description Call length. A number below 240 is minutes, from 240 to 86,399 seconds, from 86,400 milliseconds; or a string with a unit ("18m", "95s", "95000ms", "1h") or as "hh:mm:ss" / "mm:ss".
       * @example 18
       */
      duration?: number | string;
      /**
       * @description Flat key/value pairs
       * @example {
       *       "source": "hubspot",
       *       "recordId": "12345"
       *     }
       */
      metadata?: {
        [key: string]: unknown;
      };
      /** @description The API key, for platforms that cannot send headers (also accepted as ?apiKey=) */
      apiKey?: string;
    };
    KendoIngestResponse: {
      /** @example true */
      success: boolean;
      /** @example call_01jd5f3k1q8m2x7c9v4b6n0p3s */
      callId: string;
      /** @example job_01jd5f3k1q8m2x7c9v4b6n0p3r */
      jobId: string;
      /** @enum {string} */
      status: 'queued' | 'skipped';
      /** @description Whether analysis was started */
      processingTriggered: boolean;
      processingError: string | null;
      /** @example queued for transcript analysis */
      statusReason: string;
    };
    KestrelErrorDetail: {
      /**
       * @description The HTTP status
       * @example 400
       */
      status: number;
      /**
       * @description Callsight's stable error code
       * @example validation_failed
       */
      code: string;
      /** @example limit must not be greater than 100 */
      message: string;
    };
    KestrelError: {
      error: components['schemas']['KestrelErrorDetail'];
    };
    KestrelCall: {
      /** @example call_01jd5f3k1q8m2x7c9v4b6n0p3r */
      id: string;
      /**
       * @description The caller of an inbound call, the number dialled on an outbound one; null without a direction
       * @example +15551234567
       */
      phone_number: string | null;
      /** @enum {string} */
      status: 'completed' | 'in-progress' | 'missed';
      /**
       * @description Whole seconds
       * @example 180
       */
      duration: number | null;
      /** @description A signed URL serving the call audio until it expires; null for transcript-only calls */
      recording_url: string | null;
      /** @example Hello, this is... */
      transcript: string | null;
      /**
       * Format: date-time
       * @example 2024-03-09T10:30:00Z
       */
      created_at: string;
    };
    KestrelPagination: {
      /** @example 150 */
      total: number;
      /** @example 20 */
      limit: number;
      /** @example 0 */
      offset: number;
    };
    KestrelCallList: {
      data: components['schemas']['KestrelCall'][];
      pagination: components['schemas']['KestrelPagination'];
    };
    KestrelAppointment: {
      /**
       * @description Stable: one appointment per call, the same when the call is analysed again
       * @example appt_5d2c0b7e9f1a3c4d6e8f0a1b2c
       */
      id: string;
      /**
       * @description The call it was booked on, as GET /v1/calls/:id takes it
       * @example call_01jd5f3k1q8m2x7c9v4b6n0p3r
       */
      call_id: string | null;
      /**
       * @description The call's phone number: the caller of an inbound call, the number dialled on an outbound one
       * @example +15551234567
       */
      phone_number: string | null;
      /** @enum {string} */
      status: 'scheduled' | 'completed' | 'cancelled';
      /**
       * Format: date-time
       * @description The appointment's start with its timezone's offset; null when no time of day was agreed
       * @example 2024-03-14T14:30:00-04:00
       */
      scheduled_at: string | null;
      /**
       * Format: date
       * @description The appointment's day in its timezone, also when only the day was agreed
       * @example 2024-03-14
       */
      date: string | null;
      /**
       * @description The IANA timezone the spoken times were read in
       * @example America/New_York
       */
      timezone: string;
      /**
       * @description The date and time as they were said on the call
       * @example thursday at two thirty
       */
      spoken_time: string | null;
      /**
       * @description The sentence on the call that booked or cancelled it
       * @example Perfect, you're all set for Thursday at two thirty.
       */
      notes: string | null;
      /**
       * Format: date-time
       * @description When Callsight first recorded the appointment
       * @example 2024-03-09T10:30:00Z
       */
      created_at: string;
      /**
       * Format: date-time
       * @description When the analysis it comes from was recorded (a call analysed again updates it)
       * @example 2024-03-09T10:30:00Z
       */
      updated_at: string;
    };
    KestrelAppointmentList: {
      data: components['schemas']['KestrelAppointment'][];
      pagination: components['schemas']['KestrelPagination'];
    };
    KestrelAnalyticsPeriod: {
      /**
       * Format: date
       * @description First day counted, inclusive
       * @example 2024-03-01
       */
      from: string;
      /**
       * Format: date
       * @description Last day counted, inclusive
       * @example 2024-03-31
       */
      to: string;
      /**
       * @description The IANA time zone whose days these are
       * @example America/New_York
       */
      timezone: string;
    };
    KestrelDayCount: {
      /**
       * Format: date
       * @example 2024-03-04
       */
      date: string;
      /** @example 42 */
      count: number;
    };
    KestrelWeekCount: {
      /**
       * Format: date
       * @description The Monday the ISO 8601 week starts on
       * @example 2024-03-04
       */
      week_start: string;
      /**
       * @description Calls on the days of this week inside the period
       * @example 211
       */
      count: number;
    };
    KestrelMonthCount: {
      /** @example 2024-03 */
      month: string;
      /**
       * @description Calls on the days of this month inside the period
       * @example 904
       */
      count: number;
    };
    KestrelTotalCalls: {
      /**
       * @description Every call accepted on the days of the period, whatever became of it (in progress, failed and skipped included): the calls GET /v1/calls lists for those days
       * @example 904
       */
      total: number;
      /** @description Every day of the period in order, days without calls included */
      by_day: components['schemas']['KestrelDayCount'][];
      /** @description Per ISO 8601 week (Monday to Sunday) touching the period, in order; the first and last count only the period's days */
      by_week: components['schemas']['KestrelWeekCount'][];
      /** @description Per calendar month touching the period, in order; the first and last count only the period's days */
      by_month: components['schemas']['KestrelMonthCount'][];
    };
    KestrelAppointmentBookingRate: {
      /**
       * @description booked / eligible, to four decimals; null when eligible is 0
       * @example 0.3125
       */
      rate: number | null;
      /**
       * @description Calls on which the appointment algorithm found a booking
       * @example 50
       */
      booked: number;
      /**
       * @description Calls the appointment algorithm analysed (booked or not); calls not yet analysed, or whose workspace does not run it, are not counted. A call's latest analysis counts.
       * @example 160
       */
      eligible: number;
    };
    KestrelEmergencyDetectionRate: {
      /**
       * @description detected / eligible, to four decimals; null when eligible is 0
       * @example 0.025
       */
      rate: number | null;
      /**
       * @description Calls the emergency algorithm said were emergencies
       * @example 4
       */
      detected: number;
      /**
       * @description Calls the emergency algorithm analysed (emergency or not); a call's latest analysis counts
       * @example 160
       */
      eligible: number;
    };
    KestrelMissedCallRecovery: {
      /**
       * @description recovered / missed, to four decimals; null when missed is 0
       * @example 0.6667
       */
      rate: number | null;
      /**
       * @description Calls of the period the missed_call algorithm said were missed (GET /v1/calls?status=missed) that have a customer number: the caller's on an inbound call, the number called on an outbound one. Numbers are compared by their digits alone.
       * @example 12
       */
      missed: number;
      /**
       * @description Of those, the calls followed within window_hours by another call with the same customer number (an answered callback, or the customer calling again) that the missed_call algorithm said was not missed; the later call may fall after the period, so a recent period can still gain recoveries
       * @example 8
       */
      recovered: number;
      /**
       * @description Hours after a missed call a follow-up counts
       * @example 168
       */
      window_hours: number;
    };
    KestrelAnalytics: {
      period: components['schemas']['KestrelAnalyticsPeriod'];
      /** @description Calls are counted on the day Callsight accepted them */
      total_calls: components['schemas']['KestrelTotalCalls'];
      appointment_booking_rate: components['schemas']['KestrelAppointmentBookingRate'];
      /**
       * @description Mean length in seconds, to one decimal, of the period's calls whose length is known (the recording's measured length, else the duration submitted with the call); null when none is known
       * @example 183.4
       */
      average_call_duration_seconds: number | null;
      emergency_detection_rate: components['schemas']['KestrelEmergencyDetectionRate'];
      missed_call_recovery: components['schemas']['KestrelMissedCallRecovery'];
    };
    KridtechError: {
      /** @enum {boolean} */
      success: false;
      /** @example Invalid API key */
      error: string;
    };
    KridtechCall: {
      /** @example call_01jd5f3k1q8m2x7c9v4b6n0p3r */
      callId: string;
      /** @description Metadata accountId (or account_id); else null */
      accountId: string | null;
      /** @enum {string|null} */
      direction: 'inbound' | 'outbound' | null;
      /** @example +1234567890 */
      toNumber: string | null;
      /** @enum {string} */
      callStatus: 'completed' | 'ongoing' | 'failed';
      /**
       * @description Whole seconds
       * @example 125
       */
      duration: number | null;
      /** @description Metadata cost when numeric; else null */
      cost: number | null;
      /**
       * Format: date-time
       * @example 2025-02-14T10:30:00Z
       */
      createdAt: string;
      /** @description Metadata firstName (or first_name); else null */
      firstName: string | null;
    };
    KridtechCallList: {
      /** @enum {boolean} */
      success: true;
      calls: components['schemas']['KridtechCall'][];
      /** @description How many calls match the filter (all of them, not only those returned) */
      total: number;
    };
    WebhookCredentialsView: {
      /** @enum {string} */
      type: 'none' | 'basic' | 'bearer' | 'header';
      /** @description header: which header carries them */
      header_name: string | null;
    };
    WebhookEndpointView: {
      /** @example ep_01jd5f3k1q8m2x7c9v4b6n0p3r */
      id: string;
      /** @example https://hooks.example.com/callsight */
      url: string;
      description: string | null;
      /** @enum {string} */
      format: 'native' | 'kestrel' | 'kridtech';
      /** @description Empty: the format's default events */
      event_types: (
        | 'job.completed'
        | 'job.failed'
        | 'algorithm_run.completed'
        | 'call.completed'
        | 'appointment.booked'
        | 'emergency.detected'
        | 'call.missed'
        | 'endpoint.disabled'
      )[];
      enabled: boolean;
      /** @description Why Callsight disabled the endpoint (it answered 410 Gone, or no delivery succeeded for 5 days); enabling it again clears this */
      disabled_reason: string | null;
      https_only: boolean;
      headers: {
        [key: string]: string;
      };
      credentials: components['schemas']['WebhookCredentialsView'];
      /** @description At most this many deliveries a second to this endpoint; null: unlimited */
      rate_limit: number | null;
      /**
       * Format: date-time
       * @description Until when the secret before the last rotation still signs too
       */
      previous_secret_expires_at: string | null;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
    };
    WebhookEndpointList: {
      data: components['schemas']['WebhookEndpointView'][];
    };
    WebhookCredentialsInput: {
      /**
       * @example bearer
       * @enum {string}
       */
      type: 'none' | 'basic' | 'bearer' | 'header';
      /** @description basic: the user name */
      username?: string;
      /** @description basic: the password */
      password?: string;
      /** @description bearer: the token sent as `Authorization: Bearer <token>` */
      token?: string;
      /**
       * @description header: the header to send
       * @example X-Api-Key
       */
      header_name?: string;
      /** @description header: its value */
      header_value?: string;
    };
    CreateWebhookEndpointRequest: {
      /** @example CRM sync */
      description?: string;
      /** @description The events to send, among those the format carries (native: job.completed, job.failed, algorithm_run.completed, call.completed, appointment.booked, emergency.detected, call.missed, endpoint.disabled; kestrel: call.completed, appointment.booked, emergency.detected, call.missed; kridtech: call.completed). Omitted or empty: the format's defaults (native: job.completed, job.failed, algorithm_run.completed, endpoint.disabled, as the call events repeat what job.completed holds; kestrel and kridtech: all of theirs) */
      event_types?: (
        | 'job.completed'
        | 'job.failed'
        | 'algorithm_run.completed'
        | 'call.completed'
        | 'appointment.booked'
        | 'emergency.detected'
        | 'call.missed'
        | 'endpoint.disabled'
      )[];
      /**
       * @description Deliveries are paused while false
       * @default true
       */
      enabled?: boolean;
      /**
       * @description Refuse a plain http:// URL (always on for the kridtech format)
       * @default false
       */
      https_only?: boolean;
      /**
       * @description Extra headers sent with every request (not for credentials: use `credentials`, which are kept encrypted)
       * @example {
       *       "X-Tenant": "acme"
       *     }
       */
      headers?: {
        [key: string]: string;
      };
      /** @description How Callsight authenticates to the receiver; null removes them */
      credentials?: components['schemas']['WebhookCredentialsInput'] | null;
      /**
       * @description At most this many deliveries a second to this endpoint, across every webhook worker (as Svix's rateLimit); deliveries over it wait their turn without spending attempts. Null or omitted: unlimited
       * @example 10
       */
      rate_limit?: number | null;
      /** @example https://hooks.example.com/callsight */
      url: string;
      /**
       * @default native
       * @enum {string}
       */
      format?: 'native' | 'kestrel' | 'kridtech';
    };
    WebhookEndpointCreated: {
      /** @example ep_01jd5f3k1q8m2x7c9v4b6n0p3r */
      id: string;
      /** @example https://hooks.example.com/callsight */
      url: string;
      description: string | null;
      /** @enum {string} */
      format: 'native' | 'kestrel' | 'kridtech';
      /** @description Empty: the format's default events */
      event_types: (
        | 'job.completed'
        | 'job.failed'
        | 'algorithm_run.completed'
        | 'call.completed'
        | 'appointment.booked'
        | 'emergency.detected'
        | 'call.missed'
        | 'endpoint.disabled'
      )[];
      enabled: boolean;
      /** @description Why Callsight disabled the endpoint (it answered 410 Gone, or no delivery succeeded for 5 days); enabling it again clears this */
      disabled_reason: string | null;
      https_only: boolean;
      headers: {
        [key: string]: string;
      };
      credentials: components['schemas']['WebhookCredentialsView'];
      /** @description At most this many deliveries a second to this endpoint; null: unlimited */
      rate_limit: number | null;
      /**
       * Format: date-time
       * @description Until when the secret before the last rotation still signs too
       */
      previous_secret_expires_at: string | null;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
      /** @description The signing secret, shown this once (an admin key can read it again) */
      secret: string;
    };
    UpdateWebhookEndpointRequest: {
      /** @example CRM sync */
      description?: string;
      /** @description The events to send, among those the format carries (native: job.completed, job.failed, algorithm_run.completed, call.completed, appointment.booked, emergency.detected, call.missed, endpoint.disabled; kestrel: call.completed, appointment.booked, emergency.detected, call.missed; kridtech: call.completed). Omitted or empty: the format's defaults (native: job.completed, job.failed, algorithm_run.completed, endpoint.disabled, as the call events repeat what job.completed holds; kestrel and kridtech: all of theirs) */
      event_types?: (
        | 'job.completed'
        | 'job.failed'
        | 'algorithm_run.completed'
        | 'call.completed'
        | 'appointment.booked'
        | 'emergency.detected'
        | 'call.missed'
        | 'endpoint.disabled'
      )[];
      /**
       * @description Deliveries are paused while false
       * @default true
       */
      enabled?: boolean;
      /**
       * @description Refuse a plain http:// URL (always on for the kridtech format)
       * @default false
       */
      https_only?: boolean;
      /**
       * @description Extra headers sent with every request (not for credentials: use `credentials`, which are kept encrypted)
       * @example {
       *       "X-Tenant": "acme"
       *     }
       */
      headers?: {
        [key: string]: string;
      };
      /** @description How Callsight authenticates to the receiver; null removes them */
      credentials?: components['schemas']['WebhookCredentialsInput'] | null;
      /**
       * @description At most this many deliveries a second to this endpoint, across every webhook worker (as Svix's rateLimit); deliveries over it wait their turn without spending attempts. Null or omitted: unlimited
       * @example 10
       */
      rate_limit?: number | null;
      /** @example https://hooks.example.com/callsight */
      url?: string;
      /** @enum {string} */
      format?: 'native' | 'kestrel' | 'kridtech';
    };
    WebhookSecretRotated: {
      /**
       * @description The Standard Webhooks signing secret
       * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
       */
      secret: string;
      /**
       * Format: date-time
       * @description Until then both secrets sign every request (`webhook-signature: v1,<new> v1,<old>`)
       */
      previous_secret_expires_at: string;
    };
    EndpointAttemptView: {
      /** @example 1 */
      attempt: number;
      /** Format: date-time */
      started_at: string;
      /**
       * @description scheduled: the first try or a retry on the schedule; manual: asked for again (redeliver-webhook, an endpoint recover)
       * @enum {string}
       */
      trigger: 'scheduled' | 'manual';
      /** @description null while in flight, or when the worker stopped */
      duration_ms: number | null;
      /** @example 200 */
      response_status: number | null;
      /** @description The first KiB of what the endpoint answered */
      response_excerpt: string | null;
      /** @example endpoint answered 503 */
      error: string | null;
      /** @example dlv_01jd5f3k1q8m2x7c9v4b6n0p3r */
      delivery_id: string;
      /** @example job_01jd5f3k1q8m2x7c9v4b6n0p3r */
      job_id: string;
      /** @enum {string} */
      event_type:
        | 'job.completed'
        | 'job.failed'
        | 'algorithm_run.completed'
        | 'call.completed'
        | 'appointment.booked'
        | 'emergency.detected'
        | 'call.missed'
        | 'endpoint.disabled';
    };
    EndpointAttemptPage: {
      data: components['schemas']['EndpointAttemptView'][];
      /** @description Pass as cursor for the next page; null on the last page */
      next_cursor: string | null;
    };
    RecoverEndpointInput: {
      /**
       * Format: date-time
       * @description Resend the failed messages made at or after this time
       */
      since: string;
      /**
       * Format: date-time
       * @description and before this time (default: now)
       */
      until?: string;
    };
    EndpointRecovery: {
      /**
       * @description Failed messages sent again, each with one manual attempt
       * @example 3
       */
      redelivered: number;
      /** Format: date-time */
      since: string;
      /** Format: date-time */
      until: string;
    };
    WebhookEndpointSecret: {
      /**
       * @description The Standard Webhooks signing secret
       * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
       */
      secret: string;
    };
    WebhookAlgorithmResult: {
      /** @example run_01jd5f3k1q8m2x7c9v4b6n0p3t */
      run_id: string;
      /** @example talk_ratio */
      algorithm_id: string;
      /** @example 1 */
      algorithm_version: number;
      /**
       * @description The algorithm's result; its shape is the algorithm's own
       * @example {
       *       "dominant_speaker": "Rep",
       *       "total_turns": 2
       *     }
       */
      output: {
        [key: string]: unknown;
      };
    };
    JobCompletedData: {
      /** @example ws_01jd5f3k1q8m2x7c9v4b6n0p3r */
      workspace_id: string;
      /** @example job_01jd5f3k1q8m2x7c9v4b6n0p3r */
      job_id: string;
      /** @example call_01jd5f3k1q8m2x7c9v4b6n0p3s */
      call_id: string;
      /** @example crm-4711 */
      source_call_id: string | null;
      /** @example acme */
      source_company_id: string | null;
      /** @example Discovery call with Acme */
      title: string | null;
      /**
       * @description Which title to prefer: the one sent (provided) or a generated one; null for the default flow
       * @enum {string|null}
       */
      title_source: 'provided' | 'generated' | null;
      /** Format: date-time */
      call_date: string | null;
      /**
       * @description The duration sent with the call
       * @example 42
       */
      duration_seconds: number | null;
      /**
       * @description The length of the recording as Callsight measured it: the decoded audio, or the end of the last timed segment of a supplied transcript; null when nothing was measured
       * @example 41.87
       */
      audio_duration_seconds: number | null;
      /** @enum {string|null} */
      direction: 'inbound' | 'outbound' | null;
      rep_name: string | null;
      rep_email: string | null;
      /** @description BCP 47 language tag sent with the call */
      language: string | null;
      from_number: string | null;
      to_number: string | null;
      /**
       * @description The metadata sent with the call ({} when none was)
       * @example {
       *       "source": "hubspot",
       *       "recordId": "12345"
       *     }
       */
      metadata: {
        [key: string]: string | number | boolean | null;
      };
      /**
       * Format: date-time
       * @description When the call was accepted
       */
      created_at: string;
      /** @enum {string} */
      status: 'completed';
      /**
       * @description The transcript the algorithms ran on
       * @example Rep: Thanks for joining.
       */
      transcript: string;
      /** @description One entry per algorithm that succeeded */
      results: components['schemas']['WebhookAlgorithmResult'][];
      /**
       * Format: uri
       * @description A signed URL serving the call's audio (GET or HEAD, with byte ranges) until it expires (CALLSIGHT_RECORDING_URL_TTL_SECONDS after the payload was made, 7 days by default); null for transcript-only calls, or when the deployment has no CALLSIGHT_PUBLIC_URL
       * @example https://callsight.example.com/api/v1/recordings/job_01jd5f3k1q8m2x7c9v4b6n0p3r?workspace=ws_01jd5f3k1q8m2x7c9v4b6n0p3r&expires=1767225600&signature=2b4Jq0yE3lq1vB2d8sQh6X1nJ4mZ0cYf9aRkT7uWw5E
       */
      recording_url: string | null;
    };
    JobCompletedWebhook: {
      /** @enum {string} */
      type: 'job.completed';
      /**
       * Format: date-time
       * @description When this delivery was made (a redelivery has a new one)
       */
      timestamp: string;
      data: components['schemas']['JobCompletedData'];
    };
    JobFailedData: {
      /** @example ws_01jd5f3k1q8m2x7c9v4b6n0p3r */
      workspace_id: string;
      /** @example job_01jd5f3k1q8m2x7c9v4b6n0p3r */
      job_id: string;
      /** @example call_01jd5f3k1q8m2x7c9v4b6n0p3s */
      call_id: string;
      /** @example crm-4711 */
      source_call_id: string | null;
      /** @example acme */
      source_company_id: string | null;
      /** @example Discovery call with Acme */
      title: string | null;
      /**
       * @description Which title to prefer: the one sent (provided) or a generated one; null for the default flow
       * @enum {string|null}
       */
      title_source: 'provided' | 'generated' | null;
      /** Format: date-time */
      call_date: string | null;
      /**
       * @description The duration sent with the call
       * @example 42
       */
      duration_seconds: number | null;
      /**
       * @description The length of the recording as Callsight measured it: the decoded audio, or the end of the last timed segment of a supplied transcript; null when nothing was measured
       * @example 41.87
       */
      audio_duration_seconds: number | null;
      /** @enum {string|null} */
      direction: 'inbound' | 'outbound' | null;
      rep_name: string | null;
      rep_email: string | null;
      /** @description BCP 47 language tag sent with the call */
      language: string | null;
      from_number: string | null;
      to_number: string | null;
      /**
       * @description The metadata sent with the call ({} when none was)
       * @example {
       *       "source": "hubspot",
       *       "recordId": "12345"
       *     }
       */
      metadata: {
        [key: string]: string | number | boolean | null;
      };
      /**
       * Format: date-time
       * @description When the call was accepted
       */
      created_at: string;
      /** @enum {string} */
      status: 'failed';
      /**
       * @description The stage the job failed in
       * @enum {string}
       */
      failed_stage: 'queued' | 'transcribing' | 'analyzing';
      /** @example no speech was recognised in the audio */
      reason: string;
      /** Format: date-time */
      failed_at: string;
    };
    JobFailedWebhook: {
      /** @enum {string} */
      type: 'job.failed';
      /**
       * Format: date-time
       * @description When this delivery was made
       */
      timestamp: string;
      data: components['schemas']['JobFailedData'];
    };
    AlgorithmRunCompletedData: {
      /** @example ws_01jd5f3k1q8m2x7c9v4b6n0p3r */
      workspace_id: string;
      /** @example job_01jd5f3k1q8m2x7c9v4b6n0p3r */
      job_id: string;
      /** @example run_01jd5f3k1q8m2x7c9v4b6n0p3t */
      run_id: string;
      /** @example summary */
      algorithm_id: string;
      /** @example 1 */
      algorithm_version: number;
      /**
       * @description Pipeline runs arrive in job.completed
       * @enum {string}
       */
      trigger: 'on_demand';
      /** @enum {string} */
      status: 'succeeded' | 'failed' | 'skipped';
      /** @description The algorithm's result (its shape is the algorithm's own); null unless it succeeded */
      output: {
        [key: string]: unknown;
      } | null;
      /** @description Why it failed or was skipped */
      error: string | null;
      /** @example 12 */
      duration_ms: number | null;
      /** Format: date-time */
      created_at: string;
    };
    AlgorithmRunCompletedWebhook: {
      /** @enum {string} */
      type: 'algorithm_run.completed';
      /** Format: date-time */
      timestamp: string;
      data: components['schemas']['AlgorithmRunCompletedData'];
    };
    CallEventData: {
      /** @example ws_01jd5f3k1q8m2x7c9v4b6n0p3r */
      workspace_id: string;
      /** @example job_01jd5f3k1q8m2x7c9v4b6n0p3r */
      job_id: string;
      /** @example call_01jd5f3k1q8m2x7c9v4b6n0p3s */
      call_id: string;
      /** @example crm-4711 */
      source_call_id: string | null;
      /** @example acme */
      source_company_id: string | null;
      /** @example Discovery call with Acme */
      title: string | null;
      /**
       * @description Which title to prefer: the one sent (provided) or a generated one; null for the default flow
       * @enum {string|null}
       */
      title_source: 'provided' | 'generated' | null;
      /** Format: date-time */
      call_date: string | null;
      /**
       * @description The duration sent with the call
       * @example 42
       */
      duration_seconds: number | null;
      /**
       * @description The length of the recording as Callsight measured it: the decoded audio, or the end of the last timed segment of a supplied transcript; null when nothing was measured
       * @example 41.87
       */
      audio_duration_seconds: number | null;
      /** @enum {string|null} */
      direction: 'inbound' | 'outbound' | null;
      rep_name: string | null;
      rep_email: string | null;
      /** @description BCP 47 language tag sent with the call */
      language: string | null;
      from_number: string | null;
      to_number: string | null;
      /**
       * @description The metadata sent with the call ({} when none was)
       * @example {
       *       "source": "hubspot",
       *       "recordId": "12345"
       *     }
       */
      metadata: {
        [key: string]: string | number | boolean | null;
      };
      /**
       * Format: date-time
       * @description When the call was accepted
       */
      created_at: string;
      /**
       * @description The outcome algorithm's verdict; null when it did not run
       * @example appointment_booked
       */
      outcome: string | null;
      /** @description A signed, expiring Callsight URL serving the call's audio (range requests allowed); null for transcript-only calls */
      recording_url: string | null;
    };
    CallCompletedWebhook: {
      /** @enum {string} */
      type: 'call.completed';
      /** Format: date-time */
      timestamp: string;
      data: components['schemas']['CallEventData'];
    };
    WebhookAppointment: {
      /** @example booked */
      status: string | null;
      /**
       * @description ISO 8601, with the offset
       * @example 2026-11-25T14:00:00-06:00
       */
      start: string | null;
      /** @example 2026-11-25 */
      date: string | null;
      /** @example today at 2 */
      text: string | null;
    };
    AppointmentBookedData: {
      /** @example ws_01jd5f3k1q8m2x7c9v4b6n0p3r */
      workspace_id: string;
      /** @example job_01jd5f3k1q8m2x7c9v4b6n0p3r */
      job_id: string;
      /** @example call_01jd5f3k1q8m2x7c9v4b6n0p3s */
      call_id: string;
      /** @example crm-4711 */
      source_call_id: string | null;
      /** @example acme */
      source_company_id: string | null;
      /** @example Discovery call with Acme */
      title: string | null;
      /**
       * @description Which title to prefer: the one sent (provided) or a generated one; null for the default flow
       * @enum {string|null}
       */
      title_source: 'provided' | 'generated' | null;
      /** Format: date-time */
      call_date: string | null;
      /**
       * @description The duration sent with the call
       * @example 42
       */
      duration_seconds: number | null;
      /**
       * @description The length of the recording as Callsight measured it: the decoded audio, or the end of the last timed segment of a supplied transcript; null when nothing was measured
       * @example 41.87
       */
      audio_duration_seconds: number | null;
      /** @enum {string|null} */
      direction: 'inbound' | 'outbound' | null;
      rep_name: string | null;
      rep_email: string | null;
      /** @description BCP 47 language tag sent with the call */
      language: string | null;
      from_number: string | null;
      to_number: string | null;
      /**
       * @description The metadata sent with the call ({} when none was)
       * @example {
       *       "source": "hubspot",
       *       "recordId": "12345"
       *     }
       */
      metadata: {
        [key: string]: string | number | boolean | null;
      };
      /**
       * Format: date-time
       * @description When the call was accepted
       */
      created_at: string;
      /**
       * @description The outcome algorithm's verdict; null when it did not run
       * @example appointment_booked
       */
      outcome: string | null;
      /** @description A signed, expiring Callsight URL serving the call's audio (range requests allowed); null for transcript-only calls */
      recording_url: string | null;
      appointment: components['schemas']['WebhookAppointment'];
    };
    AppointmentBookedWebhook: {
      /** @enum {string} */
      type: 'appointment.booked';
      /** Format: date-time */
      timestamp: string;
      data: components['schemas']['AppointmentBookedData'];
    };
    WebhookEmergency: {
      /** @example flooding */
      category: string | null;
      /** @example high */
      severity: string | null;
      /** @description What was said that shows it */
      quote: string | null;
    };
    EmergencyDetectedData: {
      /** @example ws_01jd5f3k1q8m2x7c9v4b6n0p3r */
      workspace_id: string;
      /** @example job_01jd5f3k1q8m2x7c9v4b6n0p3r */
      job_id: string;
      /** @example call_01jd5f3k1q8m2x7c9v4b6n0p3s */
      call_id: string;
      /** @example crm-4711 */
      source_call_id: string | null;
      /** @example acme */
      source_company_id: string | null;
      /** @example Discovery call with Acme */
      title: string | null;
      /**
       * @description Which title to prefer: the one sent (provided) or a generated one; null for the default flow
       * @enum {string|null}
       */
      title_source: 'provided' | 'generated' | null;
      /** Format: date-time */
      call_date: string | null;
      /**
       * @description The duration sent with the call
       * @example 42
       */
      duration_seconds: number | null;
      /**
       * @description The length of the recording as Callsight measured it: the decoded audio, or the end of the last timed segment of a supplied transcript; null when nothing was measured
       * @example 41.87
       */
      audio_duration_seconds: number | null;
      /** @enum {string|null} */
      direction: 'inbound' | 'outbound' | null;
      rep_name: string | null;
      rep_email: string | null;
      /** @description BCP 47 language tag sent with the call */
      language: string | null;
      from_number: string | null;
      to_number: string | null;
      /**
       * @description The metadata sent with the call ({} when none was)
       * @example {
       *       "source": "hubspot",
       *       "recordId": "12345"
       *     }
       */
      metadata: {
        [key: string]: string | number | boolean | null;
      };
      /**
       * Format: date-time
       * @description When the call was accepted
       */
      created_at: string;
      /**
       * @description The outcome algorithm's verdict; null when it did not run
       * @example appointment_booked
       */
      outcome: string | null;
      /** @description A signed, expiring Callsight URL serving the call's audio (range requests allowed); null for transcript-only calls */
      recording_url: string | null;
      emergency: components['schemas']['WebhookEmergency'];
    };
    EmergencyDetectedWebhook: {
      /** @enum {string} */
      type: 'emergency.detected';
      /** Format: date-time */
      timestamp: string;
      data: components['schemas']['EmergencyDetectedData'];
    };
    CallMissedWebhook: {
      /** @enum {string} */
      type: 'call.missed';
      /** Format: date-time */
      timestamp: string;
      data: components['schemas']['CallEventData'];
    };
    EndpointDisabledData: {
      /** @example ws_01jd5f3k1q8m2x7c9v4b6n0p3r */
      workspace_id: string;
      /** @example ep_01jd5f3k1q8m2x7c9v4b6n0p3r */
      endpoint_id: string;
      /** @example https://hooks.example.com/old */
      url: string;
      /** @example the endpoint answered 410 Gone on 2026-11-25T10:00:00.000Z */
      reason: string;
      /** Format: date-time */
      disabled_at: string;
    };
    EndpointDisabledWebhook: {
      /** @enum {string} */
      type: 'endpoint.disabled';
      /** Format: date-time */
      timestamp: string;
      data: components['schemas']['EndpointDisabledData'];
    };
    KestrelCallData: {
      /** @example call_01jd5f3k1q8m2x7c9v4b6n0p3s */
      call_id: string;
      /**
       * @description The caller's number: from_number of an inbound call, to_number of an outbound one
       * @example +15125550143
       */
      phone_number: string | null;
      /**
       * @description Whole seconds
       * @example 27
       */
      duration: number | null;
      /** @example appointment_booked */
      outcome: string | null;
      transcript: string;
      /** @description A signed, expiring Callsight URL serving the call's audio (range requests allowed); null for transcript-only calls */
      recording_url: string | null;
      /** @description appointment.booked only */
      appointment?: components['schemas']['WebhookAppointment'];
      /** @description emergency.detected only */
      emergency?: components['schemas']['WebhookEmergency'];
    };
    KestrelWebhook: {
      /** @enum {string} */
      event: 'call.completed' | 'appointment.booked' | 'emergency.detected' | 'call.missed';
      /**
       * Format: date-time
       * @description Whole seconds, UTC
       * @example 2026-11-25T15:04:31Z
       */
      timestamp: string;
      data: components['schemas']['KestrelCallData'];
    };
    KridtechDynamicVariable: {
      /** @example customer_name */
      variable: string;
      /** @example Dana Whitfield */
      value: string;
    };
    KridtechCallWebhook: {
      /** @example call_01jd5f3k1q8m2x7c9v4b6n0p3s */
      callId: string;
      /** @enum {string} */
      status: 'completed';
      /** @example 27400 */
      durationMs: number | null;
      transcript: string;
      /** @description A signed, expiring Callsight URL serving the call's audio (range requests allowed); null for transcript-only calls */
      recordingUrl: string | null;
      /** @description The call's metadata as Kridtech's variables, values as strings; null when there is none */
      dynamicVariables: components['schemas']['KridtechDynamicVariable'][] | null;
    };
    /**
     * Transcription
     * @description How audio calls are turned into text
     * @example {
     *       "engine": "openai_compatible",
     *       "model": "whisper-1",
     *       "language": "en"
     *     }
     */
    TranscriptionConfigInput: {
      /**
       * @description Speech-to-text engine; null for the deployment default
       * @default null
       * @enum {unknown}
       */
      engine?: 'pocketsphinx' | 'openai_compatible' | null;
      /**
       * @description Model name for the OpenAI-compatible engine (e.g. whisper-1, Systran/faster-whisper-small)
       * @default null
       */
      model?: string | null;
      /**
       * @description Language of the calls (BCP 47, e.g. en or en-US); a call's own language wins
       * @default null
       */
      language?: string | null;
      /**
       * @description Vocabulary hint for engines that take one (names, products)
       * @default null
       */
      prompt?: string | null;
      /**
       * @description Speaker names of the left and right channel of stereo calls
       * @default [
       *       "Agent",
       *       "Customer"
       *     ]
       */
      stereo_speakers?: string[];
    };
    /**
     * Transcription
     * @description How audio calls are turned into text
     * @example {
     *       "engine": "openai_compatible",
     *       "model": "whisper-1",
     *       "language": "en"
     *     }
     */
    TranscriptionConfigSettings: {
      /**
       * @description Speech-to-text engine; null for the deployment default
       * @default null
       * @enum {unknown}
       */
      engine?: 'pocketsphinx' | 'openai_compatible' | null;
      /**
       * @description Model name for the OpenAI-compatible engine (e.g. whisper-1, Systran/faster-whisper-small)
       * @default null
       */
      model?: string | null;
      /**
       * @description Language of the calls (BCP 47, e.g. en or en-US); a call's own language wins
       * @default null
       */
      language?: string | null;
      /**
       * @description Vocabulary hint for engines that take one (names, products)
       * @default null
       */
      prompt?: string | null;
      /**
       * @description Speaker names of the left and right channel of stereo calls
       * @default [
       *       "Agent",
       *       "Customer"
       *     ]
       */
      stereo_speakers?: string[];
    };
    /**
     * Transcription
     * @description How audio calls are turned into text
     * @example {
     *       "engine": "openai_compatible",
     *       "model": "whisper-1",
     *       "language": "en",
     *       "prompt": null,
     *       "stereo_speakers": [
     *         "Agent",
     *         "Customer"
     *       ]
     *     }
     */
    TranscriptionConfigView: {
      /**
       * @description Speech-to-text engine; null for the deployment default
       * @default null
       * @enum {unknown}
       */
      engine: 'pocketsphinx' | 'openai_compatible' | null;
      /**
       * @description Model name for the OpenAI-compatible engine (e.g. whisper-1, Systran/faster-whisper-small)
       * @default null
       */
      model: string | null;
      /**
       * @description Language of the calls (BCP 47, e.g. en or en-US); a call's own language wins
       * @default null
       */
      language: string | null;
      /**
       * @description Vocabulary hint for engines that take one (names, products)
       * @default null
       */
      prompt: string | null;
      /**
       * @description Speaker names of the left and right channel of stereo calls
       * @default [
       *       "Agent",
       *       "Customer"
       *     ]
       */
      stereo_speakers: string[];
    };
    /**
     * Algorithms
     * @description Which algorithms run on new jobs, with trackers, scorecards and PII redaction
     * @example {
     *       "enabled": [
     *         "talk_ratio",
     *         "trackers",
     *         "scorecard"
     *       ],
     *       "trackers": [
     *         {
     *           "id": "cancel",
     *           "name": "Cancellation",
     *           "phrases": [
     *             "cancel my account"
     *           ],
     *           "speaker": "customer"
     *         }
     *       ],
     *       "scorecards": [
     *         {
     *           "id": "intro",
     *           "name": "Intro call",
     *           "criteria": [
     *             {
     *               "id": "no_cancel",
     *               "name": "No cancellation talk",
     *               "weight": 2,
     *               "type": "tracker",
     *               "tracker_id": "cancel",
     *               "expect": "absent"
     *             },
     *             {
     *               "id": "listens",
     *               "name": "Agent listens",
     *               "weight": 1,
     *               "type": "rule",
     *               "algorithm_id": "talk_ratio",
     *               "path": "agent.talk_share",
     *               "operator": "<=",
     *               "value": 0.6
     *             },
     *             {
     *               "id": "next_step",
     *               "name": "Next step agreed",
     *               "weight": 1,
     *               "type": "llm",
     *               "question": "Did the agent agree a next step?"
     *             }
     *           ]
     *         }
     *       ],
     *       "redaction": {
     *         "enabled": true,
     *         "entities": [
     *           "phone",
     *           "card"
     *         ]
     *       }
     *     }
     */
    AlgorithmsConfigInput: {
      /**
       * @description Algorithm ids run for new jobs; null for the catalog's defaults
       * @default null
       */
      enabled?: string[] | null;
      /** @default [] */
      trackers?: {
        /** @description Unique among the trackers */
        id: string;
        name: string;
        phrases: string[];
        /**
         * @description Whose speech counts
         * @default any
         * @enum {unknown}
         */
        speaker?: 'any' | 'agent' | 'customer';
        /**
         * @description Which third of the call counts
         * @default any
         * @enum {unknown}
         */
        part?: 'any' | 'start' | 'middle' | 'end';
        /**
         * @description A negated phrase ("I do not want to cancel") does not count
         * @default true
         */
        negation_aware?: boolean;
        /**
         * @description Inflections match too (cancel, cancels, cancelled)
         * @default true
         */
        word_forms?: boolean;
      }[];
      /** @default [] */
      scorecards?: {
        /** @description Unique among the scorecards */
        id: string;
        name: string;
        /**
         * @description Scores from this one up pass
         * @default 70
         */
        pass_score?: number;
        criteria: (
          | {
              /** @description Unique within the scorecard */
              id: string;
              name: string;
              /** @description The criterion's share of the score, relative to the other criteria */
              weight: number;
              /** @constant */
              type: 'tracker';
              /** @description A tracker of this config */
              tracker_id: string;
              /** @enum {unknown} */
              expect: 'present' | 'absent';
            }
          | {
              /** @description Unique within the scorecard */
              id: string;
              name: string;
              /** @description The criterion's share of the score, relative to the other criteria */
              weight: number;
              /** @constant */
              type: 'rule';
              algorithm_id: string;
              /** @description Dot path into the algorithm's output, e.g. agent.talk_share */
              path: string;
              /** @enum {unknown} */
              operator: '<' | '<=' | '>' | '>=' | '==' | '!=';
              value: number | string | boolean;
            }
          | {
              /** @description Unique within the scorecard */
              id: string;
              name: string;
              /** @description The criterion's share of the score, relative to the other criteria */
              weight: number;
              /** @constant */
              type: 'llm';
              question: string;
            }
        )[];
      }[];
      /**
       * @description PII removed from transcripts before anything else sees them
       * @default {
       *       "enabled": false,
       *       "entities": [
       *         "phone",
       *         "email",
       *         "card",
       *         "ssn"
       *       ]
       *     }
       */
      redaction?: {
        /** @default false */
        enabled?: boolean;
        /**
         * @default [
         *       "phone",
         *       "email",
         *       "card",
         *       "ssn"
         *     ]
         */
        entities?: ('phone' | 'email' | 'card' | 'ssn')[];
      };
    };
    /**
     * Algorithms
     * @description Which algorithms run on new jobs, with trackers, scorecards and PII redaction
     * @example {
     *       "enabled": [
     *         "talk_ratio",
     *         "trackers",
     *         "scorecard"
     *       ],
     *       "trackers": [
     *         {
     *           "id": "cancel",
     *           "name": "Cancellation",
     *           "phrases": [
     *             "cancel my account"
     *           ],
     *           "speaker": "customer"
     *         }
     *       ],
     *       "scorecards": [
     *         {
     *           "id": "intro",
     *           "name": "Intro call",
     *           "criteria": [
     *             {
     *               "id": "no_cancel",
     *               "name": "No cancellation talk",
     *               "weight": 2,
     *               "type": "tracker",
     *               "tracker_id": "cancel",
     *               "expect": "absent"
     *             },
     *             {
     *               "id": "listens",
     *               "name": "Agent listens",
     *               "weight": 1,
     *               "type": "rule",
     *               "algorithm_id": "talk_ratio",
     *               "path": "agent.talk_share",
     *               "operator": "<=",
     *               "value": 0.6
     *             },
     *             {
     *               "id": "next_step",
     *               "name": "Next step agreed",
     *               "weight": 1,
     *               "type": "llm",
     *               "question": "Did the agent agree a next step?"
     *             }
     *           ]
     *         }
     *       ],
     *       "redaction": {
     *         "enabled": true,
     *         "entities": [
     *           "phone",
     *           "card"
     *         ]
     *       }
     *     }
     */
    AlgorithmsConfigSettings: {
      /**
       * @description Algorithm ids run for new jobs; null for the catalog's defaults
       * @default null
       */
      enabled?: string[] | null;
      /** @default [] */
      trackers?: {
        /** @description Unique among the trackers */
        id: string;
        name: string;
        phrases: string[];
        /**
         * @description Whose speech counts
         * @default any
         * @enum {unknown}
         */
        speaker?: 'any' | 'agent' | 'customer';
        /**
         * @description Which third of the call counts
         * @default any
         * @enum {unknown}
         */
        part?: 'any' | 'start' | 'middle' | 'end';
        /**
         * @description A negated phrase ("I do not want to cancel") does not count
         * @default true
         */
        negation_aware?: boolean;
        /**
         * @description Inflections match too (cancel, cancels, cancelled)
         * @default true
         */
        word_forms?: boolean;
      }[];
      /** @default [] */
      scorecards?: {
        /** @description Unique among the scorecards */
        id: string;
        name: string;
        /**
         * @description Scores from this one up pass
         * @default 70
         */
        pass_score?: number;
        criteria: (
          | {
              /** @description Unique within the scorecard */
              id: string;
              name: string;
              /** @description The criterion's share of the score, relative to the other criteria */
              weight: number;
              /** @constant */
              type: 'tracker';
              /** @description A tracker of this config */
              tracker_id: string;
              /** @enum {unknown} */
              expect: 'present' | 'absent';
            }
          | {
              /** @description Unique within the scorecard */
              id: string;
              name: string;
              /** @description The criterion's share of the score, relative to the other criteria */
              weight: number;
              /** @constant */
              type: 'rule';
              algorithm_id: string;
              /** @description Dot path into the algorithm's output, e.g. agent.talk_share */
              path: string;
              /** @enum {unknown} */
              operator: '<' | '<=' | '>' | '>=' | '==' | '!=';
              value: number | string | boolean;
            }
          | {
              /** @description Unique within the scorecard */
              id: string;
              name: string;
              /** @description The criterion's share of the score, relative to the other criteria */
              weight: number;
              /** @constant */
              type: 'llm';
              question: string;
            }
        )[];
      }[];
      /**
       * @description PII removed from transcripts before anything else sees them
       * @default {
       *       "enabled": false,
       *       "entities": [
       *         "phone",
       *         "email",
       *         "card",
       *         "ssn"
       *       ]
       *     }
       */
      redaction?: {
        /** @default false */
        enabled?: boolean;
        /**
         * @default [
         *       "phone",
         *       "email",
         *       "card",
         *       "ssn"
         *     ]
         */
        entities?: ('phone' | 'email' | 'card' | 'ssn')[];
      };
    };
    /**
     * Algorithms
     * @description Which algorithms run on new jobs, with trackers, scorecards and PII redaction
     * @example {
     *       "enabled": [
     *         "talk_ratio",
     *         "trackers",
     *         "scorecard"
     *       ],
     *       "trackers": [
     *         {
     *           "id": "cancel",
     *           "name": "Cancellation",
     *           "phrases": [
     *             "cancel my account"
     *           ],
     *           "speaker": "customer",
     *           "part": "any",
     *           "negation_aware": true,
     *           "word_forms": true
     *         }
     *       ],
     *       "scorecards": [
     *         {
     *           "id": "intro",
     *           "name": "Intro call",
     *           "criteria": [
     *             {
     *               "id": "no_cancel",
     *               "name": "No cancellation talk",
     *               "weight": 2,
     *               "type": "tracker",
     *               "tracker_id": "cancel",
     *               "expect": "absent"
     *             },
     *             {
     *               "id": "listens",
     *               "name": "Agent listens",
     *               "weight": 1,
     *               "type": "rule",
     *               "algorithm_id": "talk_ratio",
     *               "path": "agent.talk_share",
     *               "operator": "<=",
     *               "value": 0.6
     *             },
     *             {
     *               "id": "next_step",
     *               "name": "Next step agreed",
     *               "weight": 1,
     *               "type": "llm",
     *               "question": "Did the agent agree a next step?"
     *             }
     *           ],
     *           "pass_score": 70
     *         }
     *       ],
     *       "redaction": {
     *         "enabled": true,
     *         "entities": [
     *           "phone",
     *           "card"
     *         ]
     *       }
     *     }
     */
    AlgorithmsConfigView: {
      /**
       * @description Algorithm ids run for new jobs; null for the catalog's defaults
       * @default null
       */
      enabled: string[] | null;
      /** @default [] */
      trackers: {
        /** @description Unique among the trackers */
        id: string;
        name: string;
        phrases: string[];
        /**
         * @description Whose speech counts
         * @default any
         * @enum {unknown}
         */
        speaker: 'any' | 'agent' | 'customer';
        /**
         * @description Which third of the call counts
         * @default any
         * @enum {unknown}
         */
        part: 'any' | 'start' | 'middle' | 'end';
        /**
         * @description A negated phrase ("I do not want to cancel") does not count
         * @default true
         */
        negation_aware: boolean;
        /**
         * @description Inflections match too (cancel, cancels, cancelled)
         * @default true
         */
        word_forms: boolean;
      }[];
      /** @default [] */
      scorecards: {
        /** @description Unique among the scorecards */
        id: string;
        name: string;
        /**
         * @description Scores from this one up pass
         * @default 70
         */
        pass_score: number;
        criteria: (
          | {
              /** @description Unique within the scorecard */
              id: string;
              name: string;
              /** @description The criterion's share of the score, relative to the other criteria */
              weight: number;
              /** @constant */
              type: 'tracker';
              /** @description A tracker of this config */
              tracker_id: string;
              /** @enum {unknown} */
              expect: 'present' | 'absent';
            }
          | {
              /** @description Unique within the scorecard */
              id: string;
              name: string;
              /** @description The criterion's share of the score, relative to the other criteria */
              weight: number;
              /** @constant */
              type: 'rule';
              algorithm_id: string;
              /** @description Dot path into the algorithm's output, e.g. agent.talk_share */
              path: string;
              /** @enum {unknown} */
              operator: '<' | '<=' | '>' | '>=' | '==' | '!=';
              value: number | string | boolean;
            }
          | {
              /** @description Unique within the scorecard */
              id: string;
              name: string;
              /** @description The criterion's share of the score, relative to the other criteria */
              weight: number;
              /** @constant */
              type: 'llm';
              question: string;
            }
        )[];
      }[];
      /**
       * @description PII removed from transcripts before anything else sees them
       * @default {
       *       "enabled": false,
       *       "entities": [
       *         "phone",
       *         "email",
       *         "card",
       *         "ssn"
       *       ]
       *     }
       */
      redaction: {
        /** @default false */
        enabled: boolean;
        /**
         * @default [
         *       "phone",
         *       "email",
         *       "card",
         *       "ssn"
         *     ]
         */
        entities: ('phone' | 'email' | 'card' | 'ssn')[];
      };
    };
    /**
     * LLM
     * @description The OpenAI-compatible chat completions endpoint that LLM algorithms and scorecard questions use
     * @example {
     *       "base_url": "http://llm.internal:8000/v1",
     *       "model": "qwen2.5-7b-instruct",
     *       "api_key": "sk-local-example"
     *     }
     */
    LlmConfigInput: {
      /**
       * Format: uri
       * @description OpenAI-compatible base URL, e.g. http://llm.internal:8000/v1; null for no LLM (LLM algorithms are skipped, saying why)
       * @default null
       */
      base_url?: string | null;
      /**
       * @description Model name sent with every request
       * @default null
       */
      model?: string | null;
      /**
       * @description Bearer token for the endpoint. Write-only: never shown (views say has_api_key); omit it to keep the current one
       * @default null
       */
      api_key?: string | null;
      /**
       * @description Requests in flight at once, per replica
       * @default 4
       */
      max_concurrency?: number;
      /**
       * @description Time allowed for one request
       * @default 30000
       */
      timeout_ms?: number;
      /**
       * @description How JSON output is asked for: auto tries json_schema, then json_object, then a prompt alone, as the server allows
       * @default auto
       * @enum {unknown}
       */
      structured_output?: 'auto' | 'json_schema' | 'json_object' | 'none';
    };
    /**
     * LLM
     * @description The OpenAI-compatible chat completions endpoint that LLM algorithms and scorecard questions use
     * @example {
     *       "base_url": "http://llm.internal:8000/v1",
     *       "model": "qwen2.5-7b-instruct",
     *       "has_api_key": true
     *     }
     */
    LlmConfigSettings: {
      /**
       * Format: uri
       * @description OpenAI-compatible base URL, e.g. http://llm.internal:8000/v1; null for no LLM (LLM algorithms are skipped, saying why)
       * @default null
       */
      base_url?: string | null;
      /**
       * @description Model name sent with every request
       * @default null
       */
      model?: string | null;
      /**
       * @description Requests in flight at once, per replica
       * @default 4
       */
      max_concurrency?: number;
      /**
       * @description Time allowed for one request
       * @default 30000
       */
      timeout_ms?: number;
      /**
       * @description How JSON output is asked for: auto tries json_schema, then json_object, then a prompt alone, as the server allows
       * @default auto
       * @enum {unknown}
       */
      structured_output?: 'auto' | 'json_schema' | 'json_object' | 'none';
      /** @description Whether api_key is set */
      readonly has_api_key: boolean;
    };
    /**
     * LLM
     * @description The OpenAI-compatible chat completions endpoint that LLM algorithms and scorecard questions use
     * @example {
     *       "base_url": "http://llm.internal:8000/v1",
     *       "model": "qwen2.5-7b-instruct",
     *       "max_concurrency": 4,
     *       "timeout_ms": 30000,
     *       "structured_output": "auto",
     *       "has_api_key": true
     *     }
     */
    LlmConfigView: {
      /**
       * Format: uri
       * @description OpenAI-compatible base URL, e.g. http://llm.internal:8000/v1; null for no LLM (LLM algorithms are skipped, saying why)
       * @default null
       */
      base_url: string | null;
      /**
       * @description Model name sent with every request
       * @default null
       */
      model: string | null;
      /**
       * @description Requests in flight at once, per replica
       * @default 4
       */
      max_concurrency: number;
      /**
       * @description Time allowed for one request
       * @default 30000
       */
      timeout_ms: number;
      /**
       * @description How JSON output is asked for: auto tries json_schema, then json_object, then a prompt alone, as the server allows
       * @default auto
       * @enum {unknown}
       */
      structured_output: 'auto' | 'json_schema' | 'json_object' | 'none';
      /** @description Whether api_key is set */
      readonly has_api_key: boolean;
    };
    /**
     * Webhooks
     * @description Where results are delivered and how they are signed (Standard Webhooks)
     * @example {
     *       "url": "https://hooks.example.com/callsight",
     *       "enabled": true
     *     }
     */
    WebhooksConfigInput: {
      /**
       * Format: uri
       * @description Where results are delivered; null removes the endpoint
       * @default null
       */
      url?: string | null;
      /**
       * @description Standard Webhooks signing secret (whsec_ + base64 of 24 to 64 bytes). Write-only: omit it to keep the current one; one is generated when an endpoint is set and none exists, and shown once.
       * @default null
       */
      secret?: string | null;
      /**
       * @description Deliveries are paused while false
       * @default true
       */
      enabled?: boolean;
    };
    /**
     * Webhooks
     * @description Where results are delivered and how they are signed (Standard Webhooks)
     * @example {
     *       "url": "https://hooks.example.com/callsight",
     *       "enabled": true,
     *       "has_secret": false
     *     }
     */
    WebhooksConfigSettings: {
      /**
       * Format: uri
       * @description Where results are delivered; null removes the endpoint
       * @default null
       */
      url?: string | null;
      /**
       * @description Deliveries are paused while false
       * @default true
       */
      enabled?: boolean;
      /** @description Whether secret is set */
      readonly has_secret: boolean;
      /** @description The signing secret; present only in the response of the change that generated or set it */
      readonly secret?: string;
    };
    /**
     * Webhooks
     * @description Where results are delivered and how they are signed (Standard Webhooks)
     * @example {
     *       "url": "https://hooks.example.com/callsight",
     *       "enabled": true,
     *       "has_secret": false
     *     }
     */
    WebhooksConfigView: {
      /**
       * Format: uri
       * @description Where results are delivered; null removes the endpoint
       * @default null
       */
      url: string | null;
      /**
       * @description Deliveries are paused while false
       * @default true
       */
      enabled: boolean;
      /** @description Whether secret is set */
      readonly has_secret: boolean;
      /** @description The signing secret; present only in the response of the change that generated or set it */
      readonly secret?: string;
    };
    /**
     * Ingestion
     * @description How submissions are accepted
     * @example {
     *       "duplicate_policy": "skip"
     *     }
     */
    IngestionConfigInput: {
      /**
       * @description What to do with a call whose source_call_id the workspace has already submitted: process it again, or skip it (the job is created as skipped, with the reason)
       * @default process
       * @enum {unknown}
       */
      duplicate_policy?: 'process' | 'skip';
    };
    /**
     * Ingestion
     * @description How submissions are accepted
     * @example {
     *       "duplicate_policy": "skip"
     *     }
     */
    IngestionConfigSettings: {
      /**
       * @description What to do with a call whose source_call_id the workspace has already submitted: process it again, or skip it (the job is created as skipped, with the reason)
       * @default process
       * @enum {unknown}
       */
      duplicate_policy?: 'process' | 'skip';
    };
    /**
     * Ingestion
     * @description How submissions are accepted
     * @example {
     *       "duplicate_policy": "skip"
     *     }
     */
    IngestionConfigView: {
      /**
       * @description What to do with a call whose source_call_id the workspace has already submitted: process it again, or skip it (the job is created as skipped, with the reason)
       * @default process
       * @enum {unknown}
       */
      duplicate_policy: 'process' | 'skip';
    };
    /**
     * Processing
     * @description Thresholds that classify calls before analysis, and the time zone whose days calls are counted on
     * @example {
     *       "missed_call_max_seconds": 8,
     *       "short_call_max_seconds": 45,
     *       "timezone": "America/Chicago"
     *     }
     */
    ProcessingConfigInput: {
      /**
       * @description Calls this short with (almost) no customer speech are missed calls
       * @default 10
       */
      missed_call_max_seconds?: number;
      /**
       * @description Calls up to this long are short calls
       * @default 30
       */
      short_call_max_seconds?: number;
      /**
       * Format: iana-time-zone
       * @description The workspace's IANA time zone. A call is counted in the statistics on its day in the zone set when it was accepted (a change applies to calls accepted after it; the stats routes' `tz` answers any zone), and the appointment algorithm reads spoken times in it unless its own `timezone` variable is set
       * @default UTC
       * @example America/New_York
       * @example Europe/Berlin
       */
      timezone?: string;
    };
    /**
     * Processing
     * @description Thresholds that classify calls before analysis, and the time zone whose days calls are counted on
     * @example {
     *       "missed_call_max_seconds": 8,
     *       "short_call_max_seconds": 45,
     *       "timezone": "America/Chicago"
     *     }
     */
    ProcessingConfigSettings: {
      /**
       * @description Calls this short with (almost) no customer speech are missed calls
       * @default 10
       */
      missed_call_max_seconds?: number;
      /**
       * @description Calls up to this long are short calls
       * @default 30
       */
      short_call_max_seconds?: number;
      /**
       * Format: iana-time-zone
       * @description The workspace's IANA time zone. A call is counted in the statistics on its day in the zone set when it was accepted (a change applies to calls accepted after it; the stats routes' `tz` answers any zone), and the appointment algorithm reads spoken times in it unless its own `timezone` variable is set
       * @default UTC
       * @example America/New_York
       * @example Europe/Berlin
       */
      timezone?: string;
    };
    /**
     * Processing
     * @description Thresholds that classify calls before analysis, and the time zone whose days calls are counted on
     * @example {
     *       "missed_call_max_seconds": 8,
     *       "short_call_max_seconds": 45,
     *       "timezone": "America/Chicago"
     *     }
     */
    ProcessingConfigView: {
      /**
       * @description Calls this short with (almost) no customer speech are missed calls
       * @default 10
       */
      missed_call_max_seconds: number;
      /**
       * @description Calls up to this long are short calls
       * @default 30
       */
      short_call_max_seconds: number;
      /**
       * Format: iana-time-zone
       * @description The workspace's IANA time zone. A call is counted in the statistics on its day in the zone set when it was accepted (a change applies to calls accepted after it; the stats routes' `tz` answers any zone), and the appointment algorithm reads spoken times in it unless its own `timezone` variable is set
       * @default UTC
       * @example America/New_York
       * @example Europe/Berlin
       */
      timezone: string;
    };
    /**
     * Webhooks
     * @description Where results are delivered and how they are signed (Standard Webhooks)
     * @example {
     *       "url": "https://hooks.example.com/callsight",
     *       "enabled": true
     *     }
     */
    WebhooksConfigPatch: {
      /**
       * Format: uri
       * @description Where results are delivered; null removes the endpoint
       * @default null
       */
      url?: string | null;
      /**
       * @description Standard Webhooks signing secret (whsec_ + base64 of 24 to 64 bytes). Write-only: omit it to keep the current one; one is generated when an endpoint is set and none exists, and shown once.
       * @default null
       */
      secret?: string | null;
      /**
       * @description Deliveries are paused while false
       * @default true
       */
      enabled?: boolean;
      /** @description Replace the signing secret with a newly generated one */
      rotate_secret?: boolean;
    };
    /**
     * Workspace configuration
     * @description A whole configuration: a section or field left out takes its default; a secret left out is kept
     */
    WorkspaceConfigReplace: {
      transcription?: components['schemas']['TranscriptionConfigInput'];
      algorithms?: components['schemas']['AlgorithmsConfigInput'];
      llm?: components['schemas']['LlmConfigInput'];
      webhooks?: components['schemas']['WebhooksConfigInput'];
      ingestion?: components['schemas']['IngestionConfigInput'];
      processing?: components['schemas']['ProcessingConfigInput'];
    };
    /**
     * Workspace configuration as set
     * @description What the workspace set, per section (defaults fill the rest); secrets hidden
     */
    WorkspaceConfigView: {
      /** @example ws_01jd5f3k1q8m2x7c9v4b6n0p3r */
      workspace_id: string;
      /** @description Grows by one with every change; 0 before the first */
      version: number;
      /**
       * Format: date-time
       * @description When this version was made
       */
      updated_at: string | null;
      transcription: components['schemas']['TranscriptionConfigSettings'];
      algorithms: components['schemas']['AlgorithmsConfigSettings'];
      llm: components['schemas']['LlmConfigSettings'];
      webhooks: components['schemas']['WebhooksConfigSettings'];
      ingestion: components['schemas']['IngestionConfigSettings'];
      processing: components['schemas']['ProcessingConfigSettings'];
    };
    /**
     * Resolved workspace configuration
     * @description Every field, defaults merged with what the workspace set; secrets hidden
     */
    ResolvedWorkspaceConfigView: {
      /** @example ws_01jd5f3k1q8m2x7c9v4b6n0p3r */
      workspace_id: string;
      /** @description Grows by one with every change; 0 before the first */
      version: number;
      /**
       * Format: date-time
       * @description When this version was made
       */
      updated_at: string | null;
      transcription: components['schemas']['TranscriptionConfigView'];
      algorithms: components['schemas']['AlgorithmsConfigView'];
      llm: components['schemas']['LlmConfigView'];
      webhooks: components['schemas']['WebhooksConfigView'];
      ingestion: components['schemas']['IngestionConfigView'];
      processing: components['schemas']['ProcessingConfigView'];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  whoAmI: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WhoAmI'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  submitAudioUrl: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried request safe: the first response is returned again and nothing new is created. Reusing a key with a different body is a 422. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitAudioUrlRequest'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubmissionAccepted'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is larger than this route accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available. When ingestion did not confirm the submission in time, job_id and call_id name what it may still be accepted as: look the job up before submitting again, or retry with the same Idempotency-Key */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['SubmissionUnavailableView'];
        };
      };
    };
  };
  uploadAudioFile: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried request safe: the first response is returned again and nothing new is created. Reusing a key with a different body is a 422. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['UploadAudioFields'] & {
          /** Format: binary */
          file: string;
        };
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubmissionAccepted'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is larger than this route accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available. When ingestion did not confirm the submission in time, job_id and call_id name what it may still be accepted as: look the job up before submitting again, or retry with the same Idempotency-Key */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['SubmissionUnavailableView'];
        };
      };
    };
  };
  submitTranscript: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retried request safe: the first response is returned again and nothing new is created. Reusing a key with a different body is a 422. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitTranscriptRequest'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubmissionAccepted'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is larger than this route accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available. When ingestion did not confirm the submission in time, job_id and call_id name what it may still be accepted as: look the job up before submitting again, or retry with the same Idempotency-Key */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['SubmissionUnavailableView'];
        };
      };
    };
  };
  listJobs: {
    parameters: {
      query?: {
        /** @description Only jobs in these statuses (comma-separated) */
        status?: string;
        /** @description Jobs submitted at or after this time */
        created_from?: string;
        /** @description Jobs submitted before this time */
        created_to?: string;
        source_call_id?: string;
        /** @description The company / organization id the calls came with */
        source_company_id?: string;
        limit?: number;
        /** @description The next_cursor of the previous page */
        cursor?: string;
        sort?: 'created_at' | '-created_at';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobPage'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  lookupJob: {
    parameters: {
      query: {
        source_call_id: string;
        source_company_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobView'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  retryJobBySource: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RetryBySourceRequest'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobView'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The request conflicts with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is larger than this route accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  getJob: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        job_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobView'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  getJobLogs: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        job_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobLogs'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  listJobRuns: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        job_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlgorithmRuns'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  getJobTranscript: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        job_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TranscriptView'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The request conflicts with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  listJobDeliveries: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        job_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDeliveryList'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  retryJob: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        job_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RetryJobRequest'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobView'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The request conflicts with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is larger than this route accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  setJobStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        job_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetJobStatusRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobView'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The request conflicts with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is larger than this route accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  runJobAlgorithms: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        job_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RunAlgorithmsRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlgorithmRuns'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The request conflicts with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is larger than this route accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  listAlgorithms: {
    parameters: {
      query?: {
        kind?: 'rule' | 'llm' | 'aggregate';
        /** @description Only deprecated (true) or only active (false) algorithms */
        deprecated?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlgorithmList'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  getAlgorithm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlgorithmView'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  getAlgorithmVariables: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlgorithmVariablesView'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  updateAlgorithmVariables: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PatchAlgorithmVariablesRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlgorithmVariablesView'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  copyAlgorithm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CopyAlgorithmRequest'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlgorithmView'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The request conflicts with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  deprecateAlgorithm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlgorithmView'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  restoreAlgorithm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlgorithmView'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  getAlgorithmRun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlgorithmRunView'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  submitRunFeedback: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FeedbackRequest'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FeedbackView'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The request conflicts with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  redeliverRunWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookRedelivery'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The request conflicts with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  listFeedback: {
    parameters: {
      query?: {
        algorithm_id?: string;
        verdict?: 'correct' | 'incorrect';
        job_id?: string;
        /** @description Feedback given at or after this time */
        from?: string;
        /** @description Feedback given before this time */
        to?: string;
        limit?: number;
        /** @description The next_cursor of the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FeedbackPage'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  exportFeedback: {
    parameters: {
      query?: {
        algorithm_id?: string;
        verdict?: 'correct' | 'incorrect';
        job_id?: string;
        /** @description Feedback given at or after this time */
        from?: string;
        /** @description Feedback given before this time */
        to?: string;
        format?: 'csv' | 'ndjson';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The feedback, one row or line per item */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example feedback_id,run_id,job_id,algorithm_id,algorithm_version,verdict,label,corrected_value,comment,created_at
           *     fb_01jd5f3k1q8m2x7c9v4b6n0p3r,run_01jd5f3k1q8m2x7c9v4b6n0p3r,job_01jd5f3k1q8m2x7c9v4b6n0p3r,outcome,1,incorrect,follow_up_needed,"{""outcome"":""follow_up_needed""}",'=not a formula,2026-11-25T10:00:00.000Z
           */
          'text/csv': string;
          /** @example {"feedback_id":"fb_01jd5f3k1q8m2x7c9v4b6n0p3r","run_id":"run_01jd5f3k1q8m2x7c9v4b6n0p3r","verdict":"correct"} */
          'application/x-ndjson': string;
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  getAlgorithmFeedbackStats: {
    parameters: {
      query?: {
        /** @description The buckets of accuracy over time (UTC) */
        interval?: 'day' | 'week';
        /** @description Feedback given at or after this time */
        from?: string;
        /** @description Feedback given before this time */
        to?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FeedbackStats'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  getWorkspaceConfig: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspace_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkspaceConfigView'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  replaceWorkspaceConfig: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspace_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WorkspaceConfigReplace'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkspaceConfigView'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is larger than this route accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  getResolvedWorkspaceConfig: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspace_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResolvedWorkspaceConfigView'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  updateWebhookConfig: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspace_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WebhooksConfigPatch'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhooksConfigView'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is larger than this route accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  updateIngestionConfig: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspace_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IngestionConfigInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IngestionConfigView'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is larger than this route accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  updateTranscriptionConfig: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspace_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TranscriptionConfigInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TranscriptionConfigView'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is larger than this route accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  updateAlgorithmsConfig: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspace_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AlgorithmsConfigInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlgorithmsConfigView'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is larger than this route accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  updateLlmConfig: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspace_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LlmConfigInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LlmConfigView'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is larger than this route accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  updateProcessingConfig: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        workspace_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProcessingConfigInput'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProcessingConfigView'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is larger than this route accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  getConfigSchema: {
    parameters: {
      query?: never;
      header?: {
        /** @description An ETag from an earlier answer */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A JSON Schema (draft 2020-12), with a strong ETag */
      200: {
        headers: {
          /** @description Changes exactly when the schema does */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/schema+json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description The schema has not changed since the ETag given */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  getConfigSectionSchema: {
    parameters: {
      query?: never;
      header?: {
        /** @description An ETag from an earlier answer */
        'If-None-Match'?: string;
      };
      path: {
        section: 'transcription' | 'algorithms' | 'llm' | 'webhooks' | 'ingestion' | 'processing';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A JSON Schema (draft 2020-12), with a strong ETag */
      200: {
        headers: {
          /** @description Changes exactly when the schema does */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/schema+json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description The schema has not changed since the ETag given */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  getStats: {
    parameters: {
      query?: {
        /** @description First day counted, inclusive, in `tz` */
        from?: string;
        /** @description Last day counted, inclusive, in `tz` */
        to?: string;
        /** @description The IANA time zone whose days are counted. Default: the workspace's own, the zone its calls are counted in (UTC unless configured). */
        tz?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatsSummary'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  getDailyStats: {
    parameters: {
      query?: {
        /** @description First day counted, inclusive, in `tz` */
        from?: string;
        /** @description Last day counted, inclusive, in `tz` */
        to?: string;
        /** @description The IANA time zone whose days are counted. Default: the workspace's own, the zone its calls are counted in (UTC unless configured). */
        tz?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatsDaily'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  getDurationDistribution: {
    parameters: {
      query?: {
        /** @description First day counted, inclusive, in `tz` */
        from?: string;
        /** @description Last day counted, inclusive, in `tz` */
        to?: string;
        /** @description The IANA time zone whose days are counted. Default: the workspace's own, the zone its calls are counted in (UTC unless configured). */
        tz?: string;
        /** @description Where buckets start, in seconds, comma-separated; the first bucket starts at 0 and the last has no end. bucket edges are whole seconds in increasing order: multiples of 5 up to 600, of 30 up to 3600, of 300 up to 14400. */
        buckets?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatsDurationDistribution'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  getStatsByOrganization: {
    parameters: {
      query?: {
        /** @description First day counted, inclusive, in `tz` */
        from?: string;
        /** @description Last day counted, inclusive, in `tz` */
        to?: string;
        /** @description The IANA time zone whose days are counted. Default: the workspace's own, the zone its calls are counted in (UTC unless configured). */
        tz?: string;
        /** @description How many organizations to return, busiest first */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatsByOrganization'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  getStatsTrends: {
    parameters: {
      query?: {
        /** @description First day counted, inclusive, in `tz` */
        from?: string;
        /** @description Last day counted, inclusive, in `tz` */
        to?: string;
        /** @description The IANA time zone whose days are counted. Default: the workspace's own, the zone its calls are counted in (UTC unless configured). */
        tz?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatsTrends'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  getSystemHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthReport'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  ingestKendoCall: {
    parameters: {
      query?: {
        /** @description The API key, for platforms that cannot send headers */
        apiKey?: unknown;
      };
      header?: {
        /** @description Makes a retried request safe: the first response is returned again and nothing new is created. Reusing a key with a different body is a 422. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['KendoIngestRequest'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KendoIngestResponse'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is larger than this route accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available. When ingestion did not confirm the submission in time, job_id and call_id name what it may still be accepted as: look the job up before submitting again, or retry with the same Idempotency-Key */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['SubmissionUnavailableView'];
        };
      };
    };
  };
  listKestrelCalls: {
    parameters: {
      query?: {
        /** @description Number of results */
        limit?: number;
        /** @description Pagination offset */
        offset?: number;
        /** @description Filter by status */
        status?: 'completed' | 'in-progress' | 'missed';
        /** @description ISO 8601 date or date-time (e.g. 2024-01-01): calls created at or after it */
        from_date?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Requests this key may make in any 60 s here */
          'RateLimit-Limit': number;
          /** @description Requests that would be admitted now */
          'RateLimit-Remaining': number;
          /** @description Seconds until the whole limit is available again */
          'RateLimit-Reset': number;
          /** @description The limit, its window and its bucket, e.g. `100;w=60;name="kestrel"` */
          'RateLimit-Policy': string;
          /** @description As RateLimit-Limit */
          'X-RateLimit-Limit': number;
          /** @description As RateLimit-Remaining */
          'X-RateLimit-Remaining': number;
          /** @description Unix time, in seconds, when the whole limit is available again */
          'X-RateLimit-Reset': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KestrelCallList'];
        };
      };
      /** @description Bad Request - Invalid parameters */
      400: {
        headers: {
          /** @description Requests this key may make in any 60 s here */
          'RateLimit-Limit'?: number;
          /** @description Requests that would be admitted now */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the whole limit is available again */
          'RateLimit-Reset'?: number;
          /** @description The limit, its window and its bucket, e.g. `100;w=60;name="kestrel"` */
          'RateLimit-Policy'?: string;
          /** @description As RateLimit-Limit */
          'X-RateLimit-Limit'?: number;
          /** @description As RateLimit-Remaining */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix time, in seconds, when the whole limit is available again */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KestrelError'];
        };
      };
      /** @description Unauthorized - Invalid API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KestrelError'];
        };
      };
      /** @description Forbidden - Insufficient permissions */
      403: {
        headers: {
          /** @description Requests this key may make in any 60 s here */
          'RateLimit-Limit'?: number;
          /** @description Requests that would be admitted now */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the whole limit is available again */
          'RateLimit-Reset'?: number;
          /** @description The limit, its window and its bucket, e.g. `100;w=60;name="kestrel"` */
          'RateLimit-Policy'?: string;
          /** @description As RateLimit-Limit */
          'X-RateLimit-Limit'?: number;
          /** @description As RateLimit-Remaining */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix time, in seconds, when the whole limit is available again */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KestrelError'];
        };
      };
      /** @description Too Many Requests - Rate limit exceeded (requests a minute by the key's plan: personal 100, business 500, business_plus 1000) */
      429: {
        headers: {
          /** @description Requests this key may make in any 60 s here */
          'RateLimit-Limit': number;
          /** @description Requests that would be admitted now */
          'RateLimit-Remaining': number;
          /** @description Seconds until the whole limit is available again */
          'RateLimit-Reset': number;
          /** @description The limit, its window and its bucket, e.g. `100;w=60;name="kestrel"` */
          'RateLimit-Policy': string;
          /** @description As RateLimit-Limit */
          'X-RateLimit-Limit': number;
          /** @description As RateLimit-Remaining */
          'X-RateLimit-Remaining': number;
          /** @description Unix time, in seconds, when the whole limit is available again */
          'X-RateLimit-Reset': number;
          /** @description Seconds until a request will be admitted */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KestrelError'];
        };
      };
      /** @description A service needed for this request is not available; retry after Retry-After */
      503: {
        headers: {
          /** @description Requests this key may make in any 60 s here */
          'RateLimit-Limit'?: number;
          /** @description Requests that would be admitted now */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the whole limit is available again */
          'RateLimit-Reset'?: number;
          /** @description The limit, its window and its bucket, e.g. `100;w=60;name="kestrel"` */
          'RateLimit-Policy'?: string;
          /** @description As RateLimit-Limit */
          'X-RateLimit-Limit'?: number;
          /** @description As RateLimit-Remaining */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix time, in seconds, when the whole limit is available again */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KestrelError'];
        };
      };
    };
  };
  getKestrelCall: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Requests this key may make in any 60 s here */
          'RateLimit-Limit': number;
          /** @description Requests that would be admitted now */
          'RateLimit-Remaining': number;
          /** @description Seconds until the whole limit is available again */
          'RateLimit-Reset': number;
          /** @description The limit, its window and its bucket, e.g. `100;w=60;name="kestrel"` */
          'RateLimit-Policy': string;
          /** @description As RateLimit-Limit */
          'X-RateLimit-Limit': number;
          /** @description As RateLimit-Remaining */
          'X-RateLimit-Remaining': number;
          /** @description Unix time, in seconds, when the whole limit is available again */
          'X-RateLimit-Reset': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KestrelCall'];
        };
      };
      /** @description Bad Request - Invalid parameters */
      400: {
        headers: {
          /** @description Requests this key may make in any 60 s here */
          'RateLimit-Limit'?: number;
          /** @description Requests that would be admitted now */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the whole limit is available again */
          'RateLimit-Reset'?: number;
          /** @description The limit, its window and its bucket, e.g. `100;w=60;name="kestrel"` */
          'RateLimit-Policy'?: string;
          /** @description As RateLimit-Limit */
          'X-RateLimit-Limit'?: number;
          /** @description As RateLimit-Remaining */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix time, in seconds, when the whole limit is available again */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KestrelError'];
        };
      };
      /** @description Unauthorized - Invalid API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KestrelError'];
        };
      };
      /** @description Forbidden - Insufficient permissions */
      403: {
        headers: {
          /** @description Requests this key may make in any 60 s here */
          'RateLimit-Limit'?: number;
          /** @description Requests that would be admitted now */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the whole limit is available again */
          'RateLimit-Reset'?: number;
          /** @description The limit, its window and its bucket, e.g. `100;w=60;name="kestrel"` */
          'RateLimit-Policy'?: string;
          /** @description As RateLimit-Limit */
          'X-RateLimit-Limit'?: number;
          /** @description As RateLimit-Remaining */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix time, in seconds, when the whole limit is available again */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KestrelError'];
        };
      };
      /** @description Not Found - Resource does not exist */
      404: {
        headers: {
          /** @description Requests this key may make in any 60 s here */
          'RateLimit-Limit'?: number;
          /** @description Requests that would be admitted now */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the whole limit is available again */
          'RateLimit-Reset'?: number;
          /** @description The limit, its window and its bucket, e.g. `100;w=60;name="kestrel"` */
          'RateLimit-Policy'?: string;
          /** @description As RateLimit-Limit */
          'X-RateLimit-Limit'?: number;
          /** @description As RateLimit-Remaining */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix time, in seconds, when the whole limit is available again */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KestrelError'];
        };
      };
      /** @description Too Many Requests - Rate limit exceeded (requests a minute by the key's plan: personal 100, business 500, business_plus 1000) */
      429: {
        headers: {
          /** @description Requests this key may make in any 60 s here */
          'RateLimit-Limit': number;
          /** @description Requests that would be admitted now */
          'RateLimit-Remaining': number;
          /** @description Seconds until the whole limit is available again */
          'RateLimit-Reset': number;
          /** @description The limit, its window and its bucket, e.g. `100;w=60;name="kestrel"` */
          'RateLimit-Policy': string;
          /** @description As RateLimit-Limit */
          'X-RateLimit-Limit': number;
          /** @description As RateLimit-Remaining */
          'X-RateLimit-Remaining': number;
          /** @description Unix time, in seconds, when the whole limit is available again */
          'X-RateLimit-Reset': number;
          /** @description Seconds until a request will be admitted */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KestrelError'];
        };
      };
      /** @description A service needed for this request is not available; retry after Retry-After */
      503: {
        headers: {
          /** @description Requests this key may make in any 60 s here */
          'RateLimit-Limit'?: number;
          /** @description Requests that would be admitted now */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the whole limit is available again */
          'RateLimit-Reset'?: number;
          /** @description The limit, its window and its bucket, e.g. `100;w=60;name="kestrel"` */
          'RateLimit-Policy'?: string;
          /** @description As RateLimit-Limit */
          'X-RateLimit-Limit'?: number;
          /** @description As RateLimit-Remaining */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix time, in seconds, when the whole limit is available again */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KestrelError'];
        };
      };
    };
  };
  listKestrelAppointments: {
    parameters: {
      query?: {
        /** @description Number of results */
        limit?: number;
        /** @description Pagination offset */
        offset?: number;
        /** @description scheduled: booked (or rescheduled) and not yet passed; completed: booked and its time has passed; cancelled: cancelled on the call */
        status?: 'scheduled' | 'completed' | 'cancelled';
        /** @description Filter appointments from this date: a date (2024-01-01) is compared with the appointment's day in its own timezone; a date-time (2024-01-01T09:00:00Z, UTC without an offset) with its start, and then appointments without a time of day do not match. Inclusive. */
        from_date?: string;
        /** @description Filter appointments until this date, inclusive (a date includes the whole day); read as from_date. */
        to_date?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Requests this key may make in any 60 s here */
          'RateLimit-Limit': number;
          /** @description Requests that would be admitted now */
          'RateLimit-Remaining': number;
          /** @description Seconds until the whole limit is available again */
          'RateLimit-Reset': number;
          /** @description The limit, its window and its bucket, e.g. `100;w=60;name="kestrel"` */
          'RateLimit-Policy': string;
          /** @description As RateLimit-Limit */
          'X-RateLimit-Limit': number;
          /** @description As RateLimit-Remaining */
          'X-RateLimit-Remaining': number;
          /** @description Unix time, in seconds, when the whole limit is available again */
          'X-RateLimit-Reset': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KestrelAppointmentList'];
        };
      };
      /** @description Bad Request - Invalid parameters */
      400: {
        headers: {
          /** @description Requests this key may make in any 60 s here */
          'RateLimit-Limit'?: number;
          /** @description Requests that would be admitted now */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the whole limit is available again */
          'RateLimit-Reset'?: number;
          /** @description The limit, its window and its bucket, e.g. `100;w=60;name="kestrel"` */
          'RateLimit-Policy'?: string;
          /** @description As RateLimit-Limit */
          'X-RateLimit-Limit'?: number;
          /** @description As RateLimit-Remaining */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix time, in seconds, when the whole limit is available again */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KestrelError'];
        };
      };
      /** @description Unauthorized - Invalid API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KestrelError'];
        };
      };
      /** @description Forbidden - Insufficient permissions */
      403: {
        headers: {
          /** @description Requests this key may make in any 60 s here */
          'RateLimit-Limit'?: number;
          /** @description Requests that would be admitted now */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the whole limit is available again */
          'RateLimit-Reset'?: number;
          /** @description The limit, its window and its bucket, e.g. `100;w=60;name="kestrel"` */
          'RateLimit-Policy'?: string;
          /** @description As RateLimit-Limit */
          'X-RateLimit-Limit'?: number;
          /** @description As RateLimit-Remaining */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix time, in seconds, when the whole limit is available again */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KestrelError'];
        };
      };
      /** @description Too Many Requests - Rate limit exceeded (requests a minute by the key's plan: personal 100, business 500, business_plus 1000) */
      429: {
        headers: {
          /** @description Requests this key may make in any 60 s here */
          'RateLimit-Limit': number;
          /** @description Requests that would be admitted now */
          'RateLimit-Remaining': number;
          /** @description Seconds until the whole limit is available again */
          'RateLimit-Reset': number;
          /** @description The limit, its window and its bucket, e.g. `100;w=60;name="kestrel"` */
          'RateLimit-Policy': string;
          /** @description As RateLimit-Limit */
          'X-RateLimit-Limit': number;
          /** @description As RateLimit-Remaining */
          'X-RateLimit-Remaining': number;
          /** @description Unix time, in seconds, when the whole limit is available again */
          'X-RateLimit-Reset': number;
          /** @description Seconds until a request will be admitted */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KestrelError'];
        };
      };
      /** @description A service needed for this request is not available; retry after Retry-After */
      503: {
        headers: {
          /** @description Requests this key may make in any 60 s here */
          'RateLimit-Limit'?: number;
          /** @description Requests that would be admitted now */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the whole limit is available again */
          'RateLimit-Reset'?: number;
          /** @description The limit, its window and its bucket, e.g. `100;w=60;name="kestrel"` */
          'RateLimit-Policy'?: string;
          /** @description As RateLimit-Limit */
          'X-RateLimit-Limit'?: number;
          /** @description As RateLimit-Remaining */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix time, in seconds, when the whole limit is available again */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KestrelError'];
        };
      };
    };
  };
  getKestrelAnalytics: {
    parameters: {
      query?: {
        /** @description First day of the period, inclusive, in `timezone` (ISO 8601 date). Default: 30 days ending on to_date. A period holds at most 366 days. */
        from_date?: string;
        /** @description Last day of the period, inclusive, in `timezone` (ISO 8601 date). Default: today. */
        to_date?: string;
        /** @description The IANA time zone whose days are counted. Default: the workspace's own, the zone its calls are counted in (UTC unless configured). */
        timezone?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Requests this key may make in any 60 s here */
          'RateLimit-Limit': number;
          /** @description Requests that would be admitted now */
          'RateLimit-Remaining': number;
          /** @description Seconds until the whole limit is available again */
          'RateLimit-Reset': number;
          /** @description The limit, its window and its bucket, e.g. `100;w=60;name="kestrel"` */
          'RateLimit-Policy': string;
          /** @description As RateLimit-Limit */
          'X-RateLimit-Limit': number;
          /** @description As RateLimit-Remaining */
          'X-RateLimit-Remaining': number;
          /** @description Unix time, in seconds, when the whole limit is available again */
          'X-RateLimit-Reset': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KestrelAnalytics'];
        };
      };
      /** @description Bad Request - Invalid parameters */
      400: {
        headers: {
          /** @description Requests this key may make in any 60 s here */
          'RateLimit-Limit'?: number;
          /** @description Requests that would be admitted now */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the whole limit is available again */
          'RateLimit-Reset'?: number;
          /** @description The limit, its window and its bucket, e.g. `100;w=60;name="kestrel"` */
          'RateLimit-Policy'?: string;
          /** @description As RateLimit-Limit */
          'X-RateLimit-Limit'?: number;
          /** @description As RateLimit-Remaining */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix time, in seconds, when the whole limit is available again */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KestrelError'];
        };
      };
      /** @description Unauthorized - Invalid API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KestrelError'];
        };
      };
      /** @description Forbidden - Insufficient permissions */
      403: {
        headers: {
          /** @description Requests this key may make in any 60 s here */
          'RateLimit-Limit'?: number;
          /** @description Requests that would be admitted now */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the whole limit is available again */
          'RateLimit-Reset'?: number;
          /** @description The limit, its window and its bucket, e.g. `100;w=60;name="kestrel"` */
          'RateLimit-Policy'?: string;
          /** @description As RateLimit-Limit */
          'X-RateLimit-Limit'?: number;
          /** @description As RateLimit-Remaining */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix time, in seconds, when the whole limit is available again */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KestrelError'];
        };
      };
      /** @description Too Many Requests - Rate limit exceeded (requests a minute by the key's plan: personal 100, business 500, business_plus 1000) */
      429: {
        headers: {
          /** @description Requests this key may make in any 60 s here */
          'RateLimit-Limit': number;
          /** @description Requests that would be admitted now */
          'RateLimit-Remaining': number;
          /** @description Seconds until the whole limit is available again */
          'RateLimit-Reset': number;
          /** @description The limit, its window and its bucket, e.g. `100;w=60;name="kestrel"` */
          'RateLimit-Policy': string;
          /** @description As RateLimit-Limit */
          'X-RateLimit-Limit': number;
          /** @description As RateLimit-Remaining */
          'X-RateLimit-Remaining': number;
          /** @description Unix time, in seconds, when the whole limit is available again */
          'X-RateLimit-Reset': number;
          /** @description Seconds until a request will be admitted */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KestrelError'];
        };
      };
      /** @description A service needed for this request is not available; retry after Retry-After */
      503: {
        headers: {
          /** @description Requests this key may make in any 60 s here */
          'RateLimit-Limit'?: number;
          /** @description Requests that would be admitted now */
          'RateLimit-Remaining'?: number;
          /** @description Seconds until the whole limit is available again */
          'RateLimit-Reset'?: number;
          /** @description The limit, its window and its bucket, e.g. `100;w=60;name="kestrel"` */
          'RateLimit-Policy'?: string;
          /** @description As RateLimit-Limit */
          'X-RateLimit-Limit'?: number;
          /** @description As RateLimit-Remaining */
          'X-RateLimit-Remaining'?: number;
          /** @description Unix time, in seconds, when the whole limit is available again */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KestrelError'];
        };
      };
    };
  };
  listKridtechCalls: {
    parameters: {
      query?: {
        /** @description Filter calls by status */
        status?: 'completed' | 'ongoing' | 'failed';
        /** @description Maximum number of calls to return */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KridtechCallList'];
        };
      };
      /** @description Invalid parameters */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KridtechError'];
        };
      };
      /** @description Invalid API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KridtechError'];
        };
      };
      /** @description The API key may not read calls */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KridtechError'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KridtechError'];
        };
      };
      /** @description A service needed for this request is not available; retry after Retry-After */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KridtechError'];
        };
      };
    };
  };
  listWebhookEndpoints: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpointList'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  createWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateWebhookEndpointRequest'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpointCreated'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The request conflicts with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is larger than this route accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  getWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpointView'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  deleteWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  updateWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateWebhookEndpointRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpointView'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The request conflicts with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is larger than this route accepts */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  rotateWebhookEndpointSecret: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookSecretRotated'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The request conflicts with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  listWebhookEndpointAttempts: {
    parameters: {
      query?: {
        limit?: number;
        /** @description The next_cursor of the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EndpointAttemptPage'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  recoverWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecoverEndpointInput'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EndpointRecovery'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  getWebhookEndpointSecret: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEndpointSecret'];
        };
      };
      /** @description The request is malformed or fails validation */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No valid API key was presented */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The API key may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description No such resource in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The request conflicts with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  getRecording: {
    parameters: {
      query: {
        /** @description The workspace the job belongs to */
        workspace: unknown;
        /** @description When the URL stops working, in Unix seconds */
        expires: unknown;
        /** @description Callsight's signature of the job, workspace and expiry */
        signature: unknown;
      };
      header?: {
        /** @description One byte range, e.g. `bytes=0-1023` */
        Range?: string;
        /** @description An ETag from an earlier answer */
        'If-None-Match'?: string;
      };
      path: {
        job_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The whole recording */
      200: {
        headers: {
          /** @description Always `bytes`: a single byte range may be asked for */
          'Accept-Ranges'?: string;
          /** @description The bytes in this answer */
          'Content-Length'?: number;
          /** @description The quoted SHA-256 of the recording's bytes */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'audio/*': string;
        };
      };
      /** @description The byte range asked for */
      206: {
        headers: {
          /** @description Always `bytes`: a single byte range may be asked for */
          'Accept-Ranges'?: string;
          /** @description The bytes in this answer */
          'Content-Length'?: number;
          /** @description The quoted SHA-256 of the recording's bytes */
          ETag?: string;
          /** @description `bytes first-last/size` */
          'Content-Range'?: string;
          [name: string]: unknown;
        };
        content: {
          'audio/*': string;
        };
      };
      /** @description The recording has not changed since the ETag given */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The URL is not signed by this deployment, was altered, or has expired */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The job has no recording (a transcript-only call) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The range starts past the end of the recording (Content-Range says its size) */
      416: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  headRecording: {
    parameters: {
      query: {
        /** @description The workspace the job belongs to */
        workspace: unknown;
        /** @description When the URL stops working, in Unix seconds */
        expires: unknown;
        /** @description Callsight's signature of the job, workspace and expiry */
        signature: unknown;
      };
      header?: {
        /** @description One byte range, e.g. `bytes=0-1023` */
        Range?: string;
        /** @description An ETag from an earlier answer */
        'If-None-Match'?: string;
      };
      path: {
        job_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The whole recording */
      200: {
        headers: {
          /** @description Always `bytes`: a single byte range may be asked for */
          'Accept-Ranges'?: string;
          /** @description The bytes in this answer */
          'Content-Length'?: number;
          /** @description The quoted SHA-256 of the recording's bytes */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'audio/*': string;
        };
      };
      /** @description The byte range asked for */
      206: {
        headers: {
          /** @description Always `bytes`: a single byte range may be asked for */
          'Accept-Ranges'?: string;
          /** @description The bytes in this answer */
          'Content-Length'?: number;
          /** @description The quoted SHA-256 of the recording's bytes */
          ETag?: string;
          /** @description `bytes first-last/size` */
          'Content-Range'?: string;
          [name: string]: unknown;
        };
        content: {
          'audio/*': string;
        };
      };
      /** @description The recording has not changed since the ETag given */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The URL is not signed by this deployment, was altered, or has expired */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The job has no recording (a transcript-only call) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description The range starts past the end of the recording (Content-Range says its size) */
      416: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
      /** @description A service needed for this request is not available */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'];
        };
      };
    };
  };
  jobCompletedWebhook: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description The delivery id: the same on every retry of one delivery, so a receiver can drop repeats
         * @example dlv_01jd5f3k1q8m2x7c9v4b6n0p3v
         */
        'webhook-id': string;
        /**
         * @description When this attempt was signed, in Unix seconds; refuse one far from now to stop replays
         * @example 1735689600
         */
        'webhook-timestamp': string;
        /**
         * @description v1, then the base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}", keyed with the base64-decoded part of the secret after whsec_. For 24 hours after a rotation there are two, space-separated (v1,<new> v1,<old>); a receiver accepts the request when one matches. Any Standard Webhooks library verifies it.
         * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
         */
        'webhook-signature': string;
        'user-agent': 'Callsight-Webhooks/1.0';
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['JobCompletedWebhook'];
      };
    };
    responses: {
      /** @description Gone: the delivery is given up at once, without retries (a job.completed one then fails its job), and an endpoint of /api/v1/webhooks/endpoints is disabled */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Received: the delivery is done */
      '2XX': {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other answer, or none in time: retried on the schedule; once it is used up, a job.completed delivery fails its job. An endpoint that accepts nothing for five days is disabled */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  jobFailedWebhook: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description The delivery id: the same on every retry of one delivery, so a receiver can drop repeats
         * @example dlv_01jd5f3k1q8m2x7c9v4b6n0p3v
         */
        'webhook-id': string;
        /**
         * @description When this attempt was signed, in Unix seconds; refuse one far from now to stop replays
         * @example 1735689600
         */
        'webhook-timestamp': string;
        /**
         * @description v1, then the base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}", keyed with the base64-decoded part of the secret after whsec_. For 24 hours after a rotation there are two, space-separated (v1,<new> v1,<old>); a receiver accepts the request when one matches. Any Standard Webhooks library verifies it.
         * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
         */
        'webhook-signature': string;
        'user-agent': 'Callsight-Webhooks/1.0';
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['JobFailedWebhook'];
      };
    };
    responses: {
      /** @description Gone: the delivery is given up at once, without retries (a job.completed one then fails its job), and an endpoint of /api/v1/webhooks/endpoints is disabled */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Received: the delivery is done */
      '2XX': {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other answer, or none in time: retried on the schedule; once it is used up, a job.completed delivery fails its job. An endpoint that accepts nothing for five days is disabled */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  algorithmRunCompletedWebhook: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description The delivery id: the same on every retry of one delivery, so a receiver can drop repeats
         * @example dlv_01jd5f3k1q8m2x7c9v4b6n0p3v
         */
        'webhook-id': string;
        /**
         * @description When this attempt was signed, in Unix seconds; refuse one far from now to stop replays
         * @example 1735689600
         */
        'webhook-timestamp': string;
        /**
         * @description v1, then the base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}", keyed with the base64-decoded part of the secret after whsec_. For 24 hours after a rotation there are two, space-separated (v1,<new> v1,<old>); a receiver accepts the request when one matches. Any Standard Webhooks library verifies it.
         * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
         */
        'webhook-signature': string;
        'user-agent': 'Callsight-Webhooks/1.0';
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AlgorithmRunCompletedWebhook'];
      };
    };
    responses: {
      /** @description Gone: the delivery is given up at once, without retries (a job.completed one then fails its job), and an endpoint of /api/v1/webhooks/endpoints is disabled */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Received: the delivery is done */
      '2XX': {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other answer, or none in time: retried on the schedule; once it is used up, a job.completed delivery fails its job. An endpoint that accepts nothing for five days is disabled */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  callCompletedWebhook: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description The delivery id: the same on every retry of one delivery, so a receiver can drop repeats
         * @example dlv_01jd5f3k1q8m2x7c9v4b6n0p3v
         */
        'webhook-id': string;
        /**
         * @description When this attempt was signed, in Unix seconds; refuse one far from now to stop replays
         * @example 1735689600
         */
        'webhook-timestamp': string;
        /**
         * @description v1, then the base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}", keyed with the base64-decoded part of the secret after whsec_. For 24 hours after a rotation there are two, space-separated (v1,<new> v1,<old>); a receiver accepts the request when one matches. Any Standard Webhooks library verifies it.
         * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
         */
        'webhook-signature': string;
        'user-agent': 'Callsight-Webhooks/1.0';
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CallCompletedWebhook'];
      };
    };
    responses: {
      /** @description Gone: the delivery is given up at once, without retries (a job.completed one then fails its job), and an endpoint of /api/v1/webhooks/endpoints is disabled */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Received: the delivery is done */
      '2XX': {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other answer, or none in time: retried on the schedule; once it is used up, a job.completed delivery fails its job. An endpoint that accepts nothing for five days is disabled */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  appointmentBookedWebhook: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description The delivery id: the same on every retry of one delivery, so a receiver can drop repeats
         * @example dlv_01jd5f3k1q8m2x7c9v4b6n0p3v
         */
        'webhook-id': string;
        /**
         * @description When this attempt was signed, in Unix seconds; refuse one far from now to stop replays
         * @example 1735689600
         */
        'webhook-timestamp': string;
        /**
         * @description v1, then the base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}", keyed with the base64-decoded part of the secret after whsec_. For 24 hours after a rotation there are two, space-separated (v1,<new> v1,<old>); a receiver accepts the request when one matches. Any Standard Webhooks library verifies it.
         * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
         */
        'webhook-signature': string;
        'user-agent': 'Callsight-Webhooks/1.0';
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AppointmentBookedWebhook'];
      };
    };
    responses: {
      /** @description Gone: the delivery is given up at once, without retries (a job.completed one then fails its job), and an endpoint of /api/v1/webhooks/endpoints is disabled */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Received: the delivery is done */
      '2XX': {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other answer, or none in time: retried on the schedule; once it is used up, a job.completed delivery fails its job. An endpoint that accepts nothing for five days is disabled */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  emergencyDetectedWebhook: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description The delivery id: the same on every retry of one delivery, so a receiver can drop repeats
         * @example dlv_01jd5f3k1q8m2x7c9v4b6n0p3v
         */
        'webhook-id': string;
        /**
         * @description When this attempt was signed, in Unix seconds; refuse one far from now to stop replays
         * @example 1735689600
         */
        'webhook-timestamp': string;
        /**
         * @description v1, then the base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}", keyed with the base64-decoded part of the secret after whsec_. For 24 hours after a rotation there are two, space-separated (v1,<new> v1,<old>); a receiver accepts the request when one matches. Any Standard Webhooks library verifies it.
         * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
         */
        'webhook-signature': string;
        'user-agent': 'Callsight-Webhooks/1.0';
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EmergencyDetectedWebhook'];
      };
    };
    responses: {
      /** @description Gone: the delivery is given up at once, without retries (a job.completed one then fails its job), and an endpoint of /api/v1/webhooks/endpoints is disabled */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Received: the delivery is done */
      '2XX': {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other answer, or none in time: retried on the schedule; once it is used up, a job.completed delivery fails its job. An endpoint that accepts nothing for five days is disabled */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  callMissedWebhook: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description The delivery id: the same on every retry of one delivery, so a receiver can drop repeats
         * @example dlv_01jd5f3k1q8m2x7c9v4b6n0p3v
         */
        'webhook-id': string;
        /**
         * @description When this attempt was signed, in Unix seconds; refuse one far from now to stop replays
         * @example 1735689600
         */
        'webhook-timestamp': string;
        /**
         * @description v1, then the base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}", keyed with the base64-decoded part of the secret after whsec_. For 24 hours after a rotation there are two, space-separated (v1,<new> v1,<old>); a receiver accepts the request when one matches. Any Standard Webhooks library verifies it.
         * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
         */
        'webhook-signature': string;
        'user-agent': 'Callsight-Webhooks/1.0';
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CallMissedWebhook'];
      };
    };
    responses: {
      /** @description Gone: the delivery is given up at once, without retries (a job.completed one then fails its job), and an endpoint of /api/v1/webhooks/endpoints is disabled */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Received: the delivery is done */
      '2XX': {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other answer, or none in time: retried on the schedule; once it is used up, a job.completed delivery fails its job. An endpoint that accepts nothing for five days is disabled */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  kestrelWebhook: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description The delivery id: the same on every retry of one delivery, so a receiver can drop repeats
         * @example dlv_01jd5f3k1q8m2x7c9v4b6n0p3v
         */
        'webhook-id': string;
        /**
         * @description When this attempt was signed, in Unix seconds; refuse one far from now to stop replays
         * @example 1735689600
         */
        'webhook-timestamp': string;
        /**
         * @description v1, then the base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}", keyed with the base64-decoded part of the secret after whsec_. For 24 hours after a rotation there are two, space-separated (v1,<new> v1,<old>); a receiver accepts the request when one matches. Any Standard Webhooks library verifies it.
         * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
         */
        'webhook-signature': string;
        'user-agent': 'Callsight-Webhooks/1.0';
        /**
         * @description Lowercase hex HMAC-SHA256 of the exact body bytes, keyed with the whole endpoint secret (whsec_ prefix included) as UTF-8; docs/webhook-formats.md has verifiers in Node and Python. The Standard Webhooks headers come too.
         * @example 5d41402abc4b2a76b9719d911017c592ae0c7d1f2b1d8c3f1e0a9b8c7d6e5f40
         */
        'x-kestrel-signature': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['KestrelWebhook'];
      };
    };
    responses: {
      /** @description Gone: the delivery is given up at once, without retries (a job.completed one then fails its job), and an endpoint of /api/v1/webhooks/endpoints is disabled */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Received: the delivery is done */
      '2XX': {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other answer, or none in time: retried on the schedule; once it is used up, a job.completed delivery fails its job. An endpoint that accepts nothing for five days is disabled */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  kridtechWebhook: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description The delivery id: the same on every retry of one delivery, so a receiver can drop repeats
         * @example dlv_01jd5f3k1q8m2x7c9v4b6n0p3v
         */
        'webhook-id': string;
        /**
         * @description When this attempt was signed, in Unix seconds; refuse one far from now to stop replays
         * @example 1735689600
         */
        'webhook-timestamp': string;
        /**
         * @description v1, then the base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}", keyed with the base64-decoded part of the secret after whsec_. For 24 hours after a rotation there are two, space-separated (v1,<new> v1,<old>); a receiver accepts the request when one matches. Any Standard Webhooks library verifies it.
         * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
         */
        'webhook-signature': string;
        'user-agent': 'Callsight-Webhooks/1.0';
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['KridtechCallWebhook'];
      };
    };
    responses: {
      /** @description Gone: the delivery is given up at once, without retries (a job.completed one then fails its job), and an endpoint of /api/v1/webhooks/endpoints is disabled */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Received: the delivery is done */
      '2XX': {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other answer, or none in time: retried on the schedule; once it is used up, a job.completed delivery fails its job. An endpoint that accepts nothing for five days is disabled */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  endpointDisabledWebhook: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description The delivery id: the same on every retry of one delivery, so a receiver can drop repeats
         * @example dlv_01jd5f3k1q8m2x7c9v4b6n0p3v
         */
        'webhook-id': string;
        /**
         * @description When this attempt was signed, in Unix seconds; refuse one far from now to stop replays
         * @example 1735689600
         */
        'webhook-timestamp': string;
        /**
         * @description v1, then the base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}", keyed with the base64-decoded part of the secret after whsec_. For 24 hours after a rotation there are two, space-separated (v1,<new> v1,<old>); a receiver accepts the request when one matches. Any Standard Webhooks library verifies it.
         * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
         */
        'webhook-signature': string;
        'user-agent': 'Callsight-Webhooks/1.0';
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EndpointDisabledWebhook'];
      };
    };
    responses: {
      /** @description Gone: the delivery is given up at once, without retries (a job.completed one then fails its job), and an endpoint of /api/v1/webhooks/endpoints is disabled */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Received: the delivery is done */
      '2XX': {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other answer, or none in time: retried on the schedule; once it is used up, a job.completed delivery fails its job. An endpoint that accepts nothing for five days is disabled */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
