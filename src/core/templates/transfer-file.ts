// The import/export file: a versioned JSON document with the profile and the personal templates
// (each with its id, so importing it again knows which template is which). Reading one never
// trusts it: anything this version cannot use exactly as written is refused with a message
// that says what and where, and nothing is half-imported.
import { normalizeProfile, profileIssue, type Profile } from '../profile';
import type { Locale } from '../types';
import { contentOf } from './edit';
import { findHiddenCharacter } from './hidden-characters';
import { TEMPLATE_LIMITS, type TemplateContent } from './types';
import { describeIssue, validateTemplate } from './validate';
import { TRANSFER_MESSAGES, type Expected, type TransferDetail, type TransferErrorCode, type Where } from './transfer-messages';

export const TRANSFER_FORMAT = 'decline-politely';
/** Raise it when the file's shape changes; this version refuses newer files rather than guess. */
export const TRANSFER_VERSION = 1;

// storage.sync holds at most 512 items (schema, profile and deletions take a few): a file with
// more templates could never sync. The byte limit is what the largest such file can take: every
// template at its longest, at 3 bytes per character (UTF-8; JSON escapes only what we refuse
// anyway), plus field names, indentation and the profile. About 6.3 MB.
const MAX_TEMPLATES = 500;
const TEMPLATE_CHARS = TEMPLATE_LIMITS.name + TEMPLATE_LIMITS.label + TEMPLATE_LIMITS.body;
export const TRANSFER_LIMITS = {
  templates: MAX_TEMPLATES,
  fileBytes: MAX_TEMPLATES * (TEMPLATE_CHARS * 3 + 512) + 64 * 1024,
  // An export nests three levels deep (file → templates → template); a parser never needs to
  // follow a file further than this.
  depth: 8,
} as const;

const ID = /^[\w.~:-]{1,200}$/u;

export interface TransferTemplate extends TemplateContent {
  id: string;
}

export interface TransferFile {
  format: typeof TRANSFER_FORMAT;
  version: typeof TRANSFER_VERSION;
  /** When the file was written, as an ISO 8601 time. */
  exportedAt: string;
  /** Absent in a hand-made file of templates only: importing it leaves the profile alone. */
  profile?: Profile;
  templates: TransferTemplate[];
}

export interface TransferError {
  code: TransferErrorCode;
  message: string;
}

export type ParsedFile = { ok: true; file: TransferFile } | { ok: false; error: TransferError };

const CONTENT_KEYS = ['name', 'reason', 'label', 'locale', 'tone', 'body'] as const;

/** The file for what this device holds now. */
export function buildExportFile(current: { templates: readonly TransferTemplate[]; profile: Profile }, now: Date): TransferFile {
  return {
    format: TRANSFER_FORMAT, version: TRANSFER_VERSION, exportedAt: now.toISOString(), profile: current.profile,
    templates: current.templates.map((t) => ({ id: t.id, ...contentOf(t) })),
  };
}

class Refused extends Error {
  constructor(readonly code: TransferErrorCode, readonly detail: TransferDetail) {
    super(code);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

/** How deeply arrays and objects nest, counted without parsing; stops counting past `limit`. */
function nestingDepth(json: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < json.length && deepest <= limit; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

function mustBe(value: unknown, where: Where, key: string | undefined, expected: Expected): void {
  const ok = expected === 'list' ? Array.isArray(value) : expected === 'object' ? isObject(value) : typeof value === 'string';
  if (!ok) throw new Refused('wrong-type', key === undefined ? { where, expected } : { where, key, expected });
}

/** A value from the file, quoted in a message only when it is short and shows as it is. */
function shown(value: unknown): string | undefined {
  const text = String(value);
  return text.length <= 40 && !findHiddenCharacter(text, false) ? text : undefined;
}

function readProfile(value: unknown): Profile | undefined {
  if (value === undefined) return undefined;
  mustBe(value, 'file', 'profile', 'object');
  const v = value as Record<string, unknown>;
  if (v.policies !== undefined) mustBe(v.policies, 'profile', 'policies', 'object');
  const texts: [string, unknown, boolean][] = [['myName', v.myName, false], ['signature', v.signature, true],
    ...Object.entries((v.policies ?? {}) as Record<string, unknown>).map(([k, p]): [string, unknown, boolean] => [`policies.${k}`, p, false])];
  for (const [key, text, multiline] of texts) {
    if (text === undefined) continue;
    mustBe(text, 'profile', key, 'text');
    const hidden = findHiddenCharacter(text as string, multiline);
    if (hidden) throw new Refused('hidden-character', { where: 'profile', key, hidden });
  }
  const issue = profileIssue(v);
  if (issue?.kind === 'too-long') throw new Refused('profile', { where: 'profile', key: issue.key, problem: 'too-long', max: issue.max });
  if (issue?.kind === 'not-allowed') {
    const value = shown(issue.found);
    throw new Refused('profile', { where: 'profile', key: issue.key, problem: 'not-allowed', ...(value === undefined ? {} : { value }) });
  }
  return normalizeProfile(v);
}

function readTemplate(raw: unknown, n: number, uiLocale: Locale): TransferTemplate {
  mustBe(raw, { template: n }, undefined, 'object');
  const v = raw as Record<string, unknown>;
  const name = typeof v.name === 'string' ? shown(v.name) : undefined;
  const where: Where = name === undefined ? { template: n } : { template: n, name };
  for (const key of ['id', ...CONTENT_KEYS]) if (v[key] !== undefined) mustBe(v[key], where, key, 'text');
  if (typeof v.id !== 'string' || !ID.test(v.id)) throw new Refused('bad-id', { where });
  // A choice the file gets wrong is quoted in the message: a short cut of it says enough, and
  // hidden characters are not repeated to the user.
  const choices = Object.fromEntries((['reason', 'locale', 'tone'] as const).map((k) => [k, typeof v[k] === 'string' ? shown(v[k].slice(0, 40)) ?? '…' : v[k]]));
  const issues = validateTemplate({ ...v, ...choices }, uiLocale);
  if (issues.length > 0) {
    const more = issues.length > 1 ? ` (+${issues.length - 1})` : '';
    throw new Refused('template', { where, text: describeIssue(issues[0]!, uiLocale) + more });
  }
  return { id: v.id, ...contentOf(v as unknown as TemplateContent) };
}

function read(json: string, uiLocale: Locale): TransferFile {
  if (json.length > TRANSFER_LIMITS.fileBytes || utf8Bytes(json) > TRANSFER_LIMITS.fileBytes) throw new Refused('too-large', TOO_LARGE);
  // Editors on Windows often start a UTF-8 file with a byte order mark, which JSON.parse refuses.
  const text = json.replace(/^\uFEFF/u, '');
  if (nestingDepth(text, TRANSFER_LIMITS.depth) > TRANSFER_LIMITS.depth) throw new Refused('too-deep', { where: 'file' });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Refused('not-json', { where: 'file' });
  }
  if (!isObject(data) || data.format !== TRANSFER_FORMAT) throw new Refused('not-ours', { where: 'file' });
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new Refused('bad-version', { where: 'file' });
  if (version > TRANSFER_VERSION) throw new Refused('newer-version', { where: 'file', found: version, max: TRANSFER_VERSION });
  const exportedAt = data.exportedAt;
  if (typeof exportedAt !== 'string' || exportedAt.length > 40 || Number.isNaN(Date.parse(exportedAt))) {
    throw new Refused('wrong-type', { where: 'file', key: 'exportedAt', expected: 'date' });
  }
  const templates = readTemplates(data.templates, uiLocale);
  const profile = readProfile(data.profile);
  return { format: TRANSFER_FORMAT, version: TRANSFER_VERSION, exportedAt, ...(profile ? { profile } : {}), templates };
}

function readTemplates(value: unknown, uiLocale: Locale): TransferTemplate[] {
  mustBe(value, 'file', 'templates', 'list');
  const list = value as unknown[];
  if (list.length > TRANSFER_LIMITS.templates) throw new Refused('too-many', { where: 'file', found: list.length, max: TRANSFER_LIMITS.templates });
  const templates: TransferTemplate[] = [];
  const seen = new Map<string, number>();
  list.forEach((raw, i) => {
    const template = readTemplate(raw, i + 1, uiLocale);
    const first = seen.get(template.id);
    if (first !== undefined) throw new Refused('duplicate-id', { where: { template: i + 1, name: template.name }, found: first });
    seen.set(template.id, i + 1);
    templates.push(template);
  });
  return templates;
}

const TOO_LARGE: TransferDetail = { where: 'file', max: Math.floor(TRANSFER_LIMITS.fileBytes / 100_000) / 10 };

/** The message for a file over the size limit, for a page that checks the size before reading it. */
export const tooLargeMessage = (uiLocale: Locale): string => TRANSFER_MESSAGES[uiLocale]['too-large'](TOO_LARGE);

export type Checked<T> = { ok: true; value: T } | { ok: false; error: TransferError };

function checked<T>(read: () => T, uiLocale: Locale): Checked<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    return { ok: false, error: { code: error.code, message: TRANSFER_MESSAGES[uiLocale][error.code](error.detail) } };
  }
}

/** Reads an import file; a file that cannot be used comes back as a message in `uiLocale`. */
export function parseImportFile(json: string, uiLocale: Locale = 'en'): ParsedFile {
  const result = checked(() => {
    if (typeof json !== 'string') throw new Refused('not-json', { where: 'file' });
    return read(json, uiLocale);
  }, uiLocale);
  return result.ok ? { ok: true, file: result.value } : result;
}

/**
 * Templates and profile fields from another source (a team policy), held to the import file's
 * rules: the first problem comes back as a message that says where it is.
 */
export const checkTemplates = (value: unknown, uiLocale: Locale = 'en'): Checked<TransferTemplate[]> =>
  checked(() => readTemplates(value, uiLocale), uiLocale);
export const checkProfile = (value: unknown, uiLocale: Locale = 'en'): Checked<Profile | undefined> =>
  checked(() => readProfile(value), uiLocale);
