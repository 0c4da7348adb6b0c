// Issues credentials and presentations with the independent libraries, for
// Vitae to verify:
//   - an Open Badge 3.0 credential (VC 2.0) with an eddsa-rdfc-2022 proof and
//     one (VC 1.1) with an Ed25519Signature2020 proof, by the Digital
//     Credentials Consortium's @digitalcredentials/vc, issuer and holder
//     did:key;
//   - a Verifiable Presentation of each, signed by the holder with the same
//     suite, bound to --challenge and --domain;
//   - an SD-JWT VC from @sd-jwt/sd-jwt-vc, presented with only given_name
//     disclosed and a KB-JWT bound to --nonce and --aud.
//   node issue.js --out DIR --challenge C --domain D --nonce N --aud A
// Writes DIR/credential-<suite>.json, DIR/vp-<suite>.json, DIR/sd-jwt-kb.txt
// and prints the DIDs and file names as JSON.
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import * as vc from '@digitalcredentials/vc';
import {SDJwtVcInstance} from '@sd-jwt/sd-jwt-vc';

import {parseArgs, required, runMain} from './lib/args.js';
import {documentLoader} from './lib/documentLoader.js';
import {didKeyPair} from './lib/keys.js';
import {hasher, saltGenerator, signerFor} from './lib/sdJwt.js';
import {signingSuite, suiteNames} from './lib/suites.js';

const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

function badge(version, issuerDid, holderDid) {
  const credential = {
    '@context': version === 2 ? ['https://www.w3.org/ns/credentials/v2', OB_CONTEXT]
                              : ['https://www.w3.org/2018/credentials/v1', OB_CONTEXT],
    id: `urn:uuid:7d3c1a2b-4e5f-4a6b-8c7d-00000000000${version}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: 'Open Source Contribution',
    issuer: {id: issuerDid, type: ['Profile'], name: 'Harbour Code Academy'},
    credentialSubject: {
      id: holderDid,
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://harbour.example/achievements/open-source',
        type: ['Achievement'],
        name: 'Open Source Contribution',
        description: 'Had a change reviewed and merged in a public project.',
        criteria: {narrative: 'One merged pull request.'}
      }
    }
  };
  if (version === 2)
    credential.validFrom = '2025-06-01T00:00:00Z';
  else
    credential.issuanceDate = '2025-06-01T00:00:00Z';
  return credential;
}

async function sdJwtPresentation(issuer, holder, nonce, aud) {
  const sdJwt = new SDJwtVcInstance({
    hasher, hashAlg: 'sha-256', saltGenerator,
    signer: signerFor(issuer.key), signAlg: 'EdDSA',
    kbSigner: signerFor(holder.key), kbSignAlg: 'EdDSA'
  });
  const claims = {
    iss: issuer.did,
    vct: 'https://harbour.example/credentials/course',
    iat: Math.floor(Date.parse('2025-06-01T00:00:00Z') / 1000),
    cnf: {jwk: holder.jwk},
    name: 'Open Source Contribution',
    given_name: 'Ana',
    family_name: 'Lopez',
    birthdate: '1990-04-01'
  };
  const issued = await sdJwt.issue(claims, {_sd: ['given_name', 'family_name', 'birthdate']},
                                   {header: {kid: issuer.key.id}});
  const presented = await sdJwt.present(issued, {given_name: true}, {
    kb: {payload: {iat: Math.floor(Date.now() / 1000), aud, nonce}}
  });
  return {issued, presented};
}

runMain(async argv => {
  const options = parseArgs(argv);
  required(options, ['out', 'challenge', 'domain', 'nonce', 'aud']);
  const issuer = await didKeyPair('I');
  const holder = await didKeyPair('H');
  const files = {};
  for (const [suiteName, version] of [[suiteNames[0], 2], [suiteNames[1], 1]]) {
    const credential = await vc.issue({
      credential: badge(version, issuer.did, holder.did),
      suite: signingSuite(suiteName, issuer.key),
      documentLoader
    });
    const presentation = vc.createPresentation({
      verifiableCredential: [credential], holder: holder.did, version: version === 2 ? 2.0 : 1.0
    });
    const signed = await vc.signPresentation({
      presentation, suite: signingSuite(suiteName, holder.key),
      challenge: options.challenge, domain: options.domain, documentLoader
    });
    files[`credential-${suiteName}`] = join(options.out, `credential-${suiteName}.json`);
    files[`vp-${suiteName}`] = join(options.out, `vp-${suiteName}.json`);
    writeFileSync(files[`credential-${suiteName}`], JSON.stringify(credential, null, 2));
    writeFileSync(files[`vp-${suiteName}`], JSON.stringify(signed, null, 2));
  }
  const {issued, presented} = await sdJwtPresentation(issuer, holder, options.nonce, options.aud);
  files['sd-jwt'] = join(options.out, 'sd-jwt.txt');
  files['sd-jwt-kb'] = join(options.out, 'sd-jwt-kb.txt');
  writeFileSync(files['sd-jwt'], issued);
  writeFileSync(files['sd-jwt-kb'], presented);
  return {ok: true, result: {issuer: issuer.did, holder: holder.did, files}};
});
