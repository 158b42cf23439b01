// Minifies a style sheet in place, conservatively: drops comments and the
// whitespace around `{`, `}`, `;` and after `,` and `:`, and folds the rest to
// one space; quoted strings are kept as they are. A space before `:` stays (it
// is a descendant selector). Trunk minifies only the style sheets it
// links; widget.css is copied as is, since embed.js loads it into each
// widget's shadow root.
import fs from 'node:fs';

const file = process.argv[2];
const text = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
// Odd parts are quoted strings (split keeps the captured separators).
const out = text
  .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
  .map((part, i) =>
    i % 2
      ? part
      : part
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};])\s*/g, '$1')
          .replace(/,\s+/g, ',')
          // A space after a colon only ever follows a property name.
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}'),
  )
  .join('')
  .trim();
fs.writeFileSync(file, out + '\n');
