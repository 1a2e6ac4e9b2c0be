import type { Role } from '@selaras/contracts';

/** What a route acts on, so the matrix can build one in each unit around the caller. */
export type TargetKind =
  | 'unit'
  | 'user'
  | 'userPosition'
  | 'inmate'
  | 'product'
  | 'productPermit'
  | 'batch'
  | 'sale'
  | 'programme'
  | 'enrolment'
  | 'incident'
  | 'incidentAgency'
  | 'assignment'
  | 'directive'
  | 'meeting'
  | 'campaignSite';

/** Where a caller's unit stands relative to the target's unit. */
export const RELATIONS = ['own', 'parent', 'sibling', 'outside'] as const;
export type Relation = (typeof RELATIONS)[number];

/** The answer a cell expects: the route served the caller, refused the role, or hid the target. */
export type Outcome = 'granted' | 'forbidden' | 'hidden';

/**
 * none: the route acts on no unit's record (lists are scoped by their own suites), so only the role decides.
 * absent: no target is built yet (a campaign, a stage request, a file, a notification…); an id that exists
 *   nowhere is sent, so a permitted role must get 404 or a validation error, never 401/403.
 * within: the target is built in each relation; the caller's own unit is served and everything outside the
 *   caller's subtree (its Kanwil, another UPT) is hidden (404); `answers` sets one relation apart (`roleAnswers`
 *   for one role), each with a comment why.
 */
export type RouteRule =
  | { scope: 'none' }
  | { scope: 'absent' }
  | {
      scope: 'within';
      target: TargetKind;
      answers?: Partial<Record<Relation, Outcome>>;
      roleAnswers?: Partial<Record<Role, Partial<Record<Relation, Outcome>>>>;
    };

const NONE: RouteRule = { scope: 'none' };
const ABSENT: RouteRule = { scope: 'absent' };

function within(target: TargetKind): RouteRule {
  return { scope: 'within', target };
}

/** One rule per route of the route access table; the matrix fails on a route without one. */
export const ROUTE_RULES: Record<string, RouteRule> = {
  'GET /healthz': NONE,
  'GET /readyz': NONE,
  'GET /api/v1/info': NONE,
  'GET /api/openapi.json': NONE,
  'POST /api/v1/auth/login': NONE,
  'POST /api/v1/auth/logout': NONE,
  'POST /api/v1/auth/logout-all': NONE,
  'GET /api/v1/me': NONE,
  'POST /api/v1/me/position': NONE,
  'POST /api/v1/me/password': NONE,
  'GET /api/v1/me/tokens': NONE,
  'POST /api/v1/me/tokens': NONE,
  'DELETE /api/v1/me/tokens/:id': ABSENT,
  'GET /api/v1/units': NONE,
  'GET /api/v1/units/tree': NONE,
  'GET /api/v1/units/:id': within('unit'),
  'POST /api/v1/units/import': NONE,
  'GET /api/v1/users': NONE,
  'GET /api/v1/users/:id': within('user'),
  'POST /api/v1/users': NONE,
  'PATCH /api/v1/users/:id': within('user'),
  'POST /api/v1/users/:id/positions': within('user'),
  'DELETE /api/v1/users/:id/positions/:positionId': within('userPosition'),
  'POST /api/v1/users/:id/password': within('user'),
  'GET /api/v1/audit-events': NONE,
  'GET /api/v1/directives': NONE,
  'POST /api/v1/directives': NONE,
  'GET /api/v1/directives/:id': within('directive'),
  // Only a draft in the issuer's subtree is issued: to the unit it is addressed to, it is not there to issue (canIssue).
  'POST /api/v1/directives/:id/issue': { scope: 'within', target: 'directive', answers: { own: 'hidden' } },
  'GET /api/v1/directives/:id/rollup': within('directive'),
  // The addressed unit reads but does not amend: a leader of the issuing unit or above, or an admin anywhere (canAmend).
  'PATCH /api/v1/directives/:id': { scope: 'within', target: 'directive', answers: { own: 'forbidden' }, roleAnswers: { admin: { own: 'granted' } } },
  'GET /api/v1/directives/:id/versions': within('directive'),
  'GET /api/v1/assignments': NONE,
  'GET /api/v1/assignments/:id': within('assignment'),
  'GET /api/v1/assignments/:id/reports': within('assignment'),
  'POST /api/v1/assignments/:id/reports': within('assignment'),
  'POST /api/v1/reports/:id/decision': ABSENT,
  'GET /api/v1/notifications': NONE,
  'POST /api/v1/notifications/:id/read': ABSENT,
  'POST /api/v1/notifications/read-all': NONE,
  'POST /api/v1/files': NONE,
  'GET /api/v1/files/:id': ABSENT,
  'GET /api/v1/files/:id/thumbnail': ABSENT,
  'POST /api/v1/uploads': NONE,
  'GET /api/v1/uploads/:id': ABSENT,
  'PATCH /api/v1/uploads/:id': ABSENT,
  'POST /api/v1/uploads/:id/complete': ABSENT,
  'GET /api/v1/meetings': NONE,
  'POST /api/v1/meetings': NONE,
  'GET /api/v1/meetings/chair-options': NONE,
  'GET /api/v1/meetings/:id': within('meeting'),
  'GET /api/v1/meetings/:id/attendance': within('meeting'),
  'POST /api/v1/meetings/:id/check-in': within('meeting'),
  // The organiser records attendance and minutes; an invited unit only checks itself in.
  'PUT /api/v1/meetings/:id/attendance/:unitId': { scope: 'within', target: 'meeting', answers: { own: 'forbidden' } },
  'PUT /api/v1/meetings/:id/minutes': { scope: 'within', target: 'meeting', answers: { own: 'forbidden' } },
  // Decisions become directives in the organiser's hands, not the invited unit's.
  'POST /api/v1/meetings/:id/decisions/:index/directive': { scope: 'within', target: 'meeting', answers: { own: 'forbidden' } },
  'POST /api/v1/assignments/:id/requests': within('assignment'),
  'GET /api/v1/assignment-requests': NONE,
  'POST /api/v1/assignment-requests/:id/decision': ABSENT,
  'PUT /api/v1/assignments/:id/draft': within('assignment'),
  'POST /api/v1/reports/decisions': NONE,
  'GET /api/v1/assignments/pending-summary': NONE,
  'GET /api/v1/assignments/export': NONE,
  'GET /api/v1/directives/:id/report.pdf': within('directive'),
  'GET /api/v1/overview': NONE,
  'GET /api/v1/campaigns': NONE,
  'POST /api/v1/campaigns': NONE,
  'GET /api/v1/campaigns/:id': ABSENT,
  'PATCH /api/v1/campaigns/:id': ABSENT,
  'GET /api/v1/campaigns/:id/allocations': ABSENT,
  'PUT /api/v1/campaigns/:id/allocations': ABSENT,
  'GET /api/v1/campaigns/:id/sites': ABSENT,
  'POST /api/v1/campaigns/:id/sites': ABSENT,
  'PATCH /api/v1/campaigns/:id/sites/:siteId': within('campaignSite'),
  'DELETE /api/v1/campaigns/:id/sites/:siteId': within('campaignSite'),
  'PUT /api/v1/campaigns/:id/sites/:siteId/results': within('campaignSite'),
  'POST /api/v1/campaigns/:id/sites/:siteId/photos': within('campaignSite'),
  'PATCH /api/v1/campaigns/:id/photos/:photoId': ABSENT,
  'DELETE /api/v1/campaigns/:id/photos/:photoId': ABSENT,
  'PUT /api/v1/campaigns/:id/sites/:siteId/checks/:window': within('campaignSite'),
  'GET /api/v1/campaigns/:id/readiness': ABSENT,
  'PUT /api/v1/campaigns/:id/readiness/:stage': ABSENT,
  'POST /api/v1/campaigns/:id/check-ins': ABSENT,
  'GET /api/v1/campaigns/:id/readiness-board': ABSENT,
  'POST /api/v1/campaigns/:id/reports': ABSENT,
  'GET /api/v1/campaigns/:id/queue': ABSENT,
  'GET /api/v1/campaigns/:id/board': ABSENT,
  'GET /api/v1/campaigns/:id/survival': ABSENT,
  'GET /api/v1/campaigns/:id/export': ABSENT,
  'GET /api/v1/campaigns/:id/summary.pdf': ABSENT,
  'GET /api/v1/public/campaigns/:id': ABSENT,
  'GET /api/v1/public/campaigns/:id/photos/:fileId': ABSENT,
  'POST /api/v1/incidents': NONE,
  'GET /api/v1/incidents': NONE,
  'GET /api/v1/incidents/:id': within('incident'),
  'PATCH /api/v1/incidents/:id': within('incident'),
  'POST /api/v1/incidents/:id/updates': within('incident'),
  'POST /api/v1/incidents/:id/status': within('incident'),
  'PUT /api/v1/incidents/:id/sop/:stepKey': within('incident'),
  'POST /api/v1/incidents/:id/agencies': within('incident'),
  'PATCH /api/v1/incidents/:id/agencies/:agencyId': within('incidentAgency'),
  'GET /api/v1/incidents/:id/persons': within('incident'),
  'GET /api/v1/programmes': NONE,
  'GET /api/v1/programmes/:id': within('programme'),
  'POST /api/v1/programmes': NONE,
  'PATCH /api/v1/programmes/:id': within('programme'),
  'GET /api/v1/programmes/:id/enrolments': within('programme'),
  'POST /api/v1/programmes/:id/enrolments': within('programme'),
  'POST /api/v1/programmes/:id/enrolments/:enrolmentId/status': within('enrolment'),
  'POST /api/v1/incidents/:id/persons': within('incident'),
  'PUT /api/v1/incidents/:id/review': within('incident'),
  // The reviewer closes from above the unit: in its own unit it is refused, not hidden (incidents.policy mayClose).
  'POST /api/v1/incidents/:id/close': { scope: 'within', target: 'incident', answers: { own: 'forbidden' } },
  'POST /api/v1/incidents/:id/alerts/:alertId/ack': ABSENT,
  'GET /api/v1/incidents/open-serious': NONE,
  'GET /api/v1/incidents/stats': NONE,
  'GET /api/v1/incidents/map': NONE,
  'GET /api/v1/incidents/export.csv': NONE,
  'GET /api/v1/incidents/export.xlsx': NONE,
  'GET /api/v1/incidents/:id/report.pdf': within('incident'),
  'GET /api/v1/incident-catalogue': NONE,
  'POST /api/v1/incident-catalogue/categories': NONE,
  'PUT /api/v1/incident-catalogue/categories/:id': ABSENT,
  'PUT /api/v1/incident-catalogue/severities/:code': ABSENT,
  'GET /api/v1/incident-catalogue/categories/:id/sop': ABSENT,
  'POST /api/v1/incident-catalogue/categories/:id/sop': ABSENT,
  'GET /api/v1/incident-catalogue/rules': NONE,
  'PUT /api/v1/incident-catalogue/rules': NONE,
  'GET /api/v1/programme-figures': NONE,
  'GET /api/v1/inmates/:id/certificates': within('inmate'),
  'POST /api/v1/inmates/:id/certificates': within('inmate'),
  'GET /api/v1/inmates/:id/summary': within('inmate'),
  'GET /api/v1/inmates/:id/summary.pdf': within('inmate'),
  'GET /api/v1/inmates/:id/summary.xlsx': within('inmate'),
  'GET /api/v1/community-activities': NONE,
  'POST /api/v1/community-activities': NONE,
  'GET /api/v1/community-activities/summary': NONE,
  'GET /api/v1/programmes/:id/sessions': within('programme'),
  'GET /api/v1/programmes/:id/sessions/:date/:start/attendance': within('programme'),
  'PUT /api/v1/programmes/:id/sessions/:date/:start/attendance': within('programme'),
  'GET /api/v1/inmates': NONE,
  'GET /api/v1/inmates/:id': within('inmate'),
  'GET /api/v1/products': NONE,
  'POST /api/v1/products': NONE,
  'GET /api/v1/products/:id': within('product'),
  'PATCH /api/v1/products/:id': within('product'),
  'POST /api/v1/products/:id/permits': within('product'),
  'PATCH /api/v1/products/:id/permits/:permitId': within('productPermit'),
  'DELETE /api/v1/products/:id/permits/:permitId': within('productPermit'),
  'POST /api/v1/products/:id/stage-requests': within('product'),
  'GET /api/v1/stage-requests': NONE,
  'POST /api/v1/stage-requests/:id/approve': ABSENT,
  'POST /api/v1/stage-requests/:id/return': ABSENT,
  'GET /api/v1/cooperatives': NONE,
  'PUT /api/v1/units/:unitId/cooperative': within('unit'),
  'GET /api/v1/units/:unitId/preorders': within('unit'),
  'PUT /api/v1/units/:unitId/preorders/:weekStart': within('unit'),
  'GET /api/v1/preorder-compliance': NONE,
  'GET /api/v1/units/:unitId/prices': within('unit'),
  'PUT /api/v1/units/:unitId/prices': within('unit'),
  'GET /api/v1/units/:unitId/pnbp-deposits': within('unit'),
  'POST /api/v1/units/:unitId/pnbp-deposits': within('unit'),
  // Targets are set from above the UPT: in its own UPT the role is refused, not the unit hidden (maySetTargets).
  'PUT /api/v1/units/:unitId/targets/:year': { scope: 'within', target: 'unit', answers: { own: 'forbidden' } },
  'GET /api/v1/sales-realisation': NONE,
  'GET /api/v1/product-figures': NONE,
  'POST /api/v1/inmates': NONE,
  'PATCH /api/v1/inmates/:id': within('inmate'),
  'POST /api/v1/inmates/import': NONE,
  'GET /api/v1/public/catalogue': NONE,
  'GET /api/v1/public/catalogue/:id': ABSENT,
  'GET /api/v1/public/catalogue/:id/photos/:index': ABSENT,
  'POST /api/v1/public/catalogue/:id/order-requests': ABSENT,
  'GET /api/v1/order-requests': NONE,
  'PATCH /api/v1/order-requests/:id': ABSENT,
  'GET /api/v1/production-batches': NONE,
  'GET /api/v1/production-batches/:id': within('batch'),
  'POST /api/v1/production-batches': NONE,
  'GET /api/v1/production-options': NONE,
  'GET /api/v1/proceeds-split-rules': NONE,
  'POST /api/v1/proceeds-split-rules': NONE,
  'POST /api/v1/sales': NONE,
  'GET /api/v1/sales': NONE,
  'GET /api/v1/sales/:id': within('sale'),
  'GET /api/v1/sale-options': NONE,
  'GET /api/v1/premi': NONE,
  'GET /api/v1/premi/:inmateId': within('inmate'),
  'POST /api/v1/premi/:inmateId/payouts': within('inmate'),
};
