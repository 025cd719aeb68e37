// The top bar: the product's name, the saved workspaces and Share, Lessons, presenter mode and
// the theme, the bundler's state, and the simulation's speed controls.
import { LessonsButton } from '../lessons/LessonsButton';
import { ShareButton } from '../share/ShareButton';
import { WorkspaceSwitcher } from '../workspaces/WorkspaceSwitcher';
import { BundlerStatus } from './BundlerStatus';
import { ThemeSwitch } from '../theme/ThemeSwitch';
import { PresenterToggle } from './PresenterToggle';
import { SimulationControls } from './SimulationControls';

export function Header() {
  return (
    <header className="header">
      <h1>
        Serverless Playground <span className="subtitle">AWS Lambda · Node.js · Python</span>
      </h1>
      <WorkspaceSwitcher />
      <ShareButton />
      <LessonsButton />
      <PresenterToggle />
      <ThemeSwitch />
      <BundlerStatus />
      <SimulationControls />
    </header>
  );
}
