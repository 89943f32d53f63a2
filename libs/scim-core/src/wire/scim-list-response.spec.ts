import { buildListResponse } from './scim-list-response';

describe(buildListResponse.name, () => {
  const sut = buildListResponse;

  it('should wrap an unpaged list (RFC 7644 §3.4.2)', () => {
    expect(sut([{ id: 'a' }, { id: 'b' }])).toEqual({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
      totalResults: 2,
      startIndex: 1,
      itemsPerPage: 2,
      Resources: [{ id: 'a' }, { id: 'b' }],
    });
  });

  it('should keep the total and start index of a page', () => {
    expect(sut([{ id: 'c' }], { startIndex: 3, totalResults: 10 })).toMatchObject({
      totalResults: 10,
      startIndex: 3,
      itemsPerPage: 1,
    });
  });
});
