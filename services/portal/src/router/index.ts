import { createRouter, createWebHistory, type RouteRecordRaw, type Router } from 'vue-router';
import type { Session } from '../session/session';
import { homeOf } from '../domain/roles';

// Each file of routes/ is one part of the portal (public pages, one per role); every page is loaded
// lazily, its own chunk, so a veteran on a phone downloads none of the employers' or officers' code. A
// new part brings its own file and nothing here changes; vue-router ranks paths, so order is irrelevant.
const parts = import.meta.glob<RouteRecordRaw[]>('./routes/*.ts', { eager: true, import: 'default' });
const routes: RouteRecordRaw[] = Object.values(parts).flat();

/**
 * The pages of a role need that role's session: without one, sign-in (and back here after);
 * with another role's, that role's home.
 */
export function createPortalRouter(session: Session, history = createWebHistory()): Router {
  const router = createRouter({ history, routes });
  router.beforeEach(async (to) => {
    const identity = await session.restore().catch(() => undefined);
    if (to.path === '/' || to.path === '/sign-in') return identity ? homeOf(identity.role) : true;
    const role = to.matched.find((record) => record.meta['role'])?.meta['role'];
    if (!role) return true;
    if (!identity) return { path: '/sign-in', query: { next: to.fullPath } };
    return identity.role === role ? true : homeOf(identity.role);
  });
  return router;
}
