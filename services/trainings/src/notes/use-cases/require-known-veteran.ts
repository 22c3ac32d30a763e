import { NotFoundError } from '@vetlink/http';
import { KnownVeteran } from '../domain/known-veteran';
import { KnownVeteransRepository } from '../known-veterans.repository';

/** The veteran, or a 404: notes exist only about veterans whose profile this service has heard of. */
export async function requireKnownVeteran(
  veterans: KnownVeteransRepository,
  veteranId: string,
): Promise<KnownVeteran> {
  const veteran = await veterans.find(veteranId);
  if (!veteran) throw new NotFoundError(`no veteran ${veteranId} with a profile is known here`);
  return veteran;
}
