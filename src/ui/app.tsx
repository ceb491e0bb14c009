export function App() {
  return <h1>Synergies Terrain</h1>;
}
