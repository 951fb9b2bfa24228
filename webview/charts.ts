/** Chart.js charts coloured from the workbench theme's `--vscode-*` variables. */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip);

/** The theme colours charts use, read from the page's CSS variables. */
export interface ChartColors {
  readonly foreground: string;
  readonly lines: string;
  readonly series: readonly string[];
}

/** Reads the current theme's colours; called again whenever the theme changes. */
export function themeColors(): ChartColors {
  const style = getComputedStyle(document.body);
  const read = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  const foreground = read('--vscode-charts-foreground', read('--vscode-foreground', '#888'));
  return {
    foreground,
    lines: read('--vscode-charts-lines', foreground),
    series: ['--vscode-charts-blue', '--vscode-charts-green', '--vscode-charts-orange', '--vscode-charts-purple', '--vscode-charts-red', '--vscode-charts-yellow'].map((name) =>
      read(name, foreground),
    ),
  };
}

/** A bar or line chart on `canvas` with one series; axes and labels in theme colours, no animation. */
export function drawChart(canvas: HTMLCanvasElement, kind: 'bar' | 'line', labels: readonly string[], values: readonly number[], label: string, colors: ChartColors, max?: number): Chart {
  const color = colors.series[kind === 'bar' ? 0 : 1]!;
  const config: ChartConfiguration<'bar' | 'line'> = {
    type: kind,
    data: {
      labels: [...labels],
      datasets: [{ label, data: [...values], backgroundColor: color, borderColor: color, borderWidth: kind === 'line' ? 2 : 0, pointRadius: 3, maxBarThickness: 48 }],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { display: false }, tooltip: { enabled: true } },
      scales: {
        x: { ticks: { color: colors.foreground }, grid: { color: colors.lines } },
        y: { beginAtZero: true, ...(max ? { max } : {}), ticks: { color: colors.foreground, precision: 0 }, grid: { color: colors.lines } },
      },
    },
  };
  return new Chart(canvas, config as ChartConfiguration);
}
