// Verifies a W3C Verifiable Presentation with the Digital Credentials
// Consortium's @digitalcredentials/vc: the holder's proof (authentication,
// bound to --challenge and --domain) and every credential inside it.
//   node verify-vp.js --presentation FILE --challenge C --domain D
// Prints {verified, presentation, credentials[]} as JSON; exit 0 only when
// everything verified.
import {readFileSync} from 'node:fs';
import * as vc from '@digitalcredentials/vc';

import {describeError, parseArgs, required, runMain} from './lib/args.js';
import {documentLoader, requestedUrls} from './lib/documentLoader.js';
import {verifyingSuites} from './lib/suites.js';

function proofTypeOf(document) {
  const proofs = [].concat(document.proof || []);
  return proofs.map(proof => proof.cryptosuite || proof.type);
}

runMain(async argv => {
  const options = parseArgs(argv);
  required(options, ['presentation', 'challenge', 'domain']);
  const presentation = JSON.parse(readFileSync(options.presentation, 'utf8'));
  const outcome = await vc.verify({
    presentation,
    challenge: options.challenge,
    domain: options.domain,
    suite: verifyingSuites(),
    documentLoader
  });
  const credentials = (outcome.credentialResults || []).map(result => ({
    id: result.credentialId || null,
    proof: proofTypeOf(result.credential),
    verified: result.verified,
    error: describeError(result.error || result.results?.find(r => !r.verified)?.error)
  }));
  const presentationResult = outcome.presentationResult || {};
  return {
    ok: outcome.verified === true,
    result: {
      verified: outcome.verified === true,
      presentation: {
        proof: proofTypeOf(presentation),
        verified: presentationResult.verified === true,
        error: describeError(outcome.error || presentationResult.error)
      },
      credentials,
      documentsLoaded: [...new Set(requestedUrls)]
    }
  };
});
