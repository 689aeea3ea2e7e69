/** The theme switch's behaviour (src/components/ThemeSelect.astro). */
type Theme = 'system' | 'light' | 'dark';
const storageKey = 'theme';

function apply(theme: Theme) {
  if (theme === 'system') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = theme;
  try {
    if (theme === 'system') localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, theme);
  } catch {
    // Without storage the choice lasts for this page only.
  }
}

class ThemeSelect extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector('select');
    if (!select) return;
    select.value = document.documentElement.dataset['theme'] ?? 'system';
    select.addEventListener('change', () => apply(select.value as Theme));
  }
}
customElements.define('theme-select', ThemeSelect);
