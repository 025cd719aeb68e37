// The scale figures' scenario, shared by the page that runs it in the app and the runner that asks
// the engine what it should give: the Load tab's default pattern into a handler that awaits this.
export const SCALE_HANDLER_MS = 300;
