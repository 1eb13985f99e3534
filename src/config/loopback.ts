import { isIPv4 } from 'node:net';

/**
 * True for a host name or address on this machine: `localhost`, `::1` (bracketed or not) or a
 * dotted-decimal IPv4 address in 127.0.0.0/8. Nothing that needs a lookup or a lenient parser to mean
 * loopback (`127.0.0.1.evil.example`, `localhost.evil`, `0x7f.1`, `::ffff:127.0.0.1`) counts.
 */
export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase();
  return name === 'localhost' || name === '::1' || name === '[::1]' || (isIPv4(name) && name.startsWith('127.'));
}

/** True for URLs whose host, as the URL parser (and so fetch) reads it, is on this machine. */
export function isLoopbackUrl(url: string): boolean {
  try {
    return isLoopbackHost(new URL(url).hostname);
  } catch {
    return false;
  }
}
