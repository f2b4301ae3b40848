import { expect, test } from 'vitest';
import { dockBeside } from './dock';

const at = (left: number, right: number, top = 300) => ({ getBoundingClientRect: () => ({ left, right, top, width: right - left }) }) as Element;
const viewport = { width: 1400, height: 900 };

test('beside a Gmail pop-up in the bottom-right corner, the panel sits to its left without covering it', () => {
  const dock = dockBeside(at(880, 1380), viewport);
  expect(dock.left + dock.width).toBeLessThanOrEqual(880);
});

test('beside a compose window on the left, the panel sits to its right', () => {
  const dock = dockBeside(at(80, 700), viewport);
  expect(dock.left).toBeGreaterThanOrEqual(700);
});

test('when neither side has room, it overlays the right edge and stays on screen', () => {
  const dock = dockBeside(at(100, 1300), viewport);
  expect(dock.left + dock.width).toBeLessThanOrEqual(viewport.width);
  expect(dock.top + dock.height).toBeLessThanOrEqual(viewport.height);
});
