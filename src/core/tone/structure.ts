// The structure checks of docs/design.md section 4: does the email thank, say no early, offer an
// alternative, leave the door open, and keep regret within the tone's budget? A missing part is
// reported as an empty span where it belongs: thanks and the no at the body's start, the
// alternative and the open door at its end.
import type { Finding, LintOptions, ReasonId, Tone } from '../types';
import type { CompiledRules } from './compile';
import { sentenceNumber, type Layout } from './layout';
import type { StructureCheck, ToneRules } from './rule-types';

/** The no must begin within this many sentences of the body. */
const EARLY_SENTENCES = 3;

/** How many expressions of regret each tone allows before the next one is flagged. */
const REGRET_BUDGET: Readonly<Record<Tone, number>> = { warm: 1, neutral: 1, firm: 0 };

const SEVERITY: Readonly<Record<StructureCheck, Readonly<Record<Tone, Finding['severity']>>>> = {
  'thanks-missing': { warm: 'warning', neutral: 'warning', firm: 'info' },
  'clear-no-missing': { warm: 'warning', neutral: 'warning', firm: 'warning' },
  'clear-no-late': { warm: 'warning', neutral: 'warning', firm: 'warning' },
  'alternative-missing': { warm: 'info', neutral: 'info', firm: 'info' },
  'open-door-missing': { warm: 'info', neutral: 'info', firm: 'info' },
  'regret-excess': { warm: 'warning', neutral: 'info', firm: 'warning' },
};

// What each reason's drafts contain (docs/design.md sections 2 and 3): buy-time asks for time
// instead of refusing, so there is neither a no nor a door to leave open; disrespect-or-ethics
// thanks for nothing, offers no alternative and never an open door.
const WITHOUT_THANKS: ReadonlySet<ReasonId> = new Set(['disrespect-or-ethics']);
const WITHOUT_CLEAR_NO: ReadonlySet<ReasonId> = new Set(['buy-time']);
const WITHOUT_ALTERNATIVE: ReadonlySet<ReasonId> = new Set(['disrespect-or-ethics']);
const WITHOUT_OPEN_DOOR: ReadonlySet<ReasonId> = new Set(['disrespect-or-ethics', 'buy-time']);

interface Span {
  start: number;
  end: number;
}

export function structureFindings(
  rules: ToneRules,
  compiled: CompiledRules,
  text: string,
  opts: LintOptions,
  layout: Layout,
): Finding[] {
  const { lists } = compiled;
  const expects = (skip: ReadonlySet<ReasonId>): boolean => !opts.reason || !skip.has(opts.reason);
  const bodyStartSpan = { start: trimmedStart(text, layout), end: trimmedStart(text, layout) };
  const bodyEndSpan = { start: trimmedEnd(text, layout), end: trimmedEnd(text, layout) };
  const findings: Finding[] = [];
  const report = (check: StructureCheck, span: Span, matched = ''): void => {
    const { message, suggestion } = rules.structureText[check];
    findings.push({
      ruleId: `structure/${check}`,
      category: 'structure',
      severity: SEVERITY[check][opts.tone],
      ...span,
      message: message.replace('{match}', () => matched),
      ...(suggestion === undefined ? {} : { suggestion }),
    });
  };

  if (expects(WITHOUT_THANKS) && !firstIn(lists.thanks, text, layout)) report('thanks-missing', bodyStartSpan);
  if (expects(WITHOUT_CLEAR_NO)) {
    const no = firstIn(lists.clearNo, text, layout);
    if (!no) report('clear-no-missing', bodyStartSpan);
    else if (sentenceNumber(text, layout.bodyStart, no.start, compiled.abbreviations) > EARLY_SENTENCES)
      report('clear-no-late', no, text.slice(no.start, no.end));
  }
  if (expects(WITHOUT_ALTERNATIVE) && !firstIn(lists.alternative, text, layout)) report('alternative-missing', bodyEndSpan);
  if (expects(WITHOUT_OPEN_DOOR) && !firstIn(lists.openDoor, text, layout)) report('open-door-missing', bodyEndSpan);
  for (const regret of allIn(lists.regret, text, layout).slice(REGRET_BUDGET[opts.tone]))
    report('regret-excess', regret, text.slice(regret.start, regret.end));
  return findings;
}

function firstIn(regex: RegExp, text: string, { bodyStart, bodyEnd }: Layout): Span | undefined {
  regex.lastIndex = bodyStart;
  const found = regex.exec(text);
  if (!found || found.index + found[0].length > bodyEnd) return undefined;
  return { start: found.index, end: found.index + found[0].length };
}

function allIn(regex: RegExp, text: string, { bodyStart, bodyEnd }: Layout): Span[] {
  const spans: Span[] = [];
  regex.lastIndex = bodyStart;
  for (let found = regex.exec(text); found && found.index < bodyEnd; found = regex.exec(text)) {
    if (found[0].length === 0) regex.lastIndex += 1;
    else if (found.index + found[0].length <= bodyEnd) spans.push({ start: found.index, end: found.index + found[0].length });
  }
  return spans;
}

function trimmedStart(text: string, { bodyStart, bodyEnd }: Layout): number {
  let start = bodyStart;
  while (start < bodyEnd && /\s/.test(text[start] ?? '')) start += 1;
  return start;
}

function trimmedEnd(text: string, { bodyStart, bodyEnd }: Layout): number {
  let end = bodyEnd;
  while (end > bodyStart && /\s/.test(text[end - 1] ?? '')) end -= 1;
  return end;
}
