// --name value command-line options, all required unless given a default.
export function parseArgs(argv, defaults = {}) {
  const options = {...defaults};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || i + 1 >= argv.length)
      throw new Error(`Expected --name value pairs, got "${argv.slice(i).join(' ')}"`);
    options[argv[i].slice(2)] = argv[i + 1];
  }
  return options;
}

export function required(options, names) {
  const missing = names.filter(name => options[name] === undefined);
  if (missing.length)
    throw new Error(`Missing option(s): ${missing.map(name => '--' + name).join(', ')}`);
}

// Prints the result as JSON on stdout; exit 0 when `ok`, 1 otherwise, and 2
// (with the message on stderr) when the script itself could not run.
export async function runMain(main) {
  try {
    const {ok, result} = await main(process.argv.slice(2));
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    process.exitCode = ok ? 0 : 1;
  } catch (error) {
    process.stderr.write(`${error.stack || error}\n`);
    process.exitCode = 2;
  }
}

// An Error (or anything thrown) as a short JSON-friendly description.
export function describeError(error) {
  if (!error)
    return null;
  if (Array.isArray(error))
    return error.map(describeError);
  if (error.errors)
    return {name: error.name, message: error.message, errors: error.errors.map(describeError)};
  return {name: error.name, message: error.message};
}
