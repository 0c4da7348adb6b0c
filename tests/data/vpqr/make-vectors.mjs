// How the VPQR test vectors in this folder were made. Not run by the tests.
//
// The vectors are `VP1-` texts produced by the reference encoder of the
// Digital Credentials Consortium (@digitalcredentials/vpqr 2.2.1, which uses
// @digitalcredentials/cborld 4.x), from signed credentials of the
// Consortium's test fixtures (tests/data/dcc) and one presentation wrapping
// such a credential. The encoder reads contexts only from Vitae's own
// resources/contexts, so the term ids match what Vitae knows.
//
//   npm install --prefix /tmp/vpqr-study @digitalcredentials/vpqr@2.2.1
//   NODE_PATH=/tmp/vpqr-study/node_modules node tests/data/vpqr/make-vectors.mjs
//
// Writes NAME.txt (the QR text) and NAME.json (the document the text must
// decode to) for each vector; checks with the reference decoder that the
// round trip gives back the document unchanged.
import {createRequire} from 'node:module';
import {readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {isDeepStrictEqual} from 'node:util';

const require = createRequire(join(process.env.NODE_PATH || '.', 'x.js'));
const vpqr = await import(require.resolve('@digitalcredentials/vpqr'));

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
const contextsDir = join(repo, 'resources', 'contexts');
const contextFiles = JSON.parse(readFileSync(join(contextsDir, 'contexts.json'), 'utf8'));

async function documentLoader(url) {
  const file = contextFiles[url];
  if(!file) {
    throw new Error(`context not shipped with Vitae: ${url}`);
  }
  return {document: JSON.parse(readFileSync(join(contextsDir, file), 'utf8'))};
}

const fixtures = join(repo, 'tests', 'data', 'dcc', 'verifiableCredentials');
const read = path => JSON.parse(readFileSync(join(fixtures, path), 'utf8'));

const vectors = {
  'ed25519-v1-credential': read('v1/ed25519/didKey/noRegistry-noStatus-noExpiry.json'),
  'dataintegrity-v1-credential': read('v1/dataIntegrityProof/didKey/noRegistry-noStatus-noExpiry.json'),
  'ed25519-v2-credential': read('v2/ed25519/didKey/legacy-noStatus-noExpiry.json'),
  'presentation-v1': {
    '@context': ['https://www.w3.org/2018/credentials/v1'],
    type: ['VerifiablePresentation'],
    holder: 'did:key:z6MkqBcwQ7qnRBRpgtsJQviLFeYxExMUE2k9nwKkMTF3DdRZ',
    verifiableCredential: [read('v1/ed25519/didKey/noRegistry-noStatus-noExpiry.json')]
  },
  // Not signed: made up to reach the value encodings the signed ones do not
  // use (did:v1:nym, a upper-case UUID kept as text, http:, dates with
  // milliseconds, xsd:date, base64 multibase).
  'unsigned-codecs': {
    '@context': [
      'https://www.w3.org/2018/credentials/v1',
      'https://purl.imsglobal.org/spec/ob/v3p0/context.json',
      'https://w3id.org/security/data-integrity/v1'
    ],
    id: 'urn:uuid:0F8FAD5B-D9CB-469F-A165-70867728950E',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: {
      id: 'did:v1:nym:z6MkpTHR8VNsBxYAAWHut2Geadd9jSwuBV8xRoAnwWsdvktH',
      type: ['Profile'],
      name: 'Example Issuer',
      url: 'http://example.org/issuer'
    },
    issuanceDate: '2024-02-29T12:34:56.789Z',
    expirationDate: '2030-01-01T00:00:00Z',
    credentialSubject: {
      type: ['AchievementSubject'],
      activityStartDate: '2023-09-01',
      achievement: {
        id: 'https://example.org/achievements/1',
        type: ['Achievement'],
        name: 'Codec coverage',
        criteria: {narrative: 'Decodes.'}
      }
    },
    proof: {
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      created: '2024-03-01T00:00:00Z',
      proofPurpose: 'assertionMethod',
      verificationMethod: 'did:v1:nym:z6MkpTHR8VNsBxYAAWHut2Geadd9jSwuBV8xRoAnwWsdvktH#z6MkpTHR8VNsBxYAAWHut2Geadd9jSwuBV8xRoAnwWsdvktH',
      proofValue: 'MAAECAwQFBgc='
    }
  }
};

for(const [name, document] of Object.entries(vectors)) {
  const {payload} = await vpqr.toQrCode({vp: document, documentLoader});
  const {vp} = await vpqr.fromQrCode({text: payload, documentLoader});
  if(!isDeepStrictEqual(JSON.parse(JSON.stringify(vp)), document)) {
    throw new Error(`${name}: round trip changed the document`);
  }
  writeFileSync(join(here, `${name}.txt`), payload + '\n');
  writeFileSync(join(here, `${name}.json`), JSON.stringify(document, null, 2) + '\n');
  console.log(name, payload.length, 'characters');
}
