/** The "meta" common attribute (RFC 7643 §3.1); dateTimes are xsd:dateTime strings (§2.3.5). */
export interface ScimMeta {
  resourceType: string;
  created?: string;
  lastModified?: string;
  location?: string;
  version?: string;
}
