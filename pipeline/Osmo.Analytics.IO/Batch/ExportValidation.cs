using System.Collections.Immutable;
using System.Globalization;
using Osmo.Analytics.Ingest;
using Osmo.Analytics.IO.Sinks.Quarantine;
using Osmo.Analytics.IO.Sources;
using Osmo.Analytics.Model;
using Osmo.Analytics.Reference;
using Osmo.Analytics.Validation;

namespace Osmo.Analytics.IO.Batch;

/// <summary>Reads and validates every export of an input folder in one streaming pass per file, writing quarantined
/// rows as they come and keeping only the accepted records.</summary>
/// <remarks>Files are validated in <see cref="EntitySchemas.All"/> order: attendance last, since an attendance row is
/// an orphan unless it points at an accepted, held session. The cases export is required; meters and group sessions
/// are optional with a warning; attendance is optional.</remarks>
public static class ExportValidation
{
    /// <summary>Quarantined rows kept per file and reason as examples for the data-quality page.</summary>
    public const int ExamplesPerReason = 20;

    // A rejected file's message shows this many header cells.
    private const int HeaderCellsShown = 30;
    private const int HeaderCellMaxLength = 120;

    // A row estimate from the file size (see ExpectedRows).
    private const int BytesPerColumn = 8;

    /// <summary>Validates all exports of <paramref name="folder"/>.</summary>
    public static ValidatedExports ValidateAll(InputFolderContents folder, ReferenceData reference, ValidationOptions options, QuarantineWriter quarantine)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(quarantine);
        var files = new List<InputFileReport>();
        var examples = new List<RowIssue>();
        var warnings = new List<string>();
        var identifiers = new long[IdentifierKinds.All.Count];
        var cases = new List<ClientCase>();
        var meters = new List<MeterScore>();
        var sessions = new List<GroupSession>();
        var attendance = new List<Attendance>();
        if (!folder.Ignored.IsEmpty)
        {
            // A file name may hold anything a coordinator typed, so it is masked like a cell.
            warnings.Add("Not read from the input folder: " + string.Join("; ", folder.Ignored.Select(f => $"{IdentifierGuard.Mask(f.Name)} ({f.Reason})")) + ".");
        }

        // The three chains of files are independent (attendance needs only the sessions), so they run side by side on
        // the machine's cores. Each file collects its own quarantine part, examples and counts; they are combined below
        // in contract order, so the outputs are the same whatever the thread timing.
        var outcomes = new FileOutcome?[EntitySchemas.All.Length];
        foreach (var schema in EntitySchemas.All)
        {
            if (folder.Find(schema.Kind) is null)
            {
                if (schema.Kind == SourceKind.Cases)
                {
                    files.Add(Rejected(schema.FileStem + ".csv", schema, null, "the cases export (cases.csv or cases.xlsx) is missing from the input folder"));
                }
                else if (schema.Kind != SourceKind.GroupAttendance)
                {
                    warnings.Add($"Syöttökansiossa ei ole tiedostoa {schema.FileStem}.csv tai .xlsx: sen indikaattorit jäävät tyhjiksi.");
                }
            }
        }

        FileOutcome? Run<TValidator, T>(SourceKind kind, Func<string, HeaderBinding, IReadOnlyList<string>, ValidationOptions, TValidator> create, Func<TValidator, SourceRecord, RowResult<T>> validate, Func<TValidator, ValidationTally> tallyOf, List<T> sink)
            where T : class
        {
            if (folder.Find(kind) is not { } input)
            {
                return null;
            }

            var outcome = new FileOutcome(quarantine.CreatePart(kind.ToString()));
            outcome.Report = ValidateFile(input, EntitySchemas.For(kind), options, outcome.Examples, outcome.Quarantine, outcome.Identifiers, create, validate, tallyOf, sink);
            return outcome;
        }

        GroupSessionValidator? sessionValidator = null;
        Task.WaitAll(
            Task.Run(() => outcomes[0] = Run(SourceKind.Cases, (f, b, h, o) => new CaseValidator(f, b, reference, o, h), (v, r) => v.Validate(r), v => v.Tally, cases)),
            Task.Run(() => outcomes[1] = Run(SourceKind.Meters, (f, b, h, o) => new MeterValidator(f, b, reference, o, h), (v, r) => v.Validate(r), v => v.Tally, meters)),
            Task.Run(() =>
            {
                outcomes[2] = Run(SourceKind.GroupSessions, (f, b, h, o) => sessionValidator = new GroupSessionValidator(f, b, reference, o, h), (v, r) => v.Validate(r), v => v.Tally, sessions);
                IReadOnlySet<SessionKey> held = sessionValidator?.HeldSessions ?? new HashSet<SessionKey>();
                IReadOnlyDictionary<SessionKey, string> notHeld = sessionValidator?.NotHeldSessions ?? new Dictionary<SessionKey, string>();
                outcomes[3] = Run(SourceKind.GroupAttendance, (f, b, h, o) => new AttendanceValidator(f, b, held, o, h, notHeld), (v, r) => v.Validate(r), v => v.Tally, attendance);
            }));

        // The accepted rows are held through the indicator stage: a list that doubled past its rows gives back the
        // unused half (30 MB of references for the national meter rows).
        cases.TrimExcess();
        meters.TrimExcess();
        sessions.TrimExcess();
        attendance.TrimExcess();

        foreach (var outcome in outcomes)
        {
            if (outcome is null)
            {
                continue;
            }

            files.Add(outcome.Report!);
            examples.AddRange(outcome.Examples);
            quarantine.AppendPart(outcome.Quarantine);
            for (var k = 0; k < identifiers.Length; k++)
            {
                identifiers[k] += outcome.Identifiers[k];
            }
        }

        var identifiersByKind = IdentifierKinds.All.ToImmutableSortedDictionary(k => k.Code(), k => identifiers[(int)k], StringComparer.Ordinal);
        return new ValidatedExports(cases, meters, sessions, attendance, folder.Find(SourceKind.GroupAttendance) is not null, files, examples, identifiersByKind, warnings);
    }

    private static InputFileReport ValidateFile<TValidator, T>(
        InputFile input,
        EntitySchema schema,
        ValidationOptions options,
        List<RowIssue> examples,
        QuarantineWriter quarantine,
        long[] identifiers,
        Func<string, HeaderBinding, IReadOnlyList<string>, ValidationOptions, TValidator> create,
        Func<TValidator, SourceRecord, RowResult<T>> validate,
        Func<TValidator, ValidationTally> tallyOf,
        List<T> sink)
        where T : class
    {
        var name = input.FileName;
        ISourceReader reader;
        try
        {
            reader = SourceFile.Open(input.Path);
        }
        catch (SourceFileException ex)
        {
            return Rejected(name, schema, null, ex.Message);
        }

        using (reader)
        {
            var binding = HeaderMatcher.Bind(schema, reader.Header);
            if (!binding.IsComplete)
            {
                return Rejected(name, schema, reader, MissingColumnsMessage(name, schema, binding, reader));
            }

            var validator = create(name, binding, reader.Header, options with { ExpectedRows = ExpectedRows(reader, schema) });
            var shown = new int[QuarantineReasons.All.Count];
            string? error = null;
            try
            {
                foreach (var record in RecordReadAhead.Read(reader.Records))
                {
                    var result = validate(validator, record);
                    if (result.Value is { } value)
                    {
                        sink.Add(value);
                    }
                    else
                    {
                        var issue = result.Issue!;
                        quarantine.Write(issue);
                        if (shown[(int)issue.Reason]++ < ExamplesPerReason)
                        {
                            examples.Add(issue);
                        }
                    }
                }
            }
            catch (SourceFileException ex)
            {
                // The file is rejected, but the rows already read keep their counts: the quarantine rows written so far
                // must reconcile with the manifest.
                error = ex.Message;
            }

            var tally = tallyOf(validator);
            tally.EnsureBalanced();
            foreach (var kind in IdentifierKinds.All)
            {
                identifiers[(int)kind] += tally.IdentifiersFound(kind);
            }

            return new InputFileReport(
                name,
                schema.FileStem,
                reader.Fingerprint.Sha256,
                reader.Fingerprint.Length,
                reader.Encoding,
                reader.Delimiter,
                tally.RowsRead,
                tally.RowsAccepted,
                tally.RowsQuarantined,
                QuarantineReasons.All.ToDictionary(r => r.Code(), tally.Quarantined),
                // Header cells are cells: the listing goes to run.json and the data-quality page, so it is masked.
                [.. binding.UnknownColumns.Select(IdentifierGuard.Mask)],
                error);
        }
    }

    /// <summary>About how many rows a CSV export has, from its size at <see cref="BytesPerColumn"/> bytes a column (0 for
    /// a workbook, whose size says little): a meter row of eight columns is about 73 bytes, a case row of seventeen about
    /// 164. Only sizes the validator's duplicate table up front.</summary>
    private static int ExpectedRows(ISourceReader reader, EntitySchema schema) =>
        reader is CsvSource ? (int)Math.Min(int.MaxValue, reader.Fingerprint.Length / (BytesPerColumn * schema.Columns.Length)) : 0;

    /// <summary>Names the missing columns and shows the header as read: when most columns are missing the cause is
    /// usually the delimiter, the encoding or a title row above the header, which the header as read makes plain.</summary>
    private static string MissingColumnsMessage(string name, EntitySchema schema, HeaderBinding binding, ISourceReader reader)
    {
        var missing = string.Join(", ", binding.MissingRequired.Select(c => $"'{c}' (Finnish '{schema.Columns[schema.IndexOf(c)].FinnishAlias}')"));
        var what = binding.MissingRequired.Length == 1 ? $"required column {missing} is" : $"required columns {missing} are";
        var shown = string.Join(" | ", reader.Header.Take(HeaderCellsShown).Select(c => IdentifierGuard.Mask(c.Length > HeaderCellMaxLength ? c[..HeaderCellMaxLength] + "..." : c)));
        var more = reader.Header.Count > HeaderCellsShown ? string.Create(CultureInfo.InvariantCulture, $" and {reader.Header.Count - HeaderCellsShown} more") : string.Empty;
        var delimiter = reader.Delimiter is { } d ? $" (delimiter {d})" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"{name}: {what} missing from the header on line {reader.HeaderLine}, which reads{delimiter}: '{shown}'{more}. Expected the English or Finnish column names of the data contract.");
    }

    private static InputFileReport Rejected(string name, EntitySchema schema, ISourceReader? reader, string error)
        => new(
            name,
            schema.FileStem,
            reader?.Fingerprint.Sha256 ?? string.Empty,
            reader?.Fingerprint.Length ?? 0,
            reader?.Encoding,
            reader?.Delimiter,
            0,
            0,
            0,
            QuarantineReasons.All.ToDictionary(r => r.Code(), _ => 0L),
            [],
            error);

    /// <summary>What validating one file produced, before it is combined with the others in contract order.</summary>
    private sealed class FileOutcome(QuarantineWriter quarantine)
    {
        public QuarantineWriter Quarantine { get; } = quarantine;

        public List<RowIssue> Examples { get; } = [];

        public long[] Identifiers { get; } = new long[IdentifierKinds.All.Count];

        public InputFileReport? Report { get; set; }
    }
}
