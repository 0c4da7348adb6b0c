// Verifies an SD-JWT VC presentation with key binding (SD-JWT+KB) with the
// OpenWallet Foundation's @sd-jwt/sd-jwt-vc: the issuer's signature, every
// disclosure's digest, the KB-JWT's signature by the cnf key, its sd_hash,
// its nonce (--nonce) and its audience (--aud).
//   node verify-sd-jwt.js --presentation FILE --nonce N --aud A
// Prints {verified, issuer, claims (only what was disclosed), kb} as JSON.
import {readFileSync} from 'node:fs';

import {describeError, parseArgs, required, runMain} from './lib/args.js';
import {issuerHeaderOf, verifierInstanceFor} from './lib/sdJwt.js';

runMain(async argv => {
  const options = parseArgs(argv);
  required(options, ['presentation', 'nonce', 'aud']);
  const compact = readFileSync(options.presentation, 'utf8').trim();
  try {
    const verified = await verifierInstanceFor(compact).verify(compact, {keyBindingNonce: options.nonce});
    // @sd-jwt checks the nonce and sd_hash; the audience is the verifier's to check.
    const audienceMatches = verified.kb?.payload?.aud === options.aud;
    return {
      ok: audienceMatches,
      result: {
        verified: audienceMatches,
        error: audienceMatches ? null : {message: `KB-JWT aud is "${verified.kb?.payload?.aud}", expected "${options.aud}"`},
        header: verified.header,
        claims: verified.payload,
        kb: verified.kb
      }
    };
  } catch (error) {
    return {ok: false, result: {verified: false, error: describeError(error), header: issuerHeaderOf(compact)}};
  }
});
