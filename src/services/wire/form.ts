// The Query protocol's request body (SNS): `Action=Publish&Version=2010-03-31&TopicArn=…`, form
// encoded, `+` for a space.

export function parseForm(body: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const name = at === -1 ? pair : pair.slice(0, at);
    const value = at === -1 ? '' : pair.slice(at + 1);
    fields.set(decodeFormPart(name), decodeFormPart(value));
  }
  return fields;
}

function decodeFormPart(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
}
