// What the OpenWallet Foundation's @sd-jwt libraries need from their user:
// a hasher, a salt source, and signers/verifiers. Keys come from did:key
// (issuer, via the JWT's kid) and from cnf.jwk (holder).
import {createHash, randomBytes} from 'node:crypto';
import {SDJwtVcInstance} from '@sd-jwt/sd-jwt-vc';

import {resolveDidKey} from './documentLoader.js';
import {verifierFor, verifierForJwk} from './keys.js';

const base64url = bytes => Buffer.from(bytes).toString('base64url');

export function hasher(data, alg) {
  if (alg.toLowerCase() !== 'sha-256')
    throw new Error(`Unsupported _sd_alg ${alg}`);
  return new Uint8Array(createHash('sha256').update(data).digest());
}

export const saltGenerator = length => base64url(randomBytes(length));

// A signer for @sd-jwt from a Multikey key pair.
export function signerFor(key) {
  const signer = key.signer();
  return async data => base64url(await signer.sign({data: new TextEncoder().encode(data)}));
}

// The issuer JWT's protected header (the first part of the compact form).
export function issuerHeaderOf(compact) {
  return JSON.parse(Buffer.from(compact.split('.')[0], 'base64url').toString('utf8'));
}

// An SDJwtVcInstance that verifies an SD-JWT whose issuer signed with the
// did:key named in its header's kid, and whose holder key is cnf.jwk.
export function verifierInstanceFor(compact) {
  const header = issuerHeaderOf(compact);
  if (header.alg !== 'EdDSA')
    throw new Error(`Issuer JWT alg is ${header.alg}, only EdDSA is set up here`);
  if (typeof header.kid !== 'string' || !header.kid.startsWith('did:key:'))
    throw new Error(`Issuer JWT kid is ${header.kid}, only did:key is set up here`);
  const issuerKey = resolveDidKey(header.kid).then(verifierFor);
  return new SDJwtVcInstance({
    hasher,
    hashAlg: 'sha-256',
    verifier: async (data, signature) =>
      (await issuerKey).verify({data: new TextEncoder().encode(data), signature: Buffer.from(signature, 'base64url')}),
    kbVerifier: async (data, signature, payload) => {
      if (!payload?.cnf?.jwk)
        throw new Error('The issuer JWT has no cnf.jwk to check the key binding against');
      const holderKey = await verifierForJwk(payload.cnf.jwk);
      return holderKey.verify({data: new TextEncoder().encode(data), signature: Buffer.from(signature, 'base64url')});
    }
  });
}
