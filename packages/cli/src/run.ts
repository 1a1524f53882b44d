import { CommanderError } from 'commander';
import { EXIT, type ExitCode } from './exit-codes.js';
import { extractCommand } from './extract-command.js';
import type { Io } from './io.js';
import { buildProgram } from './program.js';

/**
 * Runs the command line `argv` (the arguments after the program name, e.g. `['extract', 'dump.txt']`)
 * against `io` and resolves to the exit code; never exits the process, never throws.
 */
export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  let code: ExitCode = EXIT.OK;
  const program = buildProgram(io, async (inputs, options) => {
    code = await extractCommand(inputs, options, io);
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.OK : EXIT.REJECTED;
    io.stderr.write(`newsgraph: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    return EXIT.INTERNAL;
  }
  return code;
}
