/**
 * React 19 uses the MIV elements directly, without a wrapper: attributes are plain props, and
 * `onmiv-rendered` listens to the element's `miv-rendered` event (React 19 passes `on…` props of
 * custom elements to addEventListener).
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'miv-widgets/define';

const FEED = './data/sample-feed.json';

const GEMEENTEN = [
  { id: 'GM0758', name: 'Breda' },
  { id: 'GM0748', name: 'Bergen op Zoom' },
  { id: 'GM1674', name: 'Roosendaal' },
];

type MivIndicatorProps = {
  src: string;
  indicator: string;
  area: string;
  compare?: string;
  'show-table'?: boolean;
  'onmiv-rendered'?: (event: Event) => void;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'miv-indicator': MivIndicatorProps & { key?: string };
    }
  }
}

function App() {
  const [area, setArea] = useState('GM0758');
  const [painted, setPainted] = useState(0);
  return (
    <>
      <label className="picker">
        Gemeente{' '}
        <select value={area} onChange={(event) => setArea(event.target.value)}>
          {GEMEENTEN.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </label>
      <p className="painted" aria-live="polite">
        Grafieken getekend: {painted}
      </p>
      <div className="grid">
        {['woninginbraak', 'onveilig-eigen-buurt'].map((indicator) => (
          <miv-indicator
            key={indicator}
            src={FEED}
            indicator={indicator}
            area={area}
            onmiv-rendered={() => setPainted((n) => n + 1)}
          />
        ))}
      </div>
    </>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
