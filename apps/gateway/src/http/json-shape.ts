/**
 * How much structure a JSON body may hold. The largest body a DTO accepts has about 120 values (15 fields,
 * 50 metadata keys, 50 algorithm ids) at depth 2, and its longest array is 50; these limits are far
 * above that (Kendo bodies may carry their platform's own fields, which are dropped) and far below
 * what makes mapping and validation slow (hundreds of thousands of values) or overflows the stack
 * (a couple of thousand levels). One long string, such as a transcript, is one value.
 */
export interface JsonShapeLimits {
  maxDepth: number;
  maxValues: number;
  maxArrayLength: number;
}

export const JSON_SHAPE_LIMITS: Readonly<JsonShapeLimits> = { maxDepth: 32, maxValues: 10_000, maxArrayLength: 1_000 };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

const isWhitespace = (byte: number): boolean => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/** An open container: the elements counted so far for an array, null for an object. */
type Open = number | null;

/**
 * Says which limit a JSON text goes beyond ("nests deeper than 32 levels"), or null. It reads the raw bytes once, before JSON.parse,
 * so a hostile body costs one linear scan and nothing else; it does not check that the JSON is valid
 * (the parser does), and counts object keys and array elements as values.
 */
export function jsonShapeProblem(
  bytes: Uint8Array,
  limits: Readonly<JsonShapeLimits> = JSON_SHAPE_LIMITS,
): string | null {
  const open: Open[] = [];
  let values = 0;
  let inString = false;
  let escaped = false;
  let awaitingFirstElement = false;
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index];
    if (inString) {
      if (escaped) escaped = false;
      else if (byte === BACKSLASH) escaped = true;
      else if (byte === QUOTE) inString = false;
      continue;
    }
    if (isWhitespace(byte)) continue;
    if (awaitingFirstElement) {
      awaitingFirstElement = false;
      if (byte !== CLOSE_ARRAY) {
        open[open.length - 1] = 1;
        values += 1;
      }
    }
    if (byte === QUOTE) inString = true;
    else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      if (open.length === limits.maxDepth) return `nests deeper than ${limits.maxDepth} levels`;
      open.push(byte === OPEN_ARRAY ? 0 : null);
      awaitingFirstElement = byte === OPEN_ARRAY;
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) open.pop();
    else if (byte === COLON) values += 1;
    else if (byte === COMMA) {
      const elements = open.at(-1);
      if (typeof elements === 'number') {
        if (elements >= limits.maxArrayLength) return `has an array of more than ${limits.maxArrayLength} elements`;
        open[open.length - 1] = elements + 1;
        values += 1;
      }
    }
    if (values > limits.maxValues) return `holds more than ${limits.maxValues} keys and array elements`;
  }
  return null;
}
