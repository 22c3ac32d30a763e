import { z } from 'zod';

/** An instalment as the API shows it (a preview's, or a loan's with its payment state). */
export const installmentViewSchema = z.object({
  sequence: z.number().int(),
  dueOn: z.string(),
  principalFen: z.number().int(),
  interestFen: z.number().int(),
  fundInterestFen: z.number().int(),
  borrowerInterestFen: z.number().int(),
});

export const scheduleTotalsSchema = z.object({
  principalFen: z.number().int(),
  interestFen: z.number().int(),
  fundInterestFen: z.number().int(),
  borrowerInterestFen: z.number().int(),
  borrowerPaysFen: z.number().int(),
});
