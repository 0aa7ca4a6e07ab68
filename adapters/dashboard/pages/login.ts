// The login form: one password field for the token. The token is never put back into the page.
import { html } from '../html.ts';
import type { Messages } from '../i18n.ts';

export function loginMain(m: Messages, problem?: string) {
  return html`<form class="login" method="post" action="/login">
${problem ? html`<p class="notice" role="alert">${problem}</p>` : ''}
<label for="token">${m.loginToken}</label>
<input id="token" name="token" type="password" autocomplete="current-password" required autofocus>
<p class="help">${m.loginHelp}</p>
<button type="submit">${m.loginButton}</button>
</form>`;
}
