export * from './types';
export { detectLanguage } from './language/detect-language';
