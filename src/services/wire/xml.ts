// Writing XML as AWS's REST-XML and Query protocols answer: escaped text in nested elements.

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A child: text (escaped), or elements already written. */
export type XmlContent =
  string | number | boolean | null | undefined | XmlNode | readonly XmlContent[];

export interface XmlNode {
  readonly xml: string;
}

/** `<Name>content</Name>`; null or undefined content writes nothing (an absent member). */
export function element(name: string, content: XmlContent, attributes = ''): XmlNode {
  if (content === null || content === undefined) return { xml: '' };
  return { xml: `<${name}${attributes}>${contentXml(content)}</${name}>` };
}

function contentXml(content: XmlContent): string {
  if (content === null || content === undefined) return '';
  if (Array.isArray(content)) return (content as readonly XmlContent[]).map(contentXml).join('');
  if (typeof content === 'object') return (content as XmlNode).xml;
  return escapeXml(String(content));
}

/** The document's root element, with the namespace AWS declares on it. */
export function document(name: string, namespace: string, content: XmlContent): string {
  return element(name, content, ` xmlns="${namespace}"`).xml;
}
