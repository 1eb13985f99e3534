/** What a refused user reads. Nothing here names an id, a group or a secret. */
export const REFUSALS = {
  readOnly:
    'This bot is read-only: no PIM alert administrators are configured. To allow changes, an operator sets ' +
    'PIM_ADMIN_IDS (Entra object ids of administrators) or PIM_ADMIN_GROUP_ID (an Entra group of administrators) ' +
    'and restarts the bot.',
  unknownUserWrite:
    "I can't tell who you are (Teams did not send your Entra object id), so I can't let you change PIM alerts " +
    'or subscriptions.',
  notAdmin:
    'Only PIM alert administrators can do that. Ask your Teams or Entra administrator to add you to the PIM ' +
    'alert administrators of this bot.',
  unknownUserRead:
    "Reading PIM alerts here is limited to named users, and Teams did not send your Entra object id, so I can't " +
    'show them to you.',
  notReader:
    'Reading PIM alerts here is limited to named users. Ask your Teams or Entra administrator to add you to the ' +
    'PIM alert readers of this bot.',
  membershipUnavailable:
    "I couldn't confirm your group membership with Microsoft Graph just now, so I can't allow that. Try again in " +
    'a minute; if it keeps happening, tell your administrator (the bot needs the User.Read.All and GroupMember.Read.All permissions).',
} as const;
