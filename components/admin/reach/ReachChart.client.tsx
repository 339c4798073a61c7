'use client'

import { useEffect, useRef } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'

export type ChartSeries = { label: string; values: number[] }

type Props = {
  /** Read out instead of the drawing; the table next to the chart holds the numbers. */
  summary: string
  /** Days (YYYY-MM-DD) for a line chart over time, or names for bars. */
  labels: string[]
  series: ChartSeries[]
  kind: 'line' | 'bars'
}

// Payload's admin colours, so the charts follow its light and dark theme.
const COLOURS = ['--theme-success-500', '--theme-warning-500', '--theme-error-500']
const colour = (index: number) => getComputedStyle(document.documentElement).getPropertyValue(COLOURS[index % COLOURS.length]).trim() || '#0e5a55'

/** A uPlot chart (about 22 kB gzipped) that fits its container, also on a phone. */
export function ReachChart({ summary, labels, series, kind }: Props) {
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const element = box.current
    if (!element) return
    const x = kind === 'line' ? labels.map((day) => Date.parse(`${day}T12:00:00Z`) / 1000) : labels.map((_, index) => index)
    const axisColour = getComputedStyle(document.documentElement).getPropertyValue('--theme-elevation-800').trim() || '#333'
    const options: uPlot.Options = {
      width: element.clientWidth,
      height: 240,
      legend: { show: series.length > 1 },
      cursor: { show: kind === 'line' },
      scales: { x: { time: kind === 'line' }, y: { range: (_self, _min, max) => [0, Math.max(1, max * 1.1)] } },
      axes: [
        {
          stroke: axisColour,
          ...(kind === 'bars' ? { values: (_self: uPlot, ticks: number[]) => ticks.map((tick) => truncate(labels[tick] ?? '')), space: 24 } : {}),
        },
        { stroke: axisColour },
      ],
      series: [
        {},
        ...series.map((line, index) => ({
          label: line.label,
          stroke: colour(index),
          fill: kind === 'bars' ? colour(index) : undefined,
          width: 2,
          ...(kind === 'bars' ? { paths: uPlot.paths.bars?.({ size: [0.6, 48] }), points: { show: false } } : {}),
        })),
      ],
    }
    const chart = new uPlot(options, [x, ...series.map((line) => line.values)], element)
    const resize = new ResizeObserver(() => chart.setSize({ width: element.clientWidth, height: 240 }))
    resize.observe(element)
    return () => {
      resize.disconnect()
      chart.destroy()
    }
  }, [labels, series, kind])
  return <div ref={box} role="img" aria-label={summary} style={{ width: '100%', minHeight: 240 }} />
}

const truncate = (text: string) => (text.length > 18 ? `${text.slice(0, 17)}…` : text)
