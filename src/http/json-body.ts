/** A response's body parsed as JSON, or undefined when it is empty or not JSON. A body that cannot be read rejects. */
export async function readJsonBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
