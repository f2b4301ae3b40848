// Light or dark, as the mail page around the compose window is: the panel should look at home.
export function pageTheme(from: Element | null): 'light' | 'dark' {
  for (let el: Element | null = from; el; el = el.parentElement) {
    const match = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/.exec(getComputedStyle(el).backgroundColor);
    if (!match || match[4] === '0') continue;
    const [r, g, b] = match.slice(1, 4).map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110 ? 'dark' : 'light';
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
