import { monotonicFactory } from 'ulid';
import type { IdPrefix } from '@callsight/contracts';

const ulid = monotonicFactory();

export const newId = (prefix: IdPrefix): string => `${prefix}_${ulid().toLowerCase()}`;
