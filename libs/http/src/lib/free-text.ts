import { personalDataIn, PersonalDataKind } from '@vetlink/logging';
import { z } from 'zod';

/**
 * C0/C1 control characters other than tab and line breaks, and the bidirectional overrides and
 * isolates that can make a text read differently from what it holds ("Trojan Source").
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const LINE_BREAK = /[\r\n]/;

const PERSONAL_DATA_NAMES: Record<PersonalDataKind, string> = {
  'id-number': 'an ID number',
  'mobile-number': 'a mobile number',
  'email-address': 'an e-mail address',
};

export interface FreeTextRules {
  max: number;
  min?: number;
  /** Whether line breaks are allowed (descriptions) or not (names, titles). */
  multiline?: boolean;
  /**
   * Personal data others will read (a job description is public): text shaped like these is refused,
   * with a message naming what was found, so it is never published or stored by accident.
   */
  refuse?: readonly PersonalDataKind[];
}

/**
 * A trimmed free-text field: no control or bidirectional-override characters, no line breaks unless
 * multiline, and none of the personal data it is told to refuse. Refusal, not masking: the author
 * sees why and decides, and nothing is changed behind their back.
 */
export function freeText({ max, min = 1, multiline = false, refuse = [] }: FreeTextRules) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .superRefine((text, context) => {
      const problem = textProblem(text, multiline, refuse);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    });
}

/** Personal data a public text (job posting, profile summary shown to employers) must not carry. */
export const PUBLIC_TEXT_REFUSES: readonly PersonalDataKind[] = [
  'id-number',
  'mobile-number',
  'email-address',
];

function textProblem(
  text: string,
  multiline: boolean,
  refuse: readonly PersonalDataKind[],
): string | undefined {
  if (CONTROL.test(text)) return 'must not contain control characters';
  if (BIDI_CONTROL.test(text)) return 'must not contain bidirectional control characters';
  if (!multiline && LINE_BREAK.test(text)) return 'must be one line';
  const found = personalDataIn(text).filter((kind) => refuse.includes(kind));
  if (found.length > 0) {
    const names = found.map((kind) => PERSONAL_DATA_NAMES[kind]).join(' and ');
    return `must not contain personal data: it holds what looks like ${names}; contact details belong in their own fields`;
  }
  return undefined;
}
