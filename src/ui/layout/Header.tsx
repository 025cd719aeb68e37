// The top bar: the product's name, the bundler's state, and the simulation's speed controls.
import { BundlerStatus } from './BundlerStatus';
import { SimulationControls } from './SimulationControls';

export function Header() {
  return (
    <header className="header">
      <h1>
        Serverless Playground <span className="subtitle">AWS Lambda · Node.js</span>
      </h1>
      <BundlerStatus />
      <SimulationControls />
    </header>
  );
}
