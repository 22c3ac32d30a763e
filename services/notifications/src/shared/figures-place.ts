/**
 * Where the bureau's figures count a notification (insights reads it from the inbox announcements): a
 * weekly digest's veteran's home city and district, as the cause named them. Carried from the request to
 * the notification, the inbox item and the announcements, so that a digest's delivery and its opening
 * count in the same place.
 */
export interface FiguresPlace {
  cityId?: string;
  districtId?: string;
}

/** The place's fields that are known, ready to spread into a record: a district only with its city. */
export function figuresPlaceOf(source: FiguresPlace): FiguresPlace {
  if (!source.cityId) return {};
  return { cityId: source.cityId, ...(source.districtId ? { districtId: source.districtId } : {}) };
}
