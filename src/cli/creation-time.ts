import { text } from '../messages.js';
import type { Io } from './main.js';

/** 2100-01-01: the creation time must be one the files' date fields can hold (a ZIP's year ends at 2107). */
const maxEpoch = 4_102_444_800;

/**
 * SOURCE_DATE_EPOCH (seconds since 1970) fixes the creation time written into the files, for reproducible builds;
 * a value that is not such a number is refused, not ignored (the output would silently not be reproducible).
 */
export function readCreationTime(env: Io['env']): Date | { usage: string } | undefined {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch === undefined || epoch === '') return undefined;
  if (!/^\d+$/.test(epoch) || Number(epoch) >= maxEpoch) return { usage: text.usageBadEpoch(epoch) };
  return new Date(Number(epoch) * 1000);
}
