/** Elements named as the JSON members, array items by their singular (`results` > `result`), nulls left out. */
export function xmlElement(name: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value))
    return `<${name}>${value.map((item) => xmlElement(name.endsWith('s') ? name.slice(0, -1) : `${name}Item`, item)).join('')}</${name}>`;
  if (typeof value === 'object') {
    return `<${name}>${Object.entries(value as Record<string, unknown>)
      .map(([key, child]) => xmlElement(key, child))
      .join('')}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
