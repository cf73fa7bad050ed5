// The main entry: all three elements, in an app that uses Lit itself (one Lit for both).
import 'credential-elements';
import { LitElement, html } from 'lit';
import { show } from './page.js';

customElements.define('app-greeting', class extends LitElement {
  render() {
    return html`<p>Our learners' credentials</p>`;
  }
});
document.body.append(document.createElement('app-greeting'));
show(['credential-badge', 'clr-transcript', 'credential-verify']);
