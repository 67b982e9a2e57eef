using ClosedXML.Excel;

namespace Osmo.Analytics.Cli.Tests.Contract;

/// <summary>Writes typed cells with ClosedXML.</summary>
/// <remarks>ClosedXML 0.95 guesses a type for a string set through <c>Value</c> (<c>1.10.2025</c> could become a date,
/// <c>005</c> a number), so text is forced to text: a text cell must stay exactly what a coordinator typed.</remarks>
internal static class XlsxCells
{
    /// <summary>A text cell; an empty string leaves the cell empty.</summary>
    public static void Text(IXLCell cell, string text)
    {
        if (text.Length > 0)
        {
            cell.SetValue(text).SetDataType(XLDataType.Text);
        }
    }

    /// <summary>A string as text, anything else (a <see cref="DateTime"/>, a number, a boolean) as a typed cell.</summary>
    public static void Set(IXLCell cell, object value)
    {
        if (value is string text)
        {
            Text(cell, text);
        }
        else
        {
            cell.Value = value;
        }
    }
}
