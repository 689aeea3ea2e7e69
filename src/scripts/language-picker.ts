/** The language picker's behaviour (src/components/LanguagePicker.astro): keeps the page's #section and query, remembers the choice. */
import { rememberLocale } from './locale-choice';

class LanguagePicker extends HTMLElement {
  connectedCallback() {
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-locale]');
      if (!link) return;
      rememberLocale(link.dataset['locale'] ?? '');
      link.search = location.search;
      link.hash = location.hash;
    });
  }
}
customElements.define('language-picker', LanguagePicker);
