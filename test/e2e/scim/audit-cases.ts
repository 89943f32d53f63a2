import type request from 'supertest';
import type { ScimUser } from '@app/scim-core';
import { LAMBDATEST_USER_SCHEMA, patchBody, userBody, type ScimOrg } from './scim-helpers';

export interface AuditCase {
  send: (org: ScimOrg, user: ScimUser) => request.Test;
  status: number;
  action: string;
  outcome: 'success' | 'failure';
  /** The member the event names: the fresh user, the console owner, or none the request could name. */
  target: 'user' | 'owner' | 'none';
  /** For refusals: a fragment of the reason, as the error detail gave it. */
  detail?: RegExp;
}

export const AUDIT_CASES: [string, AuditCase][] = [
  [
    'a create',
    {
      send: (o) => o.scim.post('/Users', userBody('audit.new@x.com')),
      status: 201,
      action: 'create',
      outcome: 'success',
      target: 'none',
    },
  ],
  [
    'a PUT',
    {
      send: (o, u) => o.scim.put(`/Users/${u.id}`, userBody(u.userName, { title: 'T' })),
      status: 200,
      action: 'replace',
      outcome: 'success',
      target: 'user',
    },
  ],
  [
    'a PATCH',
    {
      send: (o, u) =>
        o.scim.patch(`/Users/${u.id}`, patchBody({ op: 'Replace', path: 'active', value: 'False' })),
      status: 200,
      action: 'patch',
      outcome: 'success',
      target: 'user',
    },
  ],
  [
    'a DELETE',
    {
      send: (o, u) => o.scim.delete(`/Users/${u.id}`),
      status: 204,
      action: 'delete',
      outcome: 'success',
      target: 'user',
    },
  ],
  [
    'a create without userName',
    {
      send: (o) => o.scim.post('/Users', userBody('')),
      status: 400,
      action: 'create',
      outcome: 'failure',
      target: 'none',
      detail: /userName/,
    },
  ],
  [
    'a PUT without name.familyName',
    {
      send: (o, u) =>
        o.scim.put(`/Users/${u.id}`, { userName: u.userName, active: true, name: { givenName: 'G' } }),
      status: 400,
      action: 'replace',
      outcome: 'failure',
      target: 'user',
      detail: /name\.familyName/,
    },
  ],
  [
    'a PATCH of an unknown path',
    {
      send: (o, u) =>
        o.scim.patch(`/Users/${u.id}`, patchBody({ op: 'replace', path: 'shoeSize', value: '9' })),
      status: 400,
      action: 'patch',
      outcome: 'failure',
      target: 'user',
      detail: /shoeSize/,
    },
  ],
  [
    'a PATCH with an invalid role',
    {
      send: (o, u) =>
        o.scim.patch(
          `/Users/${u.id}`,
          patchBody({ op: 'replace', path: `${LAMBDATEST_USER_SCHEMA}:OrganizationRole`, value: 'Boss' }),
        ),
      status: 400,
      action: 'patch',
      outcome: 'failure',
      target: 'user',
      detail: /Admin, Guest, User/,
    },
  ],
  [
    'a DELETE of the last Admin',
    {
      send: (o) => o.scim.delete(`/Users/${o.adminId}`),
      status: 403,
      action: 'delete',
      outcome: 'failure',
      target: 'owner',
      detail: /last active Admin/i,
    },
  ],
  [
    'a PATCH of an unknown user',
    {
      send: (o) =>
        o.scim.patch(
          '/Users/0c7e3b7a-0000-4000-8000-000000000000',
          patchBody({ op: 'replace', path: 'title', value: 'x' }),
        ),
      status: 404,
      action: 'patch',
      outcome: 'failure',
      target: 'none',
      detail: /not found/i,
    },
  ],
  [
    'a DELETE of a non-uuid id',
    {
      send: (o) => o.scim.delete('/Users/not-a-uuid'),
      status: 404,
      action: 'delete',
      outcome: 'failure',
      target: 'none',
      detail: /not-a-uuid/,
    },
  ],
  [
    'a duplicate create',
    {
      send: (o, u) => o.scim.post('/Users', userBody(u.userName.toUpperCase())),
      status: 409,
      action: 'create',
      outcome: 'failure',
      target: 'none',
      detail: /already exists/,
    },
  ],
  [
    'a stale PUT',
    {
      send: (o, u) => o.scim.put(`/Users/${u.id}`, userBody(u.userName)).set('If-Match', 'W/"7"'),
      status: 412,
      action: 'replace',
      outcome: 'failure',
      target: 'user',
      detail: /W\/"1"/,
    },
  ],
  [
    'a stale DELETE',
    {
      send: (o, u) => o.scim.delete(`/Users/${u.id}`).set('If-Match', 'W/"7"'),
      status: 412,
      action: 'delete',
      outcome: 'failure',
      target: 'user',
      detail: /version/,
    },
  ],
];
