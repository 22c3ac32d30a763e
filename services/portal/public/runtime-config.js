// Where the portal finds the gateway. The static server (scripts/serve-dist.mjs) answers this file from
// PORTAL_API_BASE_URL when set, so one build serves any platform; this copy is the default.
window.VETLINK_API_BASE_URL = window.VETLINK_API_BASE_URL || 'http://127.0.0.1:3000';
