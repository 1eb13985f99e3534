/** Demo directory data for the seeded tenant: users and built-in Microsoft Entra roles (real template ids). */
export interface DemoUser {
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
}

export interface DemoRole {
  readonly templateId: string;
  readonly displayName: string;
}

export const DEMO_DOMAIN = 'contoso.onmicrosoft.com';

const user = (id: string, displayName: string, alias: string): DemoUser =>
  ({ id, displayName, userPrincipalName: `${alias}@${DEMO_DOMAIN}` });

export const DEMO_USERS: readonly DemoUser[] = [
  user('eba559c7-3daf-49ba-babf-4a4ebcc21c14', 'MOD Administrator', 'admin'),
  user('7920b3a2-9173-44ab-8648-d93267b9a37c', 'Adele Vance', 'AdeleV'),
  user('0b5a9946-c07a-403d-a8ee-a75d0688528b', 'Alex Wilber', 'AlexW'),
  user('e0f44839-5ce1-4766-bccc-e388215d93fb', 'Diego Siciliani', 'DiegoS'),
  user('1dff31a8-2858-4255-ab2e-899a593c1ad2', 'Isaiah Langer', 'IsaiahL'),
  user('e167dfc4-06df-4b67-8956-7f0317df2704', 'Lee Gu', 'LeeG'),
  user('1fa395b7-c8c4-4813-a4fc-710d7d9dcb9e', 'Megan Bowen', 'MeganB'),
  user('f137ed7e-4c66-49d1-a028-5db167ec55a3', 'Nestor Wilke', 'NestorW'),
  user('5e789a2a-1342-4260-8b68-b1147d517bd5', 'Pradeep Gupta', 'PradeepG'),
  user('1e565600-d67c-4cdf-8c1d-f2e63e54c0a5', 'Lidia Holloway', 'LidiaH'),
  user('25773404-dad2-4f4b-94f4-695f2e5c243d', 'Johanna Lorenz', 'JohannaL'),
  user('84546b28-f26b-4b34-9162-94accf0e62ce', 'Grady Archie', 'GradyA'),
];

/**
 * Directory users no incident names, whose UPNs need care in a URL: a B2B guest (`#EXT#`, sent as `%23EXT%23`),
 * an apostrophe, and a leading `$` (Graph wants the key form `/users('$…')` for it).
 */
export const DIRECTORY_ONLY_USERS: readonly DemoUser[] = [
  { id: '3c1e8a52-6a0b-4f4e-9d3a-0f6a1b2c3d4e', displayName: 'Ravi Kumar (Fabrikam)', userPrincipalName: `ravi_fabrikam.com#EXT#@${DEMO_DOMAIN}` },
  user('8d2f4b61-7c1d-4e5f-a6b7-1c2d3e4f5a6b', "Sean O'Brien", "Sean.O'Brien"),
  user('9e3a5c72-8d2e-4f60-b7c8-2d3e4f5a6b7c', 'Break Glass (legacy)', '$breakglass'),
];

/** Every user of the simulated directory (`GET /users/{id | userPrincipalName}`). */
export const DIRECTORY_USERS: readonly DemoUser[] = [...DEMO_USERS, ...DIRECTORY_ONLY_USERS];

export const DEMO_ROLES = {
  globalAdministrator: { templateId: '62e90394-69f5-4237-9190-012177145e10', displayName: 'Global Administrator' },
  privilegedRoleAdministrator: { templateId: 'e8611ab8-c189-46e8-94e1-60213ab1f814', displayName: 'Privileged Role Administrator' },
  userAdministrator: { templateId: 'fe930be7-5e62-47db-91af-98c3a49a38b1', displayName: 'User Administrator' },
  exchangeAdministrator: { templateId: '29232cdf-9323-42fd-ade2-1d097af3e4de', displayName: 'Exchange Administrator' },
  securityAdministrator: { templateId: '194ae4cb-b126-40b2-bd5b-6091b380977d', displayName: 'Security Administrator' },
  sharePointAdministrator: { templateId: 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c', displayName: 'SharePoint Administrator' },
  applicationAdministrator: { templateId: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', displayName: 'Application Administrator' },
} as const satisfies Record<string, DemoRole>;

export function demoUser(index: number): DemoUser {
  const found = DEMO_USERS[index % DEMO_USERS.length];
  if (!found) throw new Error('demo user list is empty');
  return found;
}
