/** axe-core for the browser tests: loaded once as a script (it ships no module), run for WCAG 2.1 A and AA. */
interface AxeResults {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
  passes: { id: string }[];
}
declare global {
  interface Window {
    axe?: { run(context: Element, options: object): Promise<AxeResults> };
  }
}

async function loadAxe(): Promise<NonNullable<Window['axe']>> {
  if (!window.axe) {
    const script = document.createElement('script');
    script.src = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).href;
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    document.head.append(script);
    await loaded;
  }
  return window.axe!;
}

/** The WCAG 2.1 A/AA findings for `element`, one line each, and the ids of the rules it passed. */
export async function axeFindings(element: Element): Promise<{ violations: string[]; passes: string[] }> {
  const axe = await loadAxe();
  const { violations, passes } = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  });
  return {
    violations: violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => String(n.target)).join(', ')})`),
    passes: passes.map((p) => p.id),
  };
}
