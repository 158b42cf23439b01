// Builds the widget's element from the query: ?attrs=<JSON object of
// attribute name → value>, then mounts it. Used to feed hostile attributes.
import { mount } from '/apps/migration-explorer/embed.js';

const element = document.getElementById('widget');
const attrs = JSON.parse(new URLSearchParams(location.search).get('attrs') ?? '{}');
for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
element.setAttribute('data-migration-explorer', '');
window.widget = mount(element);
