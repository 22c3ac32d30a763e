import { mentorViewSchema } from '../mentors/mentor.view';
import { createZodDto } from '@vetlink/http';
import { z } from 'zod';
import { toShanghaiIso } from '../availability/domain/shanghai';
import { Slot } from '../availability/domain/slots';

const slotViewSchema = z.object({ start: z.string(), end: z.string() });
const slotsViewSchema = z.object({
  mentorId: z.string(),
  minutes: z.number(),
  timeZone: z.literal('Asia/Shanghai'),
  slots: z.array(slotViewSchema),
});

/** GET /mentors: the mentors found, each with its first free slot or distance when asked for. */
const foundMentorsSchema = z.object({
  items: z.array(
    mentorViewSchema.extend({ firstFreeSlot: slotViewSchema.optional(), distanceKm: z.number().optional() }),
  ),
});
export class FoundMentorsDto extends createZodDto(foundMentorsSchema) {}

export type SlotView = z.infer<typeof slotViewSchema>;
export type SlotsView = z.infer<typeof slotsViewSchema>;
export class SlotsViewDto extends createZodDto(slotsViewSchema) {}

export function toSlotView(slot: Slot): SlotView {
  return { start: toShanghaiIso(slot.start), end: toShanghaiIso(slot.end) };
}
