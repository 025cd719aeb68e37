// The last line of defence: whatever fails while the app renders, the learner lands on the
// recovery screen, never on a white page, and can reach all of their saved work from there.
import type { ErrorInfo, ReactNode } from 'react';
import { Component } from 'react';
import { workspaceLibraryStore } from '../../store';
import { RecoveryScreen } from './RecoveryScreen';

interface State {
  error: unknown;
  componentStack: string | null;
  failedId: string;
}

export class AppBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null, componentStack: null, failedId: '' };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return {
      error: error ?? new Error('The app failed without saying why.'),
      failedId: workspaceLibraryStore.getState().currentId,
    };
  }

  override componentDidCatch(_error: unknown, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? null });
  }

  private recovered = () => this.setState({ error: null, componentStack: null, failedId: '' });

  override render(): ReactNode {
    const { error, componentStack, failedId } = this.state;
    if (error === null) return this.props.children;
    return (
      <RecoveryScreen
        error={error}
        componentStack={componentStack}
        failedId={failedId}
        onRecovered={this.recovered}
      />
    );
  }
}
