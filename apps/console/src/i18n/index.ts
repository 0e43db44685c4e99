import i18next from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import { en } from './en';
import { zhCN } from './zh-CN';

export type Language = 'zh-CN' | 'en';
const STORAGE_KEY = 'liaison.language';

const stored = localStorage.getItem(STORAGE_KEY);
export const i18n = i18next.createInstance();
void i18n.init({
  lng: stored === 'en' ? 'en' : 'zh-CN',
  fallbackLng: 'zh-CN',
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  interpolation: { escapeValue: false }, // Preact escapes text itself.
  initAsync: false,
});
document.documentElement.lang = i18n.language;

export function setLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

/** `t` that re-renders the component when the language changes. */
export function useT(): { t: (key: string, options?: Record<string, unknown>) => string; language: Language } {
  const [language, set] = useState(i18n.language as Language);
  useEffect(() => {
    const changed = (lng: string) => set(lng as Language);
    i18n.on('languageChanged', changed);
    return () => i18n.off('languageChanged', changed);
  }, []);
  return { t: (key, options) => i18n.t(key, options ?? {}) as string, language };
}
