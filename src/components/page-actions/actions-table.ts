import { html, nothing } from 'lit';
import { t } from '../../i18n/nl.js';

/**
 * Caption and column heads of an actielijst table (Wie / Wat / Wanneer), shared by the actielijst page,
 * the team code page's print and the closing report. `removeColumn` adds the screen-only column of the
 * remove buttons; `visibleCaption` shows the caption (print), else it is for screen readers only.
 */
export function actionsTableHead({ visibleCaption = false, removeColumn = false } = {}) {
  return html`<caption class=${visibleCaption ? '' : 'visually-hidden'}>
      ${t.actionsCaption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t.actionWho}</th>
        <th scope="col">${t.actionWhat}</th>
        <th scope="col">${t.actionWhen}</th>
        ${
          removeColumn
            ? html`<th scope="col" class="screen-only"><span class="visually-hidden">${t.actionRemove(0).replace(' 0', '')}</span></th>`
            : nothing
        }
      </tr>
    </thead>`;
}

/** The read-only rows of an actielijst (team code print, closing report). */
export function actionsTableRows(actions: readonly { who: string; what: string; when: string }[]) {
  return actions.map(
    (row) =>
      html`<tr>
        <td>${row.who}</td>
        <td>${row.what}</td>
        <td>${row.when}</td>
      </tr>`,
  );
}
