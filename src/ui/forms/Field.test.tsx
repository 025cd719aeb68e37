// @vitest-environment happy-dom
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { testRootPerTest } from '../testing/test-root';
import { Field, FieldProblem } from './Field';

const testRoot = testRootPerTest();

function draw(node: ReactNode): HTMLElement {
  testRoot.draw(node);
  return testRoot.container();
}

/** The element's tag and classes, then its children's, depth first: the DOM the CSS styles. */
function shape(element: Element): string {
  const self = `${element.tagName.toLowerCase()}${[...element.classList].map((c) => `.${c}`).join('')}`;
  const children = [...element.children].map(shape);
  return children.length === 0 ? self : `${self}(${children.join(' ')})`;
}

describe('Field', () => {
  it('stacks the words over the control, and wires a problem to it', () => {
    const page = draw(
      <Field label="Function name" problem="Use letters.">
        {({ describedBy, invalid }) => (
          <input aria-describedby={describedBy} aria-invalid={invalid} />
        )}
      </Field>,
    );
    const label = page.querySelector('label')!;
    expect(shape(label)).toBe('label.field(span.field-label input span.field-problem)');
    expect(label.textContent).toBe('Function nameUse letters.');
    const input = label.querySelector('input')!;
    const problem = label.querySelector('[role="alert"]')!;
    expect(problem.textContent).toBe('Use letters.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(problem.id).not.toBe('');
    expect(input.getAttribute('aria-describedby')).toBe(problem.id);
  });

  it('shows a hint in the problem’s place without calling the value invalid', () => {
    const page = draw(
      <Field label="Prefix" problem={undefined} hint="Spaces are encoded as +.">
        {({ describedBy, invalid }) => (
          <input aria-describedby={describedBy} aria-invalid={invalid} />
        )}
      </Field>,
    );
    const input = page.querySelector('input')!;
    const message = page.querySelector('[role="alert"]')!;
    expect(message.textContent).toBe('Spaces are encoded as +.');
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(input.getAttribute('aria-describedby')).toBe(message.id);
  });

  it('describes nothing while no message shows', () => {
    const page = draw(
      <Field label="Handler" problem={null}>
        {({ describedBy, invalid }) => (
          <input aria-describedby={describedBy} aria-invalid={invalid} />
        )}
      </Field>,
    );
    const input = page.querySelector('input')!;
    expect(page.querySelector('[role="alert"]')).toBeNull();
    expect(input.hasAttribute('aria-describedby')).toBe(false);
    expect(input.getAttribute('aria-invalid')).toBe('false');
  });

  it('writes the words before the control in a row, with no class of its own', () => {
    const page = draw(
      <Field layout="inline" label="Speed" title="How fast">
        <select />
      </Field>,
    );
    const label = page.querySelector('label')!;
    expect(shape(label)).toBe('label(select)');
    expect(label.textContent).toBe('Speed ');
    expect(label.title).toBe('How fast');
  });

  it('puts a checkbox before its words, and takes the classes it is given', () => {
    const page = draw(
      <>
        <Field layout="check" label="Enabled">
          <input type="checkbox" />
        </Field>
        <Field layout="check" className="check mono" label="s3:ObjectCreated:*">
          <input type="checkbox" />
        </Field>
      </>,
    );
    const [plain, mono] = [...page.querySelectorAll('label')];
    expect(shape(plain!)).toBe('label.check(input)');
    expect(plain!.firstChild).toBe(plain!.querySelector('input'));
    expect(plain!.textContent).toBe('Enabled');
    expect(shape(mono!)).toBe('label.check.mono(input)');
  });
});

describe('FieldProblem', () => {
  it('is an alert with its id, and nothing without text', () => {
    const page = draw(
      <>
        <FieldProblem as="p" id="name-problem" text="Taken." />
        <FieldProblem text={null} />
        <FieldProblem text="" />
      </>,
    );
    expect(page.innerHTML).toBe(
      '<p class="field-problem" id="name-problem" role="alert">Taken.</p>',
    );
  });
});
