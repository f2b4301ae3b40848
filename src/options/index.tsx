import { render } from 'preact';
import browser from '../shared/browser';

function Options() {
  return <main><h1>{browser.i18n.getMessage('extName')}</h1><p>{browser.i18n.getMessage('extDescription')}</p></main>;
}

const app = document.getElementById('app');
if (app) render(<Options />, app);
