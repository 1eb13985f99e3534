/** The turn-state key under which sendMessage names the origin of the message it sends (a notification), for the own-messages middleware. */
export const MESSAGE_ORIGIN = Symbol('pim-alerts.messageOrigin');
