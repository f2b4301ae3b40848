// Small checks shared by the handlers: a payload from a page is never trusted as typed.

export function objectPayload(type: string, req: unknown): Record<string, unknown> {
  if (typeof req !== 'object' || req === null || Array.isArray(req)) throw new Error(`${type}: the request must be an object`);
  return req as Record<string, unknown>;
}

export function templateId(type: string, value: unknown): string {
  if (typeof value !== 'string' || value === '' || value.length > 200) throw new Error(`${type}: "id" must be a template id`);
  return value;
}
