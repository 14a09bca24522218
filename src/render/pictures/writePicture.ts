// `--picture FILE` on the command line and in the console: the answer's picture written as a PNG.
import { writeFile } from 'node:fs/promises';
import type { Library } from '../../library/library.js';
import type { QueryAnswer } from '../../model/query.js';
import { drawPicture, pictureData } from './picture.js';

export class PictureError extends Error {}

/** Draws the answer's picture into `file`; returns a line saying what was written. */
export async function writePicture(lib: Library, result: QueryAnswer, file: string): Promise<string> {
  const data = pictureData(lib, result);
  if (!data) {
    throw new PictureError(`--picture draws a timeline for 'when' and a coverage chart for 'sources', not for '${result.command}'`);
  }
  const picture = await drawPicture(data);
  try {
    await writeFile(file, picture.png);
  } catch (err) {
    throw new PictureError(`--picture: cannot write '${file}': ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return `Picture written to ${file} (${picture.width}×${picture.height}): ${picture.description}`;
}
