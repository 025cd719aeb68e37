// The top bar: the product's name, the saved workspaces and Share, Lessons, presenter mode and
// the theme, the bundler's state, and the simulation's speed controls. On a narrow screen it keeps
// two rows (the name and the bundler's state; the controls used during a class) and puts the rest
// behind a Menu button, so a phone's first screen goes to the code.
import type { KeyboardEvent } from 'react';
import { useRef, useState } from 'react';
import { LessonsButton } from '../lessons/LessonsButton';
import { ShareButton } from '../share/ShareButton';
import { WorkspaceSwitcher } from '../workspaces/WorkspaceSwitcher';
import { BundlerStatus } from './BundlerStatus';
import { ThemeSwitch } from '../theme/ThemeSwitch';
import { PresenterToggle } from './PresenterToggle';
import { SimulationControls, SimulationSetup } from './SimulationControls';
import { useNarrowScreen } from './use-narrow-screen';

const MENU_ID = 'header-menu';

function Title() {
  return (
    <h1>
      Serverless Playground <span className="subtitle">AWS Lambda · Node.js · Python</span>
    </h1>
  );
}

function WideHeader() {
  return (
    <header className="header">
      <Title />
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

/**
 * The menu stays mounted while closed (hidden), so a Share link made from it, or a half-typed
 * workspace name, is still there when it opens again.
 */
function NarrowHeader() {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <header className="header">
      <div className="header-bar">
        <Title />
        <BundlerStatus />
        <button
          ref={toggle}
          type="button"
          aria-expanded={open}
          aria-controls={MENU_ID}
          onClick={() => setOpen(!open)}
        >
          Menu
        </button>
      </div>
      <div id={MENU_ID} className="header-menu" hidden={!open} onKeyDown={closeOnEscape}>
        <WorkspaceSwitcher />
        <ShareButton />
        <LessonsButton />
        <PresenterToggle />
        <ThemeSwitch />
        <SimulationSetup />
      </div>
      <SimulationControls />
    </header>
  );
}

export function Header() {
  return useNarrowScreen() ? <NarrowHeader /> : <WideHeader />;
}
