// Numbers as the widget writes them in English (src/format.rs), so that tests
// can compare what a user reads with figures from migration-sim and
// presets.json rather than with numbers copied by hand.
const NBSP = '\u00a0';

/** 1234.5 → "1,235" with 0 decimals; negative values get U+2212. */
export function number(value, decimals) {
  const text = Math.abs(value).toFixed(decimals);
  const [int, frac] = text.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = value < 0 && /[1-9]/.test(text) ? '\u2212' : '';
  return `${sign}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

/** 0.0457 → "4.57 %" with 2 decimals. */
export const percent = (share, decimals) => `${number(share * 100, decimals)}${NBSP}%`;

/** A change as a signed percentage: "+1.2 %", "−0.3 %", "0.0 %". */
export function signedPercent(share, decimals) {
  const shown = Math.round(share * 100 * 10 ** decimals);
  return `${shown > 0 ? '+' : ''}${percent(share, decimals)}`;
}

function scaled(value) {
  if (Math.abs(value) >= 1e9) return [value / 1e9, 'billion'];
  if (Math.abs(value) >= 1e6) return [value / 1e6, 'million'];
  return [value, null];
}

/** US$2,469, US$21.5 billion. */
export function usd(amount) {
  const [value, word] = scaled(amount);
  return word ? `US$${number(value, 1)}${NBSP}${word}` : `US$${number(value, 0)}`;
}

/** 86,437 people, 1.30 million. */
export function people(count) {
  const [value, word] = scaled(count);
  return word ? `${number(value, 2)}${NBSP}${word}` : number(value, 0);
}
