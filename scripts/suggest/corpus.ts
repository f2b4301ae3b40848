// The labelled client messages in corpus/: one JSON object a line, {reason, locale, length, formality, text}.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLocale, isReasonId, type Locale, type ReasonId } from '../../src/core/types';

export type MessageLength = 'short' | 'medium' | 'long';

export interface CorpusMessage {
  reason: ReasonId;
  locale: Locale;
  length: MessageLength;
  /** How the client addresses the user, as the writer labelled it; 'none' when the text does not say. */
  formality: 'formal' | 'informal' | 'none';
  text: string;
}

const LENGTHS: readonly string[] = ['short', 'medium', 'long'];
const FORMALITIES: readonly string[] = ['formal', 'informal', 'none'];

function parseLine(line: string, where: string): CorpusMessage {
  const v = JSON.parse(line) as Record<string, unknown>;
  if (!isReasonId(v.reason) || !isLocale(v.locale) || typeof v.text !== 'string' || !LENGTHS.includes(String(v.length))
    || !FORMALITIES.includes(String(v.formality ?? 'none'))) throw new Error(`${where}: not a labelled message`);
  return { reason: v.reason, locale: v.locale, length: v.length as MessageLength, formality: (v.formality ?? 'none') as CorpusMessage['formality'], text: v.text };
}

/** Every message of the .jsonl files in a folder, files in name order. */
export function readCorpus(dir: string): CorpusMessage[] {
  const files = readdirSync(dir).filter((name) => name.endsWith('.jsonl')).sort();
  return files.flatMap((name) => readFileSync(join(dir, name), 'utf8').split('\n')
    .map((line, i) => ({ line: line.trim(), where: `${name}:${i + 1}` }))
    .filter(({ line }) => line !== '')
    .map(({ line, where }) => parseLine(line, where)));
}
