// Ed25519 did:key key pairs for the scripts, made by the Digital Credentials
// Consortium's Multikey library from a fixed seed, so every run signs with
// the same keys (easier to compare outputs when something fails).
import * as Ed25519Multikey from '@digitalcredentials/ed25519-multikey';

export async function didKeyPair(seedByte) {
  const seed = new Uint8Array(32).fill(seedByte.charCodeAt(0));
  const generated = await Ed25519Multikey.generate({seed});
  const did = `did:key:${generated.publicKeyMultibase}`;
  const key = await Ed25519Multikey.from({
    ...(await generated.export({publicKey: true, secretKey: true, includeContext: true})),
    id: `${did}#${generated.publicKeyMultibase}`,
    controller: did
  });
  const jwk = await Ed25519Multikey.toJwk({keyPair: key});
  return {did, key, jwk};
}

// A verifier for the key behind a did:key verification method (a Multikey
// document from the document loader).
export async function verifierFor(verificationMethod) {
  return (await Ed25519Multikey.from(verificationMethod)).verifier();
}

// A verifier for a holder's public JWK (an SD-JWT's cnf.jwk).
export async function verifierForJwk(jwk) {
  return (await Ed25519Multikey.fromJwk({jwk})).verifier();
}
