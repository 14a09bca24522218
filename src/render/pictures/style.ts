// What both pictures share: size, type sizes, colours (Okabe-Ito, told apart with colour-blindness too;
// stances differ in shape as well as colour), and the frame around a drawing.
import type { EventKind } from '../../model/contract.js';
import type { Stance } from '../../answer/coverage.js';
import { FONT_FAMILY } from './fonts.js';

/** Wide enough to read at Discord's preview size without zooming. */
export const WIDTH = 960;
export const PAD = 28;
/** Tallest picture drawn; what does not fit is counted in words instead. */
export const MAX_HEIGHT = 1600;

export const TYPE = { title: 24, subtitle: 15, label: 14, small: 13, badge: 11 } as const;

export const INK = {
  text: '#1f2328', muted: '#57606a', faint: '#8c959f', rule: '#d0d7de', band: '#f6f8fa', background: '#ffffff',
} as const;

export const KIND_ORDER: readonly EventKind[] = ['meeting', 'visit', 'talks', 'call', 'signing', 'other'];
export const KIND_LABEL: Record<EventKind, string> = {
  meeting: 'Meetings', visit: 'Visits', talks: 'Talks', call: 'Calls', signing: 'Signings', other: 'Other',
};
export const KIND_NAME: Record<EventKind, string> = {
  meeting: 'meeting', visit: 'visit', talks: 'talks', call: 'call', signing: 'signing', other: 'event',
};
export const KIND_COLOR: Record<EventKind, string> = {
  meeting: '#0072B2', visit: '#E69F00', talks: '#009E73', call: '#CC79A7', signing: '#D55E00', other: '#6e7781',
};

export const STANCE_COLOR: Record<Stance, string> = { supports: '#1a7f37', partly: '#bf8700', conflicts: '#cf222e' };
export const STANCE_LABEL: Record<Stance, string> = { supports: 'supports', partly: 'partly matches', conflicts: 'conflicts' };

/** The SVG document around a drawing's body. */
export function frame(width: number, height: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">`
    + `<rect width="${width}" height="${height}" fill="${INK.background}"/>${body}</svg>`;
}
