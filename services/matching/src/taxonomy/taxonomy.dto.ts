import { createZodDto } from '@vetlink/http';
import { SUGGESTIBLE_KINDS } from '@vetlink/taxonomy';
import { z } from 'zod';

const RESOLVABLE_KINDS = [
  'skill',
  'occupation',
  'certificate',
  'specialty',
  'training',
  'role',
  'rank',
] as const;

/** `a,b` or the parameter repeated, as a list. */
const kindList = <Kinds extends readonly [string, ...string[]]>(kinds: Kinds) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value.split(',').map((part) => part.trim()) : value),
    z.array(z.enum(kinds)).min(1).max(kinds.length),
  );

export class SuggestTermsQuery extends createZodDto(
  z.strictObject({
    q: z.string().trim().min(1).max(40).meta({
      description: 'what the person has typed so far (zh, en, or pinyin: initials, syllables or both)',
    }),
    kinds: kindList(SUGGESTIBLE_KINDS).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  }),
) {}

export class ResolveTermsBody extends createZodDto(
  z.strictObject({
    terms: z.array(z.string().trim().min(1).max(60)).min(1).max(50),
    kinds: z
      .array(z.enum(RESOLVABLE_KINDS))
      .min(1)
      .max(RESOLVABLE_KINDS.length)
      .default([...RESOLVABLE_KINDS]),
  }),
) {}

/** The kinds whose entries can be named by id. */
const NAMEABLE_KINDS = [...RESOLVABLE_KINDS, 'city'] as const;

export class EntryNamesQuery extends createZodDto(
  z.strictObject({
    kind: z.enum(NAMEABLE_KINDS),
    ids: z
      .preprocess(
        (value) => (typeof value === 'string' ? value.split(',').map((part) => part.trim()) : value),
        z.array(z.string().min(1).max(120)).min(1).max(100),
      )
      .meta({ description: 'ids as the other answers carry them, `a,b` or the parameter repeated (≤ 100)' }),
  }),
) {}

export class EntryNamesDto extends createZodDto(
  z.object({
    items: z.array(
      z.object({
        id: z.string(),
        zh: z.string(),
        en: z.string(),
        known: z.boolean().meta({
          description:
            'false: not an entry of the taxonomy — a certificate kept as typed (its text is the name) or an id it no longer has (the id is)',
        }),
      }),
    ),
  }),
) {}

const suggestion = z.object({
  kind: z.string(),
  id: z.string(),
  zh: z.string(),
  en: z.string(),
  matched: z.string(),
  score: z.number(),
  pinyin: z.string().optional().meta({
    description: 'the matched term spelled in pinyin ("cha che si ji") when the text matched it as pinyin',
  }),
});

export class TermSuggestionsDto extends createZodDto(z.object({ items: z.array(suggestion) })) {}

export class ResolvedTermsDto extends createZodDto(
  z.object({
    items: z.array(
      z.object({
        text: z.string(),
        resolved: z
          .object({
            kind: z.string(),
            id: z.string(),
            zh: z.string(),
            en: z.string(),
            confidence: z.number(),
            method: z.string(),
            matched: z.string(),
          })
          .nullable()
          .meta({ description: 'null: the taxonomy does not know it; keep the text as typed' }),
      }),
    ),
  }),
) {}
