import { Inject, Injectable } from '@nestjs/common';
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import type { DependencyHealth, SttEngine } from '@callsight/contracts';
import type { DependencyCheck } from '@callsight/common/health';
import { TRANSCRIPTION_SETTINGS, TranscriptionSettings } from '../transcription.settings';
import { PocketSphinxLocation, pocketSphinxModel, POCKETSPHINX_PACKAGES } from './pocketsphinx.engine';
import { SpeechEngineUnavailable } from './speech-engine';
import { SpeechEngines } from './speech-engines';

export interface Availability {
  available: boolean;
  /** What is missing, each with the Debian package that brings it. */
  missing: Array<{ what: string; package: string }>;
  /** The command that installs the missing packages; null when nothing is missing. */
  install: string | null;
}

const isFile = (path: string, mode = constants.R_OK): Promise<boolean> =>
  access(path, mode).then(
    () => true,
    () => false,
  );

/** A command as execFile would find it: a path as given, a bare name in a directory of PATH. */
async function onPath(command: string, path: string): Promise<boolean> {
  if (command.includes('/')) return isFile(command, constants.X_OK);
  for (const dir of path.split(delimiter).filter(Boolean))
    if (await isFile(join(dir, command), constants.X_OK)) return true;
  return false;
}

/**
 * What this host lacks to transcribe audio: ffmpeg and ffprobe always (every engine is fed decoded
 * audio), and for PocketSphinx its binary and the en-us model files.
 */
export async function checkSpeechEngine(
  engine: string,
  pocketsphinx: PocketSphinxLocation,
  path = process.env.PATH ?? '',
): Promise<Availability> {
  const missing: Availability['missing'] = [];
  for (const tool of ['ffmpeg', 'ffprobe'])
    if (!(await onPath(tool, path))) missing.push({ what: `${tool} is not on PATH`, package: 'ffmpeg' });
  if (engine === 'pocketsphinx') {
    if (!(await onPath(pocketsphinx.bin, path)))
      missing.push({
        what: pocketsphinx.bin.includes('/')
          ? `${pocketsphinx.bin} does not exist`
          : `${pocketsphinx.bin} is not on PATH`,
        package: 'pocketsphinx',
      });
    const model = pocketSphinxModel(pocketsphinx.modelDir);
    const files = [join(model.hmm, 'mdef'), join(model.hmm, 'means'), model.lm, model.dict];
    const absent = [];
    for (const file of files) if (!(await isFile(file))) absent.push(file);
    if (absent.length > 0)
      missing.push({ what: `the en-us model is missing (${absent.join(', ')})`, package: 'pocketsphinx-en-us' });
  }
  const lacking = new Set(missing.map((item) => item.package));
  // pocketsphinx-en-us is named with pocketsphinx, so one command installs the engine whichever half is gone.
  const packages = [
    ...(lacking.has('pocketsphinx') || lacking.has('pocketsphinx-en-us') ? POCKETSPHINX_PACKAGES : []),
    ...(lacking.has('ffmpeg') ? ['ffmpeg'] : []),
  ];
  return {
    available: missing.length === 0,
    missing,
    install: packages.length ? `apt-get install ${packages.join(' ')}` : null,
  };
}

/** One sentence for a job's status reason, the health detail and the startup warning. */
export function describeUnavailable(engine: string, availability: Availability): string {
  const packages = [...new Set(availability.missing.map((item) => item.package))].join(', ');
  return (
    `the speech-to-text engine ${engine} cannot run on this host: ` +
    `${availability.missing.map((item) => item.what).join('; ')} (package ${packages}); ` +
    `install with: ${availability.install}`
  );
}

/** What `npm start` prints when audio cannot be transcribed; null when it can. */
export function startupWarning(engine: string, availability: Availability): string | null {
  if (availability.available) return null;
  return [
    `Warning: audio cannot be transcribed: ${describeUnavailable(engine, availability)}.`,
    '  Audio jobs fail at once with speech_engine_unavailable until then; supplied transcripts work.',
    `  Install:  sudo ${availability.install}`,
  ].join('\n');
}

/** Files do not come and go often, but an install should show without a restart. */
const TTL_MS = 10_000;

/**
 * Whether the engine a job would use can run here, asked before each audio job and by the health
 * query, so a missing install is a clear failure at once rather than retries of a spawn that cannot work.
 */
@Injectable()
export class SpeechEngineAvailability implements DependencyCheck {
  readonly name = 'speech_engine';
  private readonly cache = new Map<string, { at: number; result: Promise<Availability> }>();

  constructor(
    @Inject(TRANSCRIPTION_SETTINGS) private readonly settings: TranscriptionSettings,
    private readonly engines: SpeechEngines,
  ) {}

  /** Throws SpeechEngineUnavailable when the engine the workspace gets cannot run. */
  async assertAvailable(requested: SttEngine | null): Promise<void> {
    const engine = this.engines.choose(requested).id;
    const availability = await this.of(engine);
    if (!availability.available) throw new SpeechEngineUnavailable(describeUnavailable(engine, availability));
  }

  /** The default engine's: a deployment whose workspaces use another engine by default is not degraded by lacking PocketSphinx. */
  async check(): Promise<DependencyHealth> {
    const engine = this.settings.defaultEngine;
    const availability = await this.of(engine);
    return availability.available
      ? { status: 'ok', latency_ms: null }
      : { status: 'down', latency_ms: null, error: describeUnavailable(engine, availability) };
  }

  private of(engine: string): Promise<Availability> {
    const cached = this.cache.get(engine);
    if (cached && Date.now() - cached.at < TTL_MS) return cached.result;
    const result = checkSpeechEngine(engine, this.settings.pocketsphinx);
    this.cache.set(engine, { at: Date.now(), result });
    return result;
  }
}
