// Gives the WebAssembly's imports short names ("a", "b", … "ab", …), in the
// module and in the bindings' import object alike, and wasm-bindgen's own
// exports too where the bindings read them (`wasm.<name>`), in place:
//   node tools/js/short-imports.mjs <built folder>
// wasm-bindgen names each import after what it calls plus a 16-digit hash
// ("__wbg_appendChild_dbf7ad2f48413560"), written twice, once per file: some
// 190 such names cost 6 KB of the gzipped download, and the hashes do not
// compress at all. Behaviour is unchanged: a name only pairs an import or an
// export with its function. An import's old name must be a key of the import
// object exactly once, and nowhere else in the bindings, and a renamed
// export's old name in no string, or this stops and writes neither file (the
// build fails).
import fs from 'node:fs';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node tools/js/short-imports.mjs <built folder>');
const wasmFile = `${dir}/migration-explorer_bg.wasm`;
const jsFile = `${dir}/migration-explorer.js`;
const wasm = fs.readFileSync(wasmFile);
let js = fs.readFileSync(jsFile, 'utf8');

/** Reads an unsigned LEB128 at `at`: [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** An unsigned LEB128. */
function uleb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

const name = (text) => Buffer.concat([uleb(Buffer.byteLength(text)), Buffer.from(text)]);

/** The n-th short name: a … z, A … Z, then two letters and so on. */
function short(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let out = '';
  do {
    out += letters[n % letters.length];
    n = Math.floor(n / letters.length);
  } while (n > 0);
  return out;
}

/** Renames `from` to `to` in the bindings: `from` must occur once, as a key. */
function renameKey(from, to) {
  const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = new RegExp(`(?<![\\w$])${escaped}(?![\\w$])`, 'g');
  const key = new RegExp(`([{,]\\s*)${escaped}(\\s*:)`);
  if ((js.match(word) ?? []).length !== 1 || !key.test(js)) {
    throw new Error(`short-imports: ${from} is not a key of the import object exactly once`);
  }
  js = js.replace(key, `$1${to}$2`);
}

/**
 * The export section: wasm-bindgen's own exports (allocation, closures, the
 * externref table) that the bindings read as `wasm.<name>` are renamed, and
 * those reads with them; the widget's own (`mount`, …) keep their names.
 */
let exportsRenamed = 0;
const PLUMBING = /^(__wbindgen_|__wbg_|__externref_|wasm_bindgen__)/;

function exportSection(start, end) {
  const [count, first] = leb(wasm, start);
  const body = [uleb(count)];
  let p = first;
  for (let i = 0; i < count; i++) {
    const [nameLength, n] = leb(wasm, p);
    const field = wasm.toString('utf8', n, n + nameLength);
    const [, descEnd] = leb(wasm, n + nameLength + 1);
    const read = new RegExp(`(?<![\\w$])wasm\\.${field}(?![\\w$])`, 'g');
    let to = field;
    if (PLUMBING.test(field) && read.test(js)) {
      to = short(i);
      js = js.replace(read, `wasm.${to}`);
      // (A JavaScript function of the same name may stay: terser renames it.)
      if (new RegExp(`["'\`]${field}["'\`]`).test(js)) {
        throw new Error(`short-imports: the bindings name ${field} in a string`);
      }
      exportsRenamed++;
    }
    body.push(name(to), wasm.subarray(n + nameLength, descEnd));
    p = descEnd;
  }
  if (p !== end) throw new Error('short-imports: the export section does not end where it says');
  const section = Buffer.concat(body);
  return Buffer.concat([Buffer.from([7]), uleb(section.length), section]);
}

const out = [wasm.subarray(0, 8)];
let at = 8;
let renamed = 0;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, start] = leb(wasm, at + 1);
  const end = start + size;
  if (id === 7) {
    out.push(exportSection(start, end));
    at = end;
    continue;
  }
  if (id !== 2) {
    out.push(wasm.subarray(at, end));
    at = end;
    continue;
  }
  // The import section: (module, name, kind, description) each.
  const [count, first] = leb(wasm, start);
  const body = [uleb(count)];
  const modules = new Map();
  let p = first;
  for (let i = 0; i < count; i++) {
    const [moduleLength, m] = leb(wasm, p);
    const module = wasm.toString('utf8', m, m + moduleLength);
    const [nameLength, n] = leb(wasm, m + moduleLength);
    const field = wasm.toString('utf8', n, n + nameLength);
    const descStart = n + nameLength;
    const kind = wasm[descStart];
    if (kind !== 0) throw new Error(`short-imports: import ${field} is not a function`);
    const [, descEnd] = leb(wasm, descStart + 1);
    if (!modules.has(module)) {
      modules.set(module, short(modules.size));
      renameKey(JSON.stringify(module), modules.get(module));
    }
    const to = short(i);
    renameKey(field, to);
    body.push(name(modules.get(module)), name(to), wasm.subarray(descStart, descEnd));
    p = descEnd;
    renamed++;
  }
  if (p !== end) throw new Error('short-imports: the import section does not end where it says');
  const section = Buffer.concat(body);
  out.push(Buffer.from([id]), uleb(section.length), section);
  at = end;
}
if (renamed === 0) throw new Error('short-imports: the WebAssembly has no imports');
fs.writeFileSync(wasmFile, Buffer.concat(out));
fs.writeFileSync(jsFile, js);
console.log(`short-imports: ${renamed} imports and ${exportsRenamed} exports renamed`);
