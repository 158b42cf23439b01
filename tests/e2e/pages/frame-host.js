// An agency page on another origin: frames the widget (?src=<url>), sizes the
// frame from the widget's resize messages, and can send it settings.
const frame = document.getElementById('frame');
const src = new URLSearchParams(location.search).get('src');
const widgetOrigin = new URL(src).origin;
window.resizes = [];

addEventListener('message', (event) => {
  if (event.origin !== widgetOrigin || event.data?.type !== 'migration-explorer:resize') return;
  window.resizes.push(event.data.height);
  frame.height = String(event.data.height);
});

window.sendToWidget = (message) => {
  frame.contentWindow.postMessage(message, widgetOrigin);
  return true;
};

frame.src = src;
