// The lint gate (`npm run lint`, run by .ci/run): typescript-eslint's recommended rules, tuned so that real
// problems fail and style does not; plus two size limits for src/: a function at most 80 lines (blank lines
// and comments aside) and a line at most 140 characters. Formatting is not checked: nothing here rewrites code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      // an unused name is dead code; a leading _ says "unused on purpose"
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Byline strips control characters from hostile text on purpose; matching them is the point
      'no-control-regex': 'off',
      // an escaped "-" or "[" inside a character class reads plainer than a rule about where it may stand
      'no-useless-escape': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
      'max-len': ['error', { code: 140, ignoreUrls: true, ignoreRegExpLiterals: true }],
    },
  },
  {
    // tests read JSON from the fake Discord and poke at library internals; `any` there is a test's business
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  // TEMPORARY DEBT (#16): files other branches were rewriting when the gate came in, left unedited so their
  // merges stay clean. Over-long functions today (lines, blank and comments aside):
  //   src/answer/sources/judge.ts            judge 96
  //   src/bench/runBench.ts                  measure 107
  //   src/bot/runBot.ts                      runBot 83
  //   src/extract/people/extractPeople.ts    extractPeople 141
  //   src/extract/people/nameMentions.ts     mentionOf 89
  //   src/extract/quotes/extractQuotes.ts    extractQuotes 195
  //   src/extract/quotes/reportedSpeech.ts   contentOf 85
  // The lead shrinks these lists after merging: take a file out, run `npm run lint`, fix what it says.
  {
    files: [
      'src/answer/sources/judge.ts',
      'src/bench/runBench.ts',
      'src/bot/runBot.ts',
      'src/extract/people/extractPeople.ts',
      'src/extract/people/nameMentions.ts',
      'src/extract/quotes/extractQuotes.ts',
      'src/extract/quotes/reportedSpeech.ts',
    ],
    rules: { 'max-lines-per-function': 'off' },
  },
  {
    // lines over 140 characters in files of those areas (154 lines)
    files: [
      'src/answer/sources.ts',
      'src/answer/sources/claim.ts',
      'src/answer/sources/judge.ts',
      'src/answer/sources/passage.ts',
      'src/answer/sources/roles.ts',
      'src/answer/when.ts',
      'src/app/libraryStore.ts',
      'src/app/reloadTriggers.ts',
      'src/bench/benchQueries.ts',
      'src/bench/eventLoopWatch.ts',
      'src/bench/generateCorpus.ts',
      'src/bench/renderBench.ts',
      'src/bench/runBench.ts',
      'src/bench/threadSched.ts',
      'src/bot/reload.ts',
      'src/bot/runBot.ts',
      'src/bot/sharding/runSharded.ts',
      'src/extract/dates/anchored.ts',
      'src/extract/dates/extractDates.ts',
      'src/extract/dates/findDateSpans.ts',
      'src/extract/dates/holidays.ts',
      'src/extract/dates/resolveNews.ts',
      'src/extract/dates/spelledYears.ts',
      'src/extract/dates/tense.ts',
      'src/extract/extractArticle.ts',
      'src/extract/grammar/speechCues.ts',
      'src/extract/people/extractPeople.ts',
      'src/extract/people/lexicon.ts',
      'src/extract/people/nameForms.ts',
      'src/extract/people/nameMentions.ts',
      'src/extract/people/registry.ts',
      'src/extract/people/roleWords.ts',
      'src/extract/people/speakerGroups.ts',
      'src/extract/quotes/extractQuotes.ts',
      'src/extract/quotes/objectReports.ts',
      'src/extract/quotes/quoteMarks.ts',
      'src/extract/quotes/reportedSpeech.ts',
      'src/extract/quotes/resolveSpeaker.ts',
      'src/extract/quotes/transcript.ts',
      'src/load/loadSeeds.ts',
      'src/load/readSeedFolder.ts',
    ],
    rules: { 'max-len': 'off' },
  },
  {
    // lines over 140 characters not yet wrapped in files outside those areas (49 lines)
    files: [
      'src/answer/timeline.ts',
      'src/cache/extractionCache.ts',
      'src/cache/extractorVersion.ts',
      'src/cli/args.ts',
      'src/cli/longCommands.ts',
      'src/cli/main.ts',
      'src/render/pictures/coverageSvg.ts',
      'src/render/pictures/describe.ts',
      'src/render/pictures/timelineSvg.ts',
    ],
    rules: { 'max-len': 'off' },
  },
);
