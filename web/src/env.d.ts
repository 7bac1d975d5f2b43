// Vite's client types (import.meta.glob, import.meta.env) for the viewer's sources.
/// <reference types="vite/client" />
