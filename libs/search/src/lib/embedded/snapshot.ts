import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { IndexSettings } from '../search-port';
import { EmbeddedIndex, type SlottedDocument } from './embedded-index';

const FORMAT = 'vetlink-embedded-search';
const VERSION = 1;
const DOCUMENTS_PER_LINE = 1_000;

type SnapshotLine =
  | { format: string; version: number }
  | { index: string; settings: IndexSettings }
  | { documents: SlottedDocument[] }
  | { text: unknown };

export class SnapshotFormatError extends Error {
  constructor(path: string, detail: string) {
    super(`search snapshot ${path} cannot be restored: ${detail}`);
    this.name = 'SnapshotFormatError';
  }
}

/**
 * Writes every index (settings, documents, serialized text index) as JSON lines, so that no single
 * string has to hold the whole snapshot, to a temporary file renamed into place at the end: a crash
 * mid-write leaves the previous snapshot intact.
 */
export async function writeSnapshot(path: string, indexes: ReadonlyMap<string, EmbeddedIndex>): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  const out = createWriteStream(temporary, { encoding: 'utf8' });
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  try {
    await write(JSON.stringify({ format: FORMAT, version: VERSION }));
    for (const [name, index] of indexes) {
      await write(JSON.stringify({ index: name, settings: index.settings }));
      const documents = index.documents();
      for (let start = 0; start < documents.length; start += DOCUMENTS_PER_LINE) {
        await write(JSON.stringify({ documents: documents.slice(start, start + DOCUMENTS_PER_LINE) }));
      }
      await write(`{"text":${index.serializeText()}}`);
    }
    out.end();
    await once(out, 'finish');
    await rename(temporary, path);
  } catch (error) {
    out.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Reads a snapshot whole before anything uses it; a file of another format or version is refused. */
export async function readSnapshot(path: string): Promise<Map<string, EmbeddedIndex>> {
  const indexes = new Map<string, EmbeddedIndex>();
  let current: { name: string; settings: IndexSettings; documents: SlottedDocument[] } | undefined;
  let header = false;
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const text of lines) {
    if (text.length === 0) continue;
    const line = JSON.parse(text) as SnapshotLine;
    if (!header) {
      if (!('format' in line) || line.format !== FORMAT || line.version !== VERSION) {
        throw new SnapshotFormatError(path, `expected ${FORMAT} version ${VERSION}`);
      }
      header = true;
    } else if ('index' in line) {
      current = { name: line.index, settings: line.settings, documents: [] };
    } else if ('documents' in line && current) {
      current.documents.push(...line.documents);
    } else if ('text' in line && current) {
      const index = new EmbeddedIndex(current.settings, line.text);
      index.restore(current.documents);
      indexes.set(current.name, index);
      current = undefined;
    } else {
      throw new SnapshotFormatError(path, 'unexpected line');
    }
  }
  if (!header || current) throw new SnapshotFormatError(path, 'the file is incomplete');
  return indexes;
}
