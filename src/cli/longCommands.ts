// Commands that run for long: the console, the bot, command registration and the benchmark.
import type { Config } from '../config/env.js';
import type { CliArgs } from './args.js';

export async function runLongCommand(args: CliArgs, config: Config, seedsDir: string): Promise<number> {
  const command = args.command === 'start' ? (config.DISCORD_TOKEN ? 'bot' : 'console') : args.command;
  switch (command) {
    case 'console': {
      const { runConsole } = await import('../console/runConsole.js');
      return runConsole({ seedsDir, config, input: process.stdin, output: process.stdout });
    }
    case 'bench': {
      const { runBench } = await import('../bench/runBench.js');
      return runBench({
        articles: args.articles ?? 10_000, queries: args.queries ?? 200, seedsDir: args.seeds, json: args.json,
        out: (s) => new Promise<void>((resolve) => process.stdout.write(s + '\n', () => resolve())),
      });
    }
    default:
      process.stderr.write(`byline: '${command}' is not available yet\n`);
      return 1;
  }
}
