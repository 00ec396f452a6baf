import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Pause } from './chunk-plan';
import type { ChannelLevels } from './channel-mode';

const run = promisify(execFile);

export interface ProbedAudio {
  /** From the container's header; null when it has none (WebM streamed from a browser, for one). */
  durationSeconds: number | null;
  channels: number;
  codec: string;
}

/** Thrown when the audio itself is the problem (corrupt, silent, empty): retrying cannot help. */
export class AudioRejected extends Error {
  constructor(
    readonly code:
      | 'undecodable_audio'
      | 'silent_audio'
      | 'empty_audio'
      | 'audio_too_long'
      | 'audio_too_large'
      | 'not_audio'
      | 'download_failed'
      | 'egress_denied'
      | 'audio_missing'
      | 'audio_corrupt'
      | 'no_speech',
    message: string,
  ) {
    super(message);
  }
}

const lastLine = (text: string): string => text.trim().split('\n').filter(Boolean).slice(-1)[0] ?? '';

/** A failed ffmpeg or ffprobe run, told by the last line it wrote. */
const undecodable = (error: unknown): AudioRejected =>
  new AudioRejected(
    'undecodable_audio',
    `the audio could not be decoded: ${lastLine((error as { stderr?: string }).stderr ?? (error as Error).message)}`,
  );

/** Duration, channel count and codec of the first audio stream, from ffprobe. */
export async function probeAudio(path: string): Promise<ProbedAudio> {
  try {
    const { stdout } = await run(
      'ffprobe',
      [
        '-v',
        'error',
        '-select_streams',
        'a:0',
        '-show_entries',
        'stream=channels,codec_name:format=duration',
        '-of',
        'json',
        path,
      ],
      { timeout: 60_000 },
    );
    const parsed = JSON.parse(stdout) as {
      streams?: Array<{ channels?: number; codec_name?: string }>;
      format?: { duration?: string };
    };
    const stream = parsed.streams?.[0];
    const duration = Number(parsed.format?.duration ?? NaN);
    if (!stream) throw new AudioRejected('undecodable_audio', 'the file has no audio stream');
    return {
      durationSeconds: Number.isFinite(duration) ? duration : null,
      channels: stream.channels ?? 1,
      codec: stream.codec_name ?? 'unknown',
    };
  } catch (error) {
    if (error instanceof AudioRejected) throw error;
    throw undecodable(error);
  }
}

/** One channel (or the down-mix when channel is null) as 16 kHz mono 16-bit PCM WAV, what speech engines expect. */
export async function decodeToPcm(
  input: string,
  output: string,
  channel: number | null,
  range?: { start: number; duration: number },
): Promise<void> {
  const seek = range ? ['-ss', String(range.start), '-t', String(range.duration)] : [];
  const pan = channel === null ? [] : ['-af', `pan=mono|c0=c${channel}`];
  try {
    await run(
      'ffmpeg',
      [
        '-v',
        'error',
        '-nostdin',
        '-y',
        ...seek,
        '-i',
        input,
        ...pan,
        '-ac',
        '1',
        '-ar',
        '16000',
        '-c:a',
        'pcm_s16le',
        '-f',
        'wav',
        output,
      ],
      { timeout: 600_000 },
    );
  } catch (error) {
    throw undecodable(error);
  }
}

/** The loudest sample in dBFS (ffmpeg volumedetect); -91 dB is digital silence. */
export async function peakVolumeDb(path: string): Promise<number> {
  const { stderr } = await run(
    'ffmpeg',
    ['-v', 'info', '-nostdin', '-i', path, '-af', 'volumedetect', '-f', 'null', '-'],
    { timeout: 600_000 },
  );
  const match = /max_volume:\s*(-?[\d.]+|-inf) dB/.exec(stderr);
  return !match || match[1] === '-inf' ? -Infinity : Number(match[1]);
}

/**
 * Peaks of the first two channels and how alike they are, in one decoding pass: astats measures the
 * left, the right, their mean and half their difference, and since mean² − difference² is the
 * average of left × right, those four levels give the channels' correlation.
 */
export async function measureChannels(path: string): Promise<ChannelLevels> {
  let stderr: string;
  try {
    ({ stderr } = await run(
      'ffmpeg',
      [
        '-v',
        'info',
        '-nostdin',
        '-i',
        path,
        '-af',
        // In float, so a difference far below one 16-bit step is not rounded to zero or to one step.
        'aformat=sample_fmts=flt,pan=4c|c0=c0|c1=c1|c2=0.5*c0+0.5*c1|c3=0.5*c0-0.5*c1,' +
          'astats=measure_overall=none:measure_perchannel=Peak_level+RMS_level',
        '-f',
        'null',
        '-',
      ],
      { timeout: 600_000, maxBuffer: 64 * 1024 * 1024 },
    ));
  } catch (error) {
    throw undecodable(error);
  }
  const levels = (name: string): number[] =>
    [...stderr.matchAll(new RegExp(`${name} level dB: (-?[\\d.]+|-inf)`, 'g'))].map((match) =>
      match[1] === '-inf' ? -Infinity : Number(match[1]),
    );
  const peaks = levels('Peak');
  const [left, right, mean, difference] = levels('RMS').map((db) => 10 ** (db / 10));
  if (peaks.length !== 4 || difference === undefined)
    throw new AudioRejected('undecodable_audio', 'the channels could not be measured');
  let residualDb: number | null = null;
  if (left > 0 && right > 0) {
    const correlation = Math.max(-1, Math.min(1, (mean - difference) / Math.sqrt(left * right)));
    const unexplained = 1 - correlation ** 2;
    residualDb = unexplained > 0 ? 10 * Math.log10(unexplained) : -Infinity;
  }
  return { peakDb: [peaks[0], peaks[1]], residualDb };
}

/** Pauses in speech (ffmpeg silencedetect): stretches of at least `minSeconds` below `noiseDb`. */
export async function findPauses(path: string, noiseDb = -35, minSeconds = 0.3): Promise<Pause[]> {
  const { stderr } = await run(
    'ffmpeg',
    [
      '-v',
      'info',
      '-nostdin',
      '-i',
      path,
      '-af',
      `silencedetect=noise=${noiseDb}dB:d=${minSeconds}`,
      '-f',
      'null',
      '-',
    ],
    { timeout: 600_000, maxBuffer: 64 * 1024 * 1024 },
  );
  const pauses: Pause[] = [];
  let start: number | null = null;
  for (const match of stderr.matchAll(/silence_(start|end): (-?[\d.]+)/g)) {
    const at = Number(match[2]);
    if (match[1] === 'start') start = Math.max(0, at);
    else if (start !== null) {
      pauses.push({ start, end: at });
      start = null;
    }
  }
  return pauses;
}
