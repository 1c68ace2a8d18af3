/**
 * The work queue that builds widgets and draws charts a few per task: the page gets the main thread
 * back between tasks, charts go before builds (and builds before what no reader sees yet), and before
 * printing everything runs at once.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { enqueue } from '../../src/controllers/work-queue.js';

/** Keeps the main thread busy for `ms`, as building a widget or drawing a chart does. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

/** The number of the task the page is in: a time-out queued between jobs ends each task. */
function taskCounter(): { current: () => number; stop: () => void } {
  let task = 0;
  let running = true;
  const tick = () => {
    task++;
    if (running) setTimeout(tick);
  };
  setTimeout(tick);
  return { current: () => task, stop: () => (running = false) };
}

describe('work queue', () => {
  it('runs a long list of jobs over several tasks, in order, so that the page can respond in between', async () => {
    const tasks = taskCounter();
    const ran: { job: number; task: number }[] = [];
    for (let job = 0; job < 12; job++) enqueue('build', () => (busy(10), ran.push({ job, task: tasks.current() })));
    await waitUntil(() => ran.length === 12, 'every job ran', { timeout: 5000 });
    tasks.stop();
    expect(ran.map((r) => r.job)).to.deep.equal([...Array(12).keys()]);
    const perTask = new Map<number, number>();
    for (const { task } of ran) perTask.set(task, (perTask.get(task) ?? 0) + 1);
    // 12 jobs of 10 ms: at most three fit in one task's budget.
    expect(Math.max(...perTask.values()), 'jobs in one task').to.be.at.most(3);
    expect(perTask.size, 'tasks').to.be.at.least(4);
  });

  it('draws charts before building further widgets, and builds what no reader sees yet last, in idle time', async () => {
    const order: string[] = [];
    enqueue('after', () => order.push('after'));
    enqueue('build', () => order.push('build 1'));
    enqueue('build', () => order.push('build 2'));
    enqueue('draw', () => order.push('draw'));
    await waitUntil(() => order.length === 4, 'every job ran');
    expect(order).to.deep.equal(['draw', 'build 1', 'build 2', 'after']);
  });

  it('keeps going when a job fails, and reports the failure to the page', async () => {
    const errors: unknown[] = [];
    // The test runner's own handler would fail the test on the reported error.
    const runner = window.onerror;
    window.onerror = (_message, _source, _line, _column, error) => {
      errors.push(error);
      return true;
    };
    const order: string[] = [];
    enqueue('build', () => {
      throw new Error('kapot');
    });
    enqueue('build', () => order.push('after'));
    try {
      await waitUntil(() => order.length === 1, 'the next job ran');
    } finally {
      window.onerror = runner;
    }
    expect(order).to.deep.equal(['after']);
    expect(String(errors[0])).to.contain('kapot');
  });

  it('runs every waiting job before the page prints', async () => {
    const order: string[] = [];
    enqueue('after', () => order.push('waiting for idle time'));
    enqueue('build', () => order.push('waiting'));
    dispatchEvent(new Event('beforeprint'));
    enqueue('build', () => order.push('asked while printing'));
    await Promise.resolve();
    expect(order, 'before any later task').to.deep.equal(['waiting', 'waiting for idle time', 'asked while printing']);
    dispatchEvent(new Event('afterprint'));
  });
});
