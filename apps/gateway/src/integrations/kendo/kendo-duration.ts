const UNIT_SECONDS: Record<string, number> = { ms: 0.001, s: 1, sec: 1, m: 60, min: 60, h: 3600 };

/**
 * Kendo accepts durations "in minutes, seconds, or ms, normalized automatically". The rule here:
 * a number below 240 is minutes (Kendo's own example sends 18 for an 18-minute call), from 240 to
 * 86,399 it is seconds, and from 86,400 (a day in seconds) milliseconds. A string may name its unit
 * ("18m", "95s", "95000ms", "1.5h") or be a clock ("1:02:03", "18:00"). Returns seconds, or null when
 * the value is not a duration.
 */
export function normaliseDurationSeconds(value: unknown): number | null {
  if (typeof value === 'number') return fromNumber(value);
  if (typeof value !== 'string') return null;
  const text = value.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(text)) return fromNumber(Number(text));
  const unit = /^(\d+(?:\.\d+)?)\s*(ms|s|sec|m|min|h)$/.exec(text);
  if (unit) return round(Number(unit[1]) * UNIT_SECONDS[unit[2]]);
  const clock = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)$/.exec(text);
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  return null;
}

function fromNumber(value: number): number | null {
  if (!Number.isFinite(value) || value < 0) return null;
  if (value < 240) return round(value * 60);
  if (value < 86_400) return round(value);
  return round(value / 1000);
}

const round = (seconds: number): number => Math.round(seconds * 1000) / 1000;
