import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { IndexSettings } from '../search-port';
import { EmbeddedIndex, type SlottedDocument } from './embedded-index';

const FORMAT = 'vetlink-embedded-search';
const VERSION = 2;
const DOCUMENTS_PER_LINE = 1_000;

/** What a snapshot says about itself. */
export interface SnapshotInfo {
  /**
   * Chosen by the caller to say what the indexes hold (e.g. a version of their settings and
   * documents); a restore that expects another label refuses the file.
   */
  label: string;
  /** When the indexes were captured: writes after this are not in the snapshot. */
  takenAt: Date;
}

type SnapshotLine =
  | { format: string; version: number; label: string; takenAt: string }
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
 * mid-write leaves the previous snapshot intact. The indexes are captured synchronously, before this
 * returns its promise, so writes made while the file is being written cannot tear the snapshot.
 */
export function writeSnapshot(
  path: string,
  indexes: ReadonlyMap<string, EmbeddedIndex>,
  label: string,
): Promise<SnapshotInfo> {
  const info: SnapshotInfo = { label, takenAt: new Date() };
  const captured = [...indexes].map(([name, index]) => ({
    name,
    settings: index.settings,
    // Stored documents are frozen and replaced, never changed, so holding them keeps this moment.
    documents: index.documents(),
    text: index.serializeText(),
  }));
  return writeLines(path, captured, info);
}

async function writeLines(
  path: string,
  captured: { name: string; settings: IndexSettings; documents: SlottedDocument[]; text: string }[],
  info: SnapshotInfo,
): Promise<SnapshotInfo> {
  const temporary = `${path}.${process.pid}.tmp`;
  const out = createWriteStream(temporary, { encoding: 'utf8' });
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  try {
    await write(
      JSON.stringify({ format: FORMAT, version: VERSION, label: info.label, takenAt: info.takenAt }),
    );
    for (const { name, settings, documents, text } of captured) {
      await write(JSON.stringify({ index: name, settings }));
      for (let start = 0; start < documents.length; start += DOCUMENTS_PER_LINE) {
        await write(JSON.stringify({ documents: documents.slice(start, start + DOCUMENTS_PER_LINE) }));
      }
      await write(`{"text":${text}}`);
    }
    out.end();
    await once(out, 'finish');
    await rename(temporary, path);
    return info;
  } catch (error) {
    out.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Reads a snapshot whole before anything uses it; a file of another format or version, or with
 * another label than the one expected, is refused at its first line.
 */
export async function readSnapshot(
  path: string,
  expectedLabel: string,
): Promise<{ indexes: Map<string, EmbeddedIndex>; info: SnapshotInfo }> {
  const indexes = new Map<string, EmbeddedIndex>();
  let current: { name: string; settings: IndexSettings; documents: SlottedDocument[] } | undefined;
  let info: SnapshotInfo | undefined;
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const text of lines) {
    if (text.length === 0) continue;
    const line = JSON.parse(text) as SnapshotLine;
    if (!info) {
      if (!('format' in line) || line.format !== FORMAT || line.version !== VERSION) {
        throw new SnapshotFormatError(path, `expected ${FORMAT} version ${VERSION}`);
      }
      if (line.label !== expectedLabel) {
        throw new SnapshotFormatError(path, `it holds "${line.label}", expected "${expectedLabel}"`);
      }
      info = { label: line.label, takenAt: new Date(line.takenAt) };
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
  if (!info || current) throw new SnapshotFormatError(path, 'the file is incomplete');
  return { indexes, info };
}
