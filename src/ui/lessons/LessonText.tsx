// A lesson's text: its blocks as elements, inline `code` and **bold** included, no HTML.
import type { Block } from '../../lessons';
import { inlineParts } from './inline-markup';

export function Inline({ text }: { text: string }) {
  return (
    <>
      {inlineParts(text).map((part, i) =>
        part.kind === 'code' ? (
          <code key={i}>{part.text}</code>
        ) : part.kind === 'bold' ? (
          <strong key={i}>{part.text}</strong>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'h':
      return <h4>{block.text}</h4>;
    case 'p':
      return (
        <p>
          <Inline text={block.text} />
        </p>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item) => (
            <li key={item}>
              <Inline text={item} />
            </li>
          ))}
        </ul>
      );
    case 'code':
      return <pre className="lesson-code">{block.text}</pre>;
    case 'diagram':
      return (
        <figure className="lesson-diagram">
          <pre role="img" aria-label={block.label}>
            {block.text}
          </pre>
          <figcaption>{block.label}</figcaption>
        </figure>
      );
    case 'source':
      return (
        <p className="lesson-source">
          Source:{' '}
          <a href={block.href} target="_blank" rel="noreferrer">
            {block.text}
          </a>
        </p>
      );
  }
}

export function LessonText({ blocks }: { blocks: readonly Block[] }) {
  return (
    <div className="lesson-text">
      {blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
    </div>
  );
}
