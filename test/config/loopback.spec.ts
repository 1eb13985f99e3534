import { strict as assert } from 'node:assert';
import { isLoopbackHost, isLoopbackUrl } from '../../src/config/loopback';
import { loadConfig } from '../../src/config/load-config';

/** Hosts that look like loopback and are not (or are not provably loopback without a lookup). */
const LOOK_ALIKES = [
  '127.0.0.1.evil.example', '127.0.0.1.', 'evil127.0.0.1', '127.0.0.1evil', 'x.127.0.0.1', '127.0.0.256x',
  'localhost.evil', 'localhost.', 'evil-localhost', 'mylocalhost', 'localhost:80',
  '0x7f.1', '0x7f000001', '2130706433', '017700000001', '127.1',
  '[::ffff:127.0.0.1]', '::ffff:127.0.0.1', '::ffff:7f00:1', '0:0:0:0:0:0:0:1', '::1.evil', '[::1].evil',
  '0.0.0.0', '::', '', ' 127.0.0.1', '127.0.0.999', '127.0.0.01', '[127.0.0.1]',
];

describe('loopback checks (local mode)', () => {
  it('accepts 127.0.0.0/8, ::1 and localhost', () => {
    for (const host of ['127.0.0.1', '127.255.3.4', 'localhost', 'LOCALHOST', '::1', '[::1]']) assert.equal(isLoopbackHost(host), true, host);
  });

  it('refuses look-alike bind hosts', () => {
    for (const host of LOOK_ALIKES) assert.equal(isLoopbackHost(host), false, host);
  });

  it('refuses a look-alike HOST in local mode, naming it', () => {
    for (const host of ['127.0.0.1.evil.example', 'localhost.evil', '0x7f.1', '[::ffff:127.0.0.1]']) {
      assert.throws(() => loadConfig({ HOST: host, GRAPH_BASE_URL: 'http://127.0.0.1:5990' }), (error: Error) => error.message.includes(`HOST is ${host}`), host);
    }
  });

  it('refuses Graph URLs that only look like loopback (other host, user info, fragment)', () => {
    for (const url of [
      'http://127.0.0.1.evil.example:5990', 'http://localhost.evil/', 'http://127.0.0.1@evil.example/', 'http://localhost:80@evil.example/',
      'http://evil.example#@127.0.0.1', 'http://evil.example/?http://127.0.0.1', 'http://[::ffff:127.0.0.1]:5990', 'not a url', 'file:///127.0.0.1',
    ]) {
      assert.equal(isLoopbackUrl(url), false, url);
    }
  });

  it('accepts a Graph URL whose host the URL parser itself reads as 127.0.0.1 (0x7f.1, 127.1): fetch connects there', () => {
    for (const url of ['http://127.0.0.1:5990', 'http://localhost:5990/', 'http://[::1]:5990', 'http://0x7f.1:5990', 'http://127.1:5990']) {
      assert.equal(isLoopbackUrl(url), true, url);
    }
  });
});
