import type { Principal } from '@vetlink/auth';
import type { Application } from './domain/application';

export type ApplicationView = Omit<Application, 'reviewers'> & { reviewers?: Application['reviewers'] };

/**
 * The application as its reader may see it: the founder does not learn who reviews them (reviewers score
 * without being lobbied); staff, officers and reviewers see the whole of it.
 */
export function viewFor(reader: Principal, application: Application): ApplicationView {
  if (reader.role === 'veteran' && reader.userId === application.founderId) {
    const { reviewers: _hidden, ...rest } = application;
    return rest;
  }
  return application;
}
