import type { ActingUser } from '../auth/access';

/** Who made a triage change, as stored (names come from Teams: escape them before showing). */
export interface TriageActor {
  readonly id: string;
  readonly name: string;
  readonly aadObjectId?: string;
}

export function actorOf(user: ActingUser): TriageActor {
  return { id: user.id, name: user.name, ...(user.aadObjectId ? { aadObjectId: user.aadObjectId } : {}) };
}
