// When the user has withheld our access to the mail sites (Chrome "on click", Firefox per-site
// settings), the panel cannot appear there: say so and ask again. A permission request needs a
// click on our own page, which is why the toolbar icon sends the user here.
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { MAIL_PATTERNS, mailAccessGranted } from '../shared/mail-hosts';

export function useMailAccess(): boolean | undefined {
  const [granted, setGranted] = useState<boolean>();
  useEffect(() => {
    const check = () => void mailAccessGranted(browser.permissions).then(setGranted, () => setGranted(false));
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);
  return granted;
}

export function SiteAccess({ granted }: { granted: boolean }) {
  const [refused, setRefused] = useState(false);
  // Called straight from the click: the browsers only show the prompt during a user gesture.
  const ask = () => void browser.permissions.request({ origins: MAIL_PATTERNS }).then((ok) => setRefused(!ok), () => setRefused(true));
  return (
    <section id="site-access" class={granted ? 'card ok-card' : 'card attention'} data-testid="op-site-access" aria-labelledby="op-site-access-heading">
      <h2 id="op-site-access-heading">{t(granted ? 'optionsSiteAccessGrantedHeading' : 'optionsSiteAccessHeading')}</h2>
      {granted ? <p>{t('optionsSiteAccessGranted')}</p> : (
        <>
          <p>{t('optionsSiteAccessIntro')}</p>
          <button type="button" class="primary" data-testid="op-site-access-grant" onClick={ask}>{t('optionsSiteAccessButton')}</button>
          {refused && <p role="alert" class="error">{t('optionsSiteAccessRefused')}</p>}
        </>
      )}
    </section>
  );
}
