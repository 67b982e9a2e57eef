using System.Globalization;
using System.Net;
using System.Text;
using Osmo.Analytics.Reports.Rendering;

namespace Osmo.Analytics.Reports.Charts;

/// <summary>Draws a month trend as inline SVG: no scripts, no external files, print-safe.</summary>
/// <remarks>
/// The chart is an image to assistive technology (<c>role="img"</c>, labelled by its <c>title</c> and <c>desc</c>);
/// the page puts the numbers in a data table beside it as the full text alternative. A month without a shown
/// value (suppressed or no data) is a gap in the line, never a zero. The y axis starts at zero so that a small
/// change does not look like a large one; percentages stop at 100. Coordinates are written with the invariant
/// culture and one decimal, so the same data gives the same bytes.
/// </remarks>
public static class TrendChart
{
    private const double Width = 640;
    private const double Height = 230;
    private const double Left = 58;
    private const double Right = 28;
    private const double Top = 34;
    private const double Bottom = 34;

    /// <summary>Renders the chart.</summary>
    /// <param name="id">Id unique within the page; the title and desc ids derive from it.</param>
    /// <param name="title">Chart title (the indicator).</param>
    /// <param name="description">Text alternative in one or two sentences.</param>
    /// <param name="monthLabels">X-axis labels, one per month, oldest first.</param>
    /// <param name="series">The main series first, then at most one comparator.</param>
    /// <param name="axisLabel">Formats a y-axis tick in the report's locale.</param>
    /// <param name="isPercent">Whether the values are percentages (axis capped at 100).</param>
    public static RawHtml Render(string id, string title, string description, IReadOnlyList<string> monthLabels, IReadOnlyList<ChartSeries> series, Func<double, string> axisLabel, bool isPercent)
    {
        ArgumentNullException.ThrowIfNull(monthLabels);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(axisLabel);
        var n = monthLabels.Count;
        var max = series.SelectMany(s => s.Values).OfType<double>().DefaultIfEmpty(0).Max();
        var (top, step) = Scale(max, isPercent);
        var plotW = Width - Left - Right;
        var plotH = Height - Top - Bottom;
        double X(int i) => Left + (n <= 1 ? plotW / 2 : i * plotW / (n - 1));
        double Y(double v) => Top + plotH - (Math.Clamp(v, 0, top) / top * plotH);

        var sb = new StringBuilder();
        var e = (string s) => WebUtility.HtmlEncode(s);
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"trend\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {F(Width)} {F(Height)}\" width=\"100%\" preserveAspectRatio=\"xMidYMid meet\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{e(title)}</title><desc id=\"{id}-desc\">{e(description)}</desc>");

        // Grid and y-axis ticks.
        for (var v = 0.0; v <= top + (step / 1000); v += step)
        {
            var y = F(Y(v));
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{F(Left)}\" x2=\"{F(Width - Right)}\" y1=\"{y}\" y2=\"{y}\" stroke=\"#d0d0d0\" stroke-width=\"1\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(Left - 6)}\" y=\"{y}\" dy=\"4\" text-anchor=\"end\" font-size=\"11\" fill=\"#333333\">{e(axisLabel(v))}</text>");
        }

        // Every third month is labelled, counted back from the period so that the latest month always has a label.
        for (var i = 0; i < n; i++)
        {
            if ((n - 1 - i) % 3 == 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(i))}\" y=\"{F(Height - Bottom + 18)}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#333333\">{e(monthLabels[i])}</text>");
            }
        }

        var legendX = Left;
        for (var s = 0; s < series.Count; s++)
        {
            var main = s == 0;
            var colour = main ? "#00507a" : "#5c5c5c";
            var dash = main ? string.Empty : " stroke-dasharray=\"6 4\"";
            sb.Append(CultureInfo.InvariantCulture, $"<path class=\"{(main ? "series" : "comparator")}\" d=\"{PathOf(series[s].Values, X, Y)}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"{(main ? "2.5" : "2")}\"{dash}/>");
            if (main)
            {
                for (var i = 0; i < series[s].Values.Count && i < n; i++)
                {
                    if (series[s].Values[i] is { } v)
                    {
                        sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(X(i))}\" cy=\"{F(Y(v))}\" r=\"2.5\" fill=\"{colour}\"/>");
                    }
                }
            }

            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(legendX)}\" x2=\"{F(legendX + 22)}\" y1=\"14\" y2=\"14\" stroke=\"{colour}\" stroke-width=\"2.5\"{dash}/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(legendX + 28)}\" y=\"18\" font-size=\"12\" fill=\"#1b1b1b\">{e(series[s].Label)}</text>");
            legendX += 28 + (series[s].Label.Length * 6.6) + 24;
        }

        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(Left)}\" x2=\"{F(Width - Right)}\" y1=\"{F(Y(0))}\" y2=\"{F(Y(0))}\" stroke=\"#1b1b1b\" stroke-width=\"1\"/>");
        sb.Append("</svg>");
        return new RawHtml(sb.ToString());
    }

    /// <summary>The axis top and tick step: a 1-2-2.5-5 step giving about four ticks; percentages stop at 100.</summary>
    internal static (double Top, double Step) Scale(double max, bool isPercent)
    {
        if (max <= 0)
        {
            return (isPercent ? 100 : 4, isPercent ? 25 : 1);
        }

        var raw = max / 4;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        var top = step * Math.Ceiling(max / step);
        if (isPercent && top > 100)
        {
            return (100, 25);
        }

        return (top, step);
    }

    private static string PathOf(IReadOnlyList<double?> values, Func<int, double> x, Func<double, double> y)
    {
        var sb = new StringBuilder();
        var pen = false;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } v)
            {
                pen = false;
                continue;
            }

            sb.Append(pen ? " L" : (sb.Length == 0 ? "M" : " M")).Append(F(x(i))).Append(' ').Append(F(y(v)));
            pen = true;
        }

        // An empty path is valid SVG but some viewers warn; a move to the origin draws nothing.
        return sb.Length == 0 ? "M0 0" : sb.ToString();
    }

    private static string F(double v) => Math.Round(v, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
