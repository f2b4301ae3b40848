export * from './types';
export { detectLanguage } from './language/detect-language';
export { suggestReasons } from './suggest/suggest-reasons';
