// The agency page's own script: mounts a widget later, on demand, through the
// loader's exported mount(), and can destroy it.
import { mount } from '/apps/migration-explorer/embed.js';

window.mountLater = async () => {
  window.laterWidget = await mount(document.getElementById('later'));
  return true;
};

window.destroyLater = () => {
  window.laterWidget?.destroy();
  return true;
};
