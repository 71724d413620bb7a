/**
 * Placeholder root component; the UI helper replaces this file.
 * It exists so that the scaffold builds and serves from the first commit.
 */

/** Root component of the Polyvox app. */
export function App() {
  return <main><h1>Polyvox</h1></main>;
}
