/** Levels of the first two channels of a stereo recording, measured over the whole file. */
export interface ChannelLevels {
  /** Loudest sample of each channel, in dBFS (-Infinity for digital silence). */
  peakDb: [number, number];
  /**
   * What is left of one channel once the best-matching copy of the other (at any gain) is taken
   * away, in dB relative to it: 10·log10(1 − ρ²), ρ the channels' correlation. -Infinity for exact
   * copies, about 0 dB for two people on their own lines; null when a channel is silent (no ρ).
   */
  residualDb: number | null;
}

/**
 * How a recording's channels are heard: `stereo` one speaker per channel; `dual_mono` the same audio
 * on both (a mono call saved as stereo), heard once from the louder channel (not the down-mix, in
 * which a copy with its polarity inverted would cancel the other out); `one_channel` a mono call on
 * one channel, the other silent, heard from the live one only; `mono` a one-channel file.
 */
export type ChannelMode =
  | { kind: 'mono' }
  | { kind: 'stereo' }
  | { kind: 'dual_mono'; channel: 0 | 1; residualDb: number }
  | { kind: 'one_channel'; channel: 0 | 1 };

/** Below this peak level a channel is taken as silent (a quiet phone line peaks well above -40 dBFS). */
export const SILENCE_DB = -50;

/**
 * Channels whose residual is at most this are one recording twice. Copies measure -Infinity (WAV,
 * and mp3, AAC and Opus code identical channels as one), each channel coded on its own at a low rate
 * (mp3 32k and Opus 16k) about -20 dB, a copy with noise 20 dB down about -26 dB; two parties on their
 * own lines about 0 dB, with crosstalk at half the other's level still -4 dB, and a copy 2 samples
 * late -8 dB. -15 dB sits between the two groups with room on both sides (docs/decisions.md).
 */
export const DUAL_MONO_RESIDUAL_DB = -15;

export function channelMode(channels: number, levels: ChannelLevels | null): ChannelMode {
  if (channels < 2 || !levels) return { kind: 'mono' };
  const live = levels.peakDb.map((peak) => peak > SILENCE_DB);
  // Both silent: heard as one, so the silence check refuses it once, as it does a silent mono file.
  if (!live[0] && !live[1]) return { kind: 'mono' };
  if (!live[0] || !live[1]) return { kind: 'one_channel', channel: live[0] ? 0 : 1 };
  if (levels.residualDb !== null && levels.residualDb <= DUAL_MONO_RESIDUAL_DB)
    return { kind: 'dual_mono', channel: levels.peakDb[1] > levels.peakDb[0] ? 1 : 0, residualDb: levels.residualDb };
  return { kind: 'stereo' };
}
