package uk.inspectorate.interop.report.chart;

/**
 * A chart drawn once, in memory, for whichever output shows it: the PNG for print and the
 * factsheets, the SVG for the web.
 *
 * @param name the file name without extension, e.g. "level-distribution" or "radar-kent"
 */
public record RenderedChart(String name, byte[] png, byte[] svg) {}
