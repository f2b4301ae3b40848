// Personal templates for the pages that edit and use them (options page, panel).
export { TEMPLATE_LIMITS, TEMPLATE_VARS, type TemplateContent, type TemplateRecord, type TemplateVar } from './types';
export { validateTemplate, describeIssue, type TemplateIssue } from './validate';
export { renderTemplate } from './render';
