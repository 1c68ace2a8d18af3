#!/usr/bin/env node
/**
 * `miv-feed`: the data teams' command for the indicator feed. Node only; never part of the browser
 * bundle.
 */
import { readFile } from 'node:fs/promises';
import { parseFeed } from '../feed/validate.js';
import { feedJsonSchema } from '../feed/json-schema.js';
import { MivError } from '../feed/errors.js';

const HELP = `miv-feed — werk met de MIV-indicatorfeed

Gebruik:
  miv-feed validate <bestand-of-url>   controleer een feed (exit 0 = goed, 1 = fouten)
  miv-feed schema                      print het JSON Schema van de feed
  miv-feed <opdracht> --help           hulp bij een opdracht
`;

async function readSource(source: string): Promise<string> {
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source);
    if (!response.ok) throw new MivError('http', `HTTP ${response.status} bij ${source}`);
    return response.text();
  }
  return readFile(source, 'utf8');
}

async function validate(args: string[]): Promise<number> {
  const source = args[0];
  if (!source || source === '--help') {
    console.log(
      'Gebruik: miv-feed validate <bestand-of-url>\nControleert vorm, verwijzingen en waarden; meldt elke fout met haar JSON-pad.',
    );
    return source ? 0 : 1;
  }
  let text: string;
  try {
    text = await readSource(source);
  } catch (error) {
    console.error(`Kan ${source} niet lezen: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    console.error(`${source} is geen geldige JSON: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  try {
    const feed = parseFeed(json);
    console.log(
      `${source}: geldig (schemaVersion ${feed.schemaVersion}) — ${feed.indicators.length} indicatoren, ${feed.areas.length} gebieden, ` +
        `${feed.series.length} reeksen, ${feed.duiding.length} duidingen, ${feed.opvallendheden.length} opvallendheden`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof MivError)) throw error;
    const issues = error.detail.issues ?? [{ path: '(feed)', message: error.message }];
    for (const issue of issues) console.error(`${issue.path}: ${issue.message}`);
    console.error(`${source}: ${issues.length} ${issues.length === 1 ? 'fout' : 'fouten'}`);
    return 1;
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'validate':
      return validate(args);
    case 'schema':
      console.log(JSON.stringify(feedJsonSchema(), null, 2));
      return 0;
    case undefined:
    case '--help':
    case 'help':
      console.log(HELP);
      return command ? 0 : 1;
    default:
      console.error(`Onbekende opdracht "${command}".\n\n${HELP}`);
      return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
