// app.html's second script: the page renders the real app through src/main.tsx; this only adds
// `window.benchApp`, sharing the app's stores (one build, one module graph).
import { hostile } from './app-hostile';
import { deployTrivial, load } from './app-load';
import { scaleOut } from './app-scale';
import { sdkCalls } from './app-sdk';
import { stageLoad } from './app-stage';

window.benchApp = { deployTrivial, load, hostile, scaleOut, sdkCalls, stageLoad };
