import { ENTERPRISE_USER_SCHEMA } from '../scim-urns';
import { defineAttribute, type ScimSchemaDefinition } from './scim-attribute-definition';

/** The Enterprise User extension (RFC 7643 §4.3, represented in §8.7.1). */
export const ENTERPRISE_USER_SCHEMA_DEFINITION: ScimSchemaDefinition = {
  id: ENTERPRISE_USER_SCHEMA,
  name: 'EnterpriseUser',
  description: 'Enterprise User',
  attributes: [
    defineAttribute(
      'employeeNumber',
      'Numeric or alphanumeric identifier assigned to a person by the organization.',
    ),
    defineAttribute('costCenter', 'Identifies the name of a cost center.'),
    defineAttribute('organization', 'Identifies the name of an organization.'),
    defineAttribute('division', 'Identifies the name of a division.'),
    defineAttribute('department', 'Identifies the name of a department.'),
    defineAttribute('manager', "The User's manager.", {
      type: 'complex',
      // Entra sends the manager as a bare id string (SCIMple #1242, scimitar #48).
      bareValueSubAttribute: 'value',
      subAttributes: [
        defineAttribute('value', 'The id of the SCIM resource representing the User’s manager.'),
        defineAttribute('$ref', 'The URI of the SCIM resource representing the User’s manager.', {
          type: 'reference',
          referenceTypes: ['User'],
        }),
        defineAttribute('displayName', "The displayName of the User's manager.", { mutability: 'readOnly' }),
      ],
    }),
  ],
};
