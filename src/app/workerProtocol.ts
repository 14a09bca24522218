// Messages between the main thread and a build worker. A batch's articles and extractions travel packed
// (v8.serialize into a transferred ArrayBuffer): the main thread only stores the bytes when they arrive and
// unpacks them later, a batch per step, instead of building every object on arrival while it is answering.
import { deserialize, serialize } from 'node:v8';
import type { ExtractedCorpus } from '../index/library.js';
import type { Rejected } from '../model/contract.js';

export type ToWorker = { type: 'batch'; batch: number; files: { file: string; text: string }[] };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'result'; batch: number; packed: ArrayBuffer; rejected: Rejected[]; prints: [string, string][] }
  | { type: 'failed'; batch: number; error: string };

/** A batch's corpus as bytes that can be transferred, not copied. */
export function pack(corpus: ExtractedCorpus): ArrayBuffer {
  const bytes = serialize(corpus);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export function unpack(packed: ArrayBuffer): ExtractedCorpus {
  return deserialize(Buffer.from(packed)) as ExtractedCorpus;
}
