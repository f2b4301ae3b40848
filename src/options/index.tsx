import { render } from 'preact';
import { OptionsApp } from './options-app';
import { uiLocale } from './labels';

document.documentElement.lang = uiLocale;
const app = document.getElementById('app');
if (app) render(<OptionsApp />, app);
