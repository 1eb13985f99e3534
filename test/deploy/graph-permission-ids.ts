/** Microsoft Graph and the ids of the permissions the app registration declares (checked against Microsoft's published data). */
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
// Microsoft Graph application permission (app role) ids, as published in Graph's service principal.
export const ROLE_MANAGEMENT_ALERT_READ_WRITE = '11059518-d6a6-4851-98ed-509268489c4a';
export const ROLE_MANAGEMENT_ALERT_READ = 'ef31918f-2d50-4755-8943-b8638c0a077e';
export const GROUP_MEMBER_READ_ALL = '98830695-27a2-44f7-8c18-0c3ebc9698f6';
// POST /users/{id}/checkMemberGroups app-only: User.Read.All and GroupMember.Read.All (Graph API reference,
// "Group memberships for other users"; permissions/new/permissions.json lists both for that path).
export const USER_READ_ALL = 'df021288-bdef-4463-88db-98f22de89214';
// Delegated permission (Scope) ids: permissions/new/provisioningInfo.json (RoleManagementAlert.ReadWrite.Directory,
// DelegatedWork) and permissions/permissions-descriptions.json (the OpenID Connect scopes) of microsoft-graph-devx-content.
export const DELEGATED = {
  RoleManagementAlert_ReadWrite_Directory: '435644c6-a5b1-40bf-8f52-fe8e5b53e19c',
  openid: '37f7f235-527c-4136-accd-4a02d197296e',
  profile: '14dad69e-099b-42c9-810b-d002981feec1',
  offline_access: '7427e0e9-2fba-42fe-b0c0-848c9e6a8182',
} as const;
