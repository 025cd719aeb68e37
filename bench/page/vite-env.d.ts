// The bench pages import app modules that use Vite's `?url` and `?worker` imports; the Node
// tsconfig (which covers bench/) needs Vite's client types to check them.
/// <reference types="vite/client" />
