// The single file (scripts/package): the release in dist/ as one HTML page that
// opens from a folder or a USB stick (file://) with no server and no network.
//
//   node tools/js/single-file.mjs <dist> <out.html> [public address]
//
// It is dist/index.html with every file inline: page.css in a <style>; one
// module script holding the bindings, the WebAssembly (gzip, base64, unpacked
// by DecompressionStream) and widget.css's text, then embed.js itself, whose
// `const INLINE = null;` this fills: the same loader as on a site (it gives
// each widget's shadow root that style sheet through CSSOM, which no policy
// needs to allow). Its Content-Security-Policy (a <meta>) allows that script
// and page.css by their SHA-256, WebAssembly, and nothing else. The public address
// (MX_PUBLIC_URL) is where "Share" points, written as an attribute: a school
// can change it in a text editor without breaking a hash.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

const [dist, out, publicUrl = ''] = process.argv.slice(2);
if (!dist || !out) {
  console.error('usage: node tools/js/single-file.mjs <dist> <out.html> [public address]');
  process.exit(2);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file) => fs.readFileSync(path.join(dist, file), 'utf8');
const fail = (message) => {
  console.error(`single-file: ${message}`);
  process.exit(1);
};

/** The public address as the widget takes it: a page, never a folder (see src/share.rs). */
function publicPage(url) {
  if (!url) return '';
  if (!/^https?:\/\/[^\s"<>]+$/.test(url)) fail(`the public address must be an http(s) URL: ${url}`);
  return url.endsWith('/') ? `${url}index.html` : url;
}

/**
 * The bindings module (wasm-bindgen's, minified) as an expression: its code in
 * a function whose result holds what it exported, so that it sits beside
 * embed.js in one module script, names apart.
 */
function bindingsExpression(code) {
  const exported = [];
  code = code.replace(/export\s*\{([^}]*)\};?/g, (_, list) => {
    for (const item of list.split(',').map((s) => s.trim()).filter(Boolean)) {
      const [local, name = local] = item.split(/\s+as\s+/);
      exported.push([name, local]);
    }
    return '';
  });
  code = code.replace(/export\s+default\s+([\w$]+)\s*;?/g, (_, local) => {
    exported.push(['default', local]);
    return '';
  });
  code = code.replace(/export\s+((?:async\s+)?function\*?|class|const|let|var)\s+([\w$]+)/g, (_, kind, name) => {
    exported.push([name, name]);
    return `${kind} ${name}`;
  });
  if (/\bexport\b/.test(code.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/g, ''))) {
    fail('the bindings have an export this script cannot read');
  }
  const names = new Set(exported.map(([name]) => name));
  for (const need of ['default', 'mount']) if (!names.has(need)) fail(`the bindings export no ${need}`);
  const object = exported.map(([name, local]) => `${JSON.stringify(name)}: ${local}`).join(', ');
  return `(() => {\n${code}\nreturn { ${object} };\n})()`;
}

const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const wasm = zlib.gzipSync(fs.readFileSync(path.join(dist, 'migration-explorer_bg.wasm')), { level: 9 });
// widget.css, as dist/ has it (the share panel shows the single file no
// embedding snippet: src/components/share.rs).
const widgetCss = read('widget.css').trim();
const inline = `const INLINE = {
  bindings: ${bindingsExpression(read('migration-explorer.js'))},
  wasm: new Response(
    new Blob([Uint8Array.from(atob(${JSON.stringify(wasm.toString('base64'))}), (c) => c.charCodeAt(0))])
      .stream()
      .pipeThrough(new DecompressionStream('gzip')),
  ).arrayBuffer(),
  css: ${JSON.stringify(widgetCss)},
};`;

// embed.js's source (dist/'s is minified with INLINE folded away).
const loader = fs.readFileSync(path.join(root, 'assets/embed.js'), 'utf8');
if (!/^const INLINE = null;$/m.test(loader)) fail("assets/embed.js has no 'const INLINE = null;' line to fill");
const minified = await minify(loader.replace(/^const INLINE = null;$/m, () => inline), {
  module: true,
  compress: true,
  mangle: true,
});
// "</script" may not appear inside the element; the code has no such text.
const script = minified.code;
if (/<\/script/i.test(script)) fail('the script holds </script');

// The page: dist/index.html without its loader, preloads and style sheet links.
let html = read('index.html');
// (Trunk's minifier orders attributes and drops their quotes.)
const pageCssHref = html.match(/<link\b(?=[^>]*\brel="?stylesheet\b)[^>]*\bhref="?([^"\s>]+)/)?.[1];
if (!pageCssHref) fail('index.html links no page style sheet');
const pageCss = read(path.basename(pageCssHref)).trim();
html = html
  .replace(/<script\b[^>]*\bsrc=[^>]*><\/script>/g, '')
  .replace(/<link\b[^>]*\brel="?(?:modulepreload|preload|stylesheet)"?[^>]*>/g, '');
if (/<script\b|rel="?(?:modulepreload|preload|stylesheet)/.test(html)) fail('index.html still loads a file');
const csp = [
  "default-src 'none'",
  `script-src ${sha256(script)} 'wasm-unsafe-eval'`,
  `style-src ${sha256(pageCss)}`,
  // The icon (data:,), the PNG export's preview and downloads.
  'img-src data: blob:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const attr = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const head = `<meta http-equiv="Content-Security-Policy" content="${attr(csp)}"><style>${pageCss}</style><script type="module">${script}</script>`;
if (!/<meta charset="?utf-8"?\s*\/?>/i.test(html)) fail('index.html has no <meta charset> to put the policy after');
// Functions as replacements: `$` in the script is no pattern.
html = html.replace(/(<meta charset="?utf-8"?\s*\/?>)/i, (m) => `${m}${head}`);
const widgetTag = /<div\b[^>]*\bdata-migration-explorer\b/;
if (!widgetTag.test(html)) fail('index.html has no widget element');
html = html.replace(widgetTag, (m) => `${m} data-public-url="${attr(publicPage(publicUrl))}"`);

fs.writeFileSync(out, html);
console.log(`single-file: ${out} (${fs.statSync(out).size} bytes; WebAssembly ${wasm.length} bytes gzip)`);
