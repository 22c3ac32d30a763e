import type { DemoRandom } from '../random';

/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015): registering authority and kind of
 * organisation (2 characters), administrative division (6 digits), the organisation code of
 * GB 11714-1997 (8 characters and its own check character) and a check character over the first 17.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** 3^(i-1) mod 31 for positions 1 to 17. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORGANISATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** The first two characters: who registered the organisation, and as what. */
export const ORGANISATION_KINDS = {
  /** 9 1: a company, registered with market regulation. */
  enterprise: '91',
  /** 1 1: a government body (机关), registered with the staffing office. */
  'government-body': '11',
  /** 1 2: a public institution (事业单位). */
  'public-institution': '12',
  /** 5 2: a private non-enterprise unit (民办非企业单位), e.g. a private care home. */
  'private-non-enterprise': '52',
} as const;

export type OrganisationKind = keyof typeof ORGANISATION_KINDS;

export function creditCodeCheckCharacter(first17: string): string {
  const sum = [...first17].reduce(
    (total, character, index) => total + ALPHABET.indexOf(character) * (WEIGHTS[index] ?? 0),
    0,
  );
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Shape, division digits and check character, as the job-postings service checks them. */
export function isValidCreditCode(code: string): boolean {
  return (
    code.length === 18 &&
    [...code].every((character) => ALPHABET.includes(character)) &&
    /^\d{6}$/.test(code.slice(2, 8)) &&
    code.charAt(17) === creditCodeCheckCharacter(code.slice(0, 17))
  );
}

/** The check character of a GB 11714 organisation code body (8 characters): a digit or X. */
export function organisationCodeCheckCharacter(body: string): string {
  const sum = [...body].reduce(
    (total, character, index) =>
      total + Number.parseInt(character, 36) * (ORGANISATION_CODE_WEIGHTS[index] ?? 0),
    0,
  );
  const value = 11 - (sum % 11);
  return value === 10 ? 'X' : value === 11 ? '0' : String(value);
}

/**
 * A well-formed code for an organisation registered in `divisionCode`. Companies registered since
 * 2015 get the "MA" series of organisation codes; older ones and public bodies a numeric code.
 */
export function randomCreditCode(random: DemoRandom, kind: OrganisationKind, divisionCode: string): string {
  const body =
    kind === 'enterprise' && random.chance(0.6)
      ? `MA${random.characters('123456789', 1)}${random.characters(ALPHABET, 5)}`
      : random.characters('0123456789', 8);
  const first17 = `${ORGANISATION_KINDS[kind]}${divisionCode}${body}${organisationCodeCheckCharacter(body)}`;
  return first17 + creditCodeCheckCharacter(first17);
}
