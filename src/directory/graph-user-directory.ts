import type { Client } from '@microsoft/microsoft-graph-client';
import { AppError } from '../errors/app-error';
import { mapThrown } from '../pim/graph/graph-error-mapper';
import { asObject, readString } from '../pim/graph/json-fields';
import { GUID } from '../pim/ids';
import type { DirectoryUser, UserDirectory } from './user-directory';
import { userPath, type UserKey } from './user-key';

/** The properties asked for: all three are in the basic profile User.ReadBasic.All covers. */
const SELECT = ['id', 'displayName', 'userPrincipalName'];
const NO_SUCH_USER = 'Request_ResourceNotFound';

/**
 * Users through Graph v1.0 `GET /users/{id | userPrincipalName}?$select=id,displayName,userPrincipalName`.
 * App-only it needs User.ReadBasic.All (least privileged, per Microsoft's Graph permissions data) or
 * User.Read.All / Directory.Read.All. A 404 `Request_ResourceNotFound` is "no such user"; every other failure is thrown as an AppError.
 */
export class GraphUserDirectory implements UserDirectory {
  constructor(private readonly client: Client) {}

  async findUser(key: UserKey): Promise<DirectoryUser | undefined> {
    let response: unknown;
    try {
      response = await this.client.api(userPath(key)).version('v1.0').select(SELECT).get();
    } catch (error) {
      const mapped = mapThrown(error, 'getUser');
      if (isNoSuchUser(mapped)) return undefined;
      throw mapped;
    }
    return directoryUser(response);
  }
}

/** Graph's directory answers a missing user 404 `Request_ResourceNotFound`; any other 404 (a wrong base URL, a proxy) proves nothing. */
function isNoSuchUser(error: AppError): boolean {
  return error.code === 'notFound' && error.details.graphCode === NO_SUCH_USER;
}

function directoryUser(response: unknown): DirectoryUser {
  const body = asObject(response);
  const id = readString(body, 'id');
  if (!GUID.test(id)) throw new AppError('graphUnavailable', { userMessage: 'Microsoft Graph sent an unexpected user answer.', details: { operation: 'getUser' } });
  return { id: id.toLowerCase(), displayName: readString(body, 'displayName'), userPrincipalName: readString(body, 'userPrincipalName') };
}
