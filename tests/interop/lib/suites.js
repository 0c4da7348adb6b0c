// The proof suites, as the Digital Credentials Consortium's libraries make
// them: eddsa-rdfc-2022 (a DataIntegrityProof) and Ed25519Signature2020.
import {DataIntegrityProof} from '@digitalcredentials/data-integrity';
import {Ed25519Signature2020} from '@digitalcredentials/ed25519-signature-2020';
import {cryptosuite as eddsaRdfc2022} from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';

export const suiteNames = ['eddsa-rdfc-2022', 'Ed25519Signature2020'];

// Every suite a verifier here accepts.
export function verifyingSuites() {
  return [new DataIntegrityProof({cryptosuite: eddsaRdfc2022}), new Ed25519Signature2020()];
}

// A suite that signs with `key` (a Multikey key pair with an id).
export function signingSuite(name, key) {
  if (name === 'eddsa-rdfc-2022')
    return new DataIntegrityProof({signer: key.signer(), cryptosuite: eddsaRdfc2022});
  if (name === 'Ed25519Signature2020')
    return new Ed25519Signature2020({signer: key.signer()});
  throw new Error(`Unknown suite "${name}" (one of ${suiteNames.join(', ')})`);
}
