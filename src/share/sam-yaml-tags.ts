// The short forms of CloudFormation's intrinsic functions (`!Ref X`, `!GetAtt X.Arn`, `!Sub …`)
// that templates written by hand or by `sam init` use, read as their long forms.
import type { CollectionTag, ScalarTag } from 'yaml';
import { isSeq } from 'yaml';

const scalar = (tag: string, resolve: (text: string) => unknown): ScalarTag => ({
  tag,
  resolve,
});

export const samYamlTags: Array<ScalarTag | CollectionTag> = [
  scalar('!Ref', (text) => ({ Ref: text })),
  scalar('!GetAtt', (text) => ({ 'Fn::GetAtt': text.split('.') })),
  scalar('!Sub', (text) => ({ 'Fn::Sub': text })),
  {
    tag: '!GetAtt',
    collection: 'seq',
    resolve: (node) => ({ 'Fn::GetAtt': isSeq(node) ? node.toJSON() : [] }),
  },
];
