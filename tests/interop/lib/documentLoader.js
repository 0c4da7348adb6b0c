// The JSON-LD document loader every interop script uses: contexts come only
// from ../contexts (listed in contexts.json) and did:key DIDs are resolved
// locally by the Digital Credentials Consortium's did:key driver. Anything
// else throws, naming the URL, so a test can never reach the network or
// silently use a context bundled inside a library.
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

import * as didKey from '@digitalcredentials/did-method-key';
import * as Ed25519Multikey from '@digitalcredentials/ed25519-multikey';

const contextsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'contexts');
const contextFiles = JSON.parse(readFileSync(join(contextsDir, 'contexts.json'), 'utf8'));

// Ed25519 did:key values start with z6Mk; keys come back as Multikey
// verification methods, which both suites used here accept.
const didKeyDriver = didKey.driver();
didKeyDriver.use({multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from});

export const requestedUrls = [];

export async function documentLoader(url) {
  requestedUrls.push(url);
  const file = contextFiles[url];
  if (file) {
    const document = JSON.parse(readFileSync(join(contextsDir, file), 'utf8'));
    return {contextUrl: null, documentUrl: url, document};
  }
  if (url.startsWith('did:key:')) {
    const document = await didKeyDriver.get({url});
    return {contextUrl: null, documentUrl: url, document};
  }
  throw new Error(`Offline document loader: "${url}" is not a local context or a did:key ` +
                  '(add it to tests/interop/contexts/contexts.json if it is a context)');
}

// A did:key DID document or verification method, resolved locally.
export function resolveDidKey(url) {
  return didKeyDriver.get({url});
}
