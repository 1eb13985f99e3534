import type { Server } from 'restify';
import { AppError } from '../errors/app-error';
import { listen } from './create-server';

const EXPLAINED: Readonly<Record<string, (where: string) => string>> = {
  EADDRINUSE: (where) => `PORT: ${where} is already in use by another program; stop it or choose another PORT.`,
  EADDRNOTAVAIL: (where) => `HOST: ${where} is not an address of this machine; set HOST to one of its addresses (or 0.0.0.0).`,
  EACCES: (where) => `PORT: ${where} needs privileges this process does not have; choose a PORT above 1023.`,
};

/**
 * Starts listening on the configured host and port. A port in use, a foreign address or a privileged
 * port is a configuration problem (AppError `configuration`, naming the variable), not a crash.
 */
export async function listenOrExplain(server: Server, where: { readonly port: number; readonly host: string }): Promise<number> {
  try {
    return await listen(server, where.port, where.host);
  } catch (error) {
    const explain = EXPLAINED[(error as NodeJS.ErrnoException).code ?? ''];
    if (!explain) throw error;
    throw new AppError('configuration', { userMessage: explain(`${where.host}:${where.port}`), cause: error });
  }
}
