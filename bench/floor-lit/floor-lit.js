// The floor of the benchmark on the required stack: the same SCO as ../floor-sco (same LMS calls,
// same heading and "Volgende" button), but the page is one Lit element. Bundled by bench/floor-lit.ts
// with lit's production build, terser and the V8 compile hint, as the player is. What this costs above ../floor-sco is
// what Lit costs before a module shows any content of its own.
import { LitElement, html } from 'lit';

const apiIn = (name) => {
  for (let win = window, depth = 0; win && depth <= 10; depth++, win = win.parent) {
    try {
      if (win[name]) return win[name];
    } catch {
      /* cross-origin */
    }
    if (win.parent === win) break;
  }
  return null;
};
const v2004 = apiIn('API_1484_11');
const v12 = v2004 ? null : apiIn('API');
const lms = v2004
  ? {
      call: (f, ...a) => v2004[f](...a),
      init: 'Initialize',
      set: 'SetValue',
      commit: 'Commit',
      end: 'Terminate',
      status: 'cmi.completion_status',
      at: 'cmi.location',
    }
  : v12
    ? {
        call: (f, ...a) => v12[f](...a),
        init: 'LMSInitialize',
        set: 'LMSSetValue',
        commit: 'LMSCommit',
        end: 'LMSFinish',
        status: 'cmi.core.lesson_status',
        at: 'cmi.core.lesson_location',
      }
    : null;
if (lms) {
  lms.call(lms.init, '');
  lms.call(lms.set, lms.status, 'incomplete');
  lms.call(lms.commit, '');
}

class SpPlayer extends LitElement {
  static properties = { page: { state: true } };

  constructor() {
    super();
    this.page = 1;
  }

  next() {
    this.page++;
    if (!lms) return;
    lms.call(lms.set, lms.at, String(this.page));
    lms.call(lms.commit, '');
  }

  render() {
    return html`<h2>Pagina ${this.page}</h2>
      <button type="button" @click=${() => this.next()}>Volgende</button>`;
  }
}
customElements.define('sp-player', SpPlayer);
document.getElementById('app').replaceChildren(document.createElement('sp-player'));

let ended = false;
window.addEventListener('pagehide', () => {
  if (ended || !lms) return;
  ended = true;
  lms.call(lms.end, '');
});
