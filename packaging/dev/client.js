// Live reload for `npm run dev`, loaded into the module page (never into a package).
// Listens to /__dev/events: "reload" reloads the whole preview (the LMS harness keeps the progress and
// the resume prompt is answered with "Verder"), "content-error" shows the build's messages over the
// last good version, "ok" hides them.
(() => {
  const RESUME_FLAG = 'samenspel-dev-resume';
  // The build this page came from: the server reloads an older page as soon as it connects.
  const version = new URL(document.currentScript.src).searchParams.get('v') || '';
  const events = new EventSource(`/__dev/events?v=${encodeURIComponent(version)}`);
  let overlay = null;

  function showErrors(text) {
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = 'samenspel-dev-overlay';
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText =
        'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;margin:0;padding:1rem;' +
        'background:#fff5f5;color:#5c0000;border-top:4px solid #b00020;font:14px/1.4 ui-monospace,monospace;white-space:pre-wrap';
      document.body.append(overlay);
    }
    overlay.textContent = `Inhoudsfout — de laatste goede versie blijft staan. Verbeter het bestand en sla op.\n\n${text}`;
  }

  events.addEventListener('reload', () => {
    sessionStorage.setItem(RESUME_FLAG, '1');
    (window.top || window).location.reload();
  });
  events.addEventListener('content-error', (e) => showErrors(JSON.parse(e.data).text));
  events.addEventListener('ok', () => {
    overlay?.remove();
    overlay = null;
  });

  // After a reload: continue where the author was.
  if (sessionStorage.getItem(RESUME_FLAG)) {
    sessionStorage.removeItem(RESUME_FLAG);
    const started = Date.now();
    const tryResume = () => {
      const player = document.querySelector('sp-player');
      const button = player?.shadowRoot?.querySelector('.resume button.primary');
      if (button) button.click();
      else if (!player?.shadowRoot?.querySelector('#page-heading') && Date.now() - started < 5000) requestAnimationFrame(tryResume);
    };
    requestAnimationFrame(tryResume);
  }
})();
