// Keeps a failing panel to itself: it shows what went wrong with Report and Reset, and the rest of
// the page goes on working (a white page would hide the learner's code and the way out).
import type { ErrorInfo, ReactNode } from 'react';
import { Component } from 'react';
import { FailureCard } from './FailureCard';

interface Props {
  /** The panel's accessible name, kept by its replacement so the page's regions stay put. */
  name: string;
  children: ReactNode;
}

interface State {
  error: unknown;
  componentStack: string | null;
  /** Bumped by Reset, so the panel starts again from nothing. */
  generation: number;
}

export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null, componentStack: null, generation: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('A panel failed without saying why.') };
  }

  override componentDidCatch(_error: unknown, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? null });
  }

  private reset = () => {
    this.setState(({ generation }) => ({
      error: null,
      componentStack: null,
      generation: generation + 1,
    }));
  };

  override render(): ReactNode {
    const { error, componentStack, generation } = this.state;
    const { name, children } = this.props;
    if (error === null) return <PanelGeneration key={generation}>{children}</PanelGeneration>;
    return (
      <section className="panel panel-failed" aria-label={name}>
        <FailureCard
          where={`the ${name} panel`}
          error={error}
          componentStack={componentStack}
          actions={
            <button type="button" onClick={this.reset}>
              Reset this panel
            </button>
          }
        />
      </section>
    );
  }
}

/** A keyed wrapper: a new key after Reset mounts the panel's whole tree afresh. */
function PanelGeneration({ children }: { children: ReactNode }) {
  return children;
}
