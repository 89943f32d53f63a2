import { Test } from '@nestjs/testing';
import { ScimError } from '@app/scim-core';
import { OrgRolesModule } from './org-roles.module';
import { OrgRolesService } from './org-roles.service';

describe(OrgRolesModule.name, () => {
  it('should provide OrgRolesService to importing modules', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [OrgRolesModule] }).compile();

    const sut = moduleRef.get(OrgRolesService);

    expect(sut.fromOrganizationRole('guest')).toBe('guest');
    expect(sut.toOrganizationRole('admin')).toBe('Admin');
    expect(
      sut.missingTokenPrerequisites({
        plan: 'team',
        ssoConfigured: true,
        callerRole: 'admin',
        callerActive: true,
      }),
    ).toEqual(['enterprisePlan']);
    expect(() =>
      sut.assertKeepsAnActiveAdmin({
        current: { role: 'admin', active: true },
        next: { role: 'admin', active: true, deleted: true },
        otherActiveAdmins: 0,
      }),
    ).toThrow(ScimError);
    await moduleRef.close();
  });
});
