import { RecordingSigner } from './recording-signer';

/** The gateway route that serves a job's recording (`GET|HEAD /api/v1/recordings/{job_id}`). */
export const RECORDINGS_ROUTE = 'api/v1/recordings';

/** Seven days: comfortably longer than the webhook retry schedule (about three days), as a payload is built once and re-sent. */
export const DEFAULT_RECORDING_URL_TTL_SECONDS = 7 * 24 * 3600;

export interface RecordingUrlSettings {
  /**
   * Where the gateway is reached from outside (CALLSIGHT_PUBLIC_URL). A function when it is only known
   * once the gateway listens (the standalone process on a port picked at start); null when unknown.
   */
  publicUrl: string | (() => string | null) | null;
  ttlSeconds: number;
  /** CALLSIGHT_SECRETS_KEY, which the signing key is derived from. */
  secretsKey: string | null;
}

/** Makes a job's signed, expiring recording URL, or says why it cannot. */
export class RecordingLinks {
  private readonly signer: RecordingSigner | null;

  constructor(private readonly settings: RecordingUrlSettings) {
    this.signer = RecordingSigner.fromSecretsKey(settings.secretsKey);
  }

  /** Why no recording URL can be made, or null when they can. */
  get missing(): string | null {
    if (!this.signer) return 'CALLSIGHT_SECRETS_KEY is not set';
    if (this.settings.publicUrl === null) return 'CALLSIGHT_PUBLIC_URL is not set';
    return null;
  }

  /** The URL the job's recording can be fetched from until `ttlSeconds` from `now`; null when none can be made. */
  urlFor(workspaceId: string, jobId: string, now = new Date()): string | null {
    const base = typeof this.settings.publicUrl === 'function' ? this.settings.publicUrl() : this.settings.publicUrl;
    if (!this.signer || !base) return null;
    const expires = Math.floor(now.getTime() / 1000) + this.settings.ttlSeconds;
    const signature = this.signer.sign({ workspaceId, jobId, expires });
    const query = new URLSearchParams({ workspace: workspaceId, expires: String(expires), signature });
    return `${base.replace(/\/+$/, '')}/${RECORDINGS_ROUTE}/${encodeURIComponent(jobId)}?${query.toString()}`;
  }
}
