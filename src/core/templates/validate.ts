// Checks a personal template before it is saved, so a typo in a variable is caught in the
// editor (with where it is) and never reaches a client's email.
import { isLocale, isReasonId, isTone, type Locale } from '../types';
import { TEMPLATE_LIMITS, TEMPLATE_VARS, type TemplateContent } from './types';
import { ISSUE_MESSAGES, type IssueDetail, type TemplateIssueCode } from './validate-messages';
import { findHiddenCharacter } from './hidden-characters';

export interface TemplateIssue {
  code: TemplateIssueCode;
  field: 'name' | 'label' | 'reason' | 'locale' | 'tone' | 'body';
  /** UTF-16 offsets into the field's text; line and column count from 1. */
  start: number;
  end: number;
  line: number;
  column: number;
  message: string;
}

// Anything that looks like an attempt at a variable: braces with up to 40 characters between
// them on one line, or a lone run of braces.
const MARKERISH = /\{+[^{}\n]{0,40}?\}+|\{+|\}+/gu;
const WELL_FORMED = /^\{\{(\w+)\}\}$/u;
const known = new Set<string>(TEMPLATE_VARS);
const byLowerCase = new Map(TEMPLATE_VARS.map((v) => [v.toLowerCase(), v]));

/** A value from a page or a file, quoted for a message; never runs the value's own toString. */
const shown = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? typeof value);

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

function variableIssue(marker: string): { code: TemplateIssueCode; suggestion?: string } | undefined {
  const exact = WELL_FORMED.exec(marker)?.[1];
  if (exact !== undefined) {
    if (known.has(exact)) return undefined;
    const near = byLowerCase.get(exact.toLowerCase());
    return near ? { code: 'unknown-variable', suggestion: `{{${near}}}` } : { code: 'unknown-variable' };
  }
  const opens = marker.startsWith('{');
  const closes = marker.endsWith('}');
  const inner = marker.replace(/^\{+|\}+$/gu, '').trim();
  const near = byLowerCase.get(inner.toLowerCase());
  const suggestion = near ? { suggestion: `{{${near}}}` } : {};
  if (opens && closes) return { code: 'malformed-variable', ...suggestion };
  return { code: opens ? 'unclosed-variable' : 'unopened-variable', ...suggestion };
}

/** Every problem in the template, in the order they appear; [] when it can be saved. */
export function validateTemplate(input: Partial<Record<keyof TemplateContent, unknown>>, uiLocale: Locale = 'en'): TemplateIssue[] {
  const say = ISSUE_MESSAGES[uiLocale];
  const issues: TemplateIssue[] = [];
  const add = (code: TemplateIssueCode, field: TemplateIssue['field'], text: string, start: number, end: number, detail: IssueDetail): void => {
    issues.push({ code, field, start, end, ...position(text, start), message: say[code]({ ...detail, field: say.fields[field] }) });
  };
  const text = (field: 'name' | 'label' | 'body', max: number, required: boolean): string => {
    const value = input[field];
    if (value === undefined && !required) return '';
    if (typeof value !== 'string' || value.trim() === '') {
      if (required || value !== undefined) add('missing', field, '', 0, 0, { found: '', field });
      return '';
    }
    if (value.length > max) add('too-long', field, value, max, value.length, { found: '', field, max });
    // Names and labels are one line; only the body may break lines.
    const hidden = findHiddenCharacter(value, field === 'body');
    if (hidden) add('hidden-character', field, value, hidden.index, hidden.index + 1, { found: hidden.codePoint, field, hidden: hidden.kind });
    return value;
  };

  text('name', TEMPLATE_LIMITS.name, true);
  text('label', TEMPLATE_LIMITS.label, false);
  if (input.reason !== undefined && !isReasonId(input.reason)) {
    add('not-allowed', 'reason', '', 0, 0, { found: shown(input.reason), field: 'reason' });
  }
  if (input.reason === undefined && input.label === undefined) add('missing', 'reason', '', 0, 0, { found: '', field: 'reason' });
  if (!isLocale(input.locale)) add('not-allowed', 'locale', '', 0, 0, { found: shown(input.locale), field: 'locale' });
  if (!isTone(input.tone)) add('not-allowed', 'tone', '', 0, 0, { found: shown(input.tone), field: 'tone' });

  const body = text('body', TEMPLATE_LIMITS.body, true);
  for (const match of body.matchAll(MARKERISH)) {
    const problem = variableIssue(match[0]);
    if (!problem) continue;
    const detail: IssueDetail = { found: match[0], field: 'body' };
    if (problem.suggestion !== undefined) detail.suggestion = problem.suggestion;
    add(problem.code, 'body', body, match.index, match.index + match[0].length, detail);
  }
  return issues;
}

/** One issue as a sentence that says where it is, e.g. for an error message. */
export function describeIssue(issue: TemplateIssue, uiLocale: Locale = 'en'): string {
  return issue.field === 'body' ? `${ISSUE_MESSAGES[uiLocale].at(issue.line, issue.column)}: ${issue.message}` : issue.message;
}
