/**
 * The XML rendering of a verification response: elements named as the JSON members, each array
 * member holding one element per item named by its singular (`results` > `result`), nulls left out.
 */
export function toXml(rootName: string, value: object): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(rootName, value)}\n`;
}

function element(name: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return `<${name}>${value.map((item) => element(singular(name), item)).join('')}</${name}>`;
  if (typeof value === 'object') {
    return `<${name}>${Object.entries(value as Record<string, unknown>).map(([key, child]) => element(key, child)).join('')}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

function singular(name: string): string {
  return name.endsWith('s') ? name.slice(0, -1) : `${name}Item`;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
